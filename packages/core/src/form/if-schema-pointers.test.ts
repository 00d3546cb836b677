import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ifSchemaPointers } from './if-schema-pointers.js';

const branch = { if: { required: ['x'] }, then: { required: ['y'] } };

test('every place ajv applies a subschema, in document order', () => {
  const schema = {
    type: 'object',
    if: { properties: { a: branch } },
    then: branch,
    else: { not: branch },
    properties: { a: branch, list: { type: 'array', items: branch, prefixItems: [true, branch], contains: branch, unevaluatedItems: branch } },
    patternProperties: { '^x': branch },
    additionalProperties: branch,
    propertyNames: { if: { minLength: 3 }, then: { maxLength: 5 } },
    unevaluatedProperties: branch,
    allOf: [branch, branch],
    anyOf: [branch],
    oneOf: [true, branch],
    dependentSchemas: { a: branch },
    dependencies: { b: ['a'], c: branch },
    $defs: { person: branch },
    definitions: { old: branch },
  };
  assert.deepEqual(ifSchemaPointers(schema), [
    '/if',
    '/if/properties/a/if',
    '/then/if',
    '/else/not/if',
    '/properties/a/if',
    '/properties/list/items/if',
    '/properties/list/prefixItems/1/if',
    '/properties/list/contains/if',
    '/properties/list/unevaluatedItems/if',
    '/patternProperties/^x/if',
    '/additionalProperties/if',
    '/propertyNames/if',
    '/unevaluatedProperties/if',
    '/allOf/0/if',
    '/allOf/1/if',
    '/anyOf/0/if',
    '/oneOf/1/if',
    '/dependentSchemas/a/if',
    '/dependencies/c/if',
    '/$defs/person/if',
    '/definitions/old/if',
  ]);
});

test('an `if` inside an `if`, and boolean `if` subschemas, count too', () => {
  assert.deepEqual(ifSchemaPointers({ if: { if: true, then: false }, then: {} }), ['/if', '/if/if']);
});

test('a property named "if" is a property, and data is never walked', () => {
  const schema = {
    type: 'object',
    properties: { if: { type: 'string' }, 'a/b~c': branch },
    const: { if: { type: 'string' } },
    enum: [{ if: {} }],
    default: { if: {} },
    examples: [{ if: {} }],
    contentSchema: branch,
    $comment: 'if',
  };
  assert.deepEqual(ifSchemaPointers(schema), ['/properties/a~1b~0c/if']);
});

test('nothing to find in what is not a schema', () => {
  for (const value of [undefined, null, true, 'if', [branch]]) assert.deepEqual(ifSchemaPointers(value), []);
  assert.deepEqual(ifSchemaPointers({ type: 'object' }), []);
});

test('as deep as the schema goes, without running out of stack', () => {
  let schema: Record<string, unknown> = branch;
  for (let i = 0; i < 10_000; i++) schema = { properties: { a: schema } };
  const [pointer] = ifSchemaPointers(schema);
  assert.equal(pointer, `${'/properties/a'.repeat(10_000)}/if`);
});

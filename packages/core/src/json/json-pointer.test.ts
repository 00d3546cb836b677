import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getByPointer, joinPointer, parsePointer } from './json-pointer.js';

test('RFC 6901 escaping round-trips "~" and "/"', () => {
  const pointer = joinPointer('/form/visibility', '/properties/a~b');
  assert.equal(pointer, '/form/visibility/~1properties~1a~0b');
  assert.deepEqual(parsePointer(pointer), ['form', 'visibility', '/properties/a~b']);
});

test('reading by pointer follows objects and array indexes, and finds nothing where nothing is', () => {
  const doc = { a: [{ b: 1 }], 'x/y': 2 };
  assert.equal(getByPointer(doc, '/a/0/b'), 1);
  assert.equal(getByPointer(doc, '/x~1y'), 2);
  assert.equal(getByPointer(doc, ''), doc);
  assert.equal(getByPointer(doc, '/a/01'), undefined);
  assert.equal(getByPointer(doc, '/a/-'), undefined);
  assert.equal(getByPointer(doc, '/__proto__'), undefined);
  assert.equal(getByPointer(doc, '/a/0/b/c'), undefined);
});

test('a string that is not a pointer is a syntax error', () => {
  assert.throws(() => parsePointer('a/b'), SyntaxError);
});

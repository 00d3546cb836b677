import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAjv } from '@motcua/core';
import { answersValid } from './answers-valid.js';

test('answers crafted to crash the validator are invalid, not a server failure', () => {
  const validate = createAjv().compile({ type: 'object', properties: { list: { type: 'array', uniqueItems: true } } });
  assert.throws(() => validate({ list: [{ valueOf: 1 }, { valueOf: 1 }] }), TypeError, 'ajv itself throws');
  assert.equal(answersValid(validate, { list: [{ valueOf: 1 }, { valueOf: 1 }] }), false);
  assert.equal(validate.errors?.[0]?.keyword, 'fallback');
  assert.equal(answersValid(validate, { list: [1, 2] }), true);
});

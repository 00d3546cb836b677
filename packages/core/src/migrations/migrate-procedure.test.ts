import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDefinition } from '../test-support/definitions.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { CURRENT_FORMAT_VERSION, migrateProcedure } from './migrate-procedure.js';

test('a format-0 draft is upgraded to a valid current definition', () => {
  const { formatVersion: _v, cases: _c, caseSelection: _s, ...rest } = testDefinition();
  const draft = { ...rest, name: 'Thủ tục cũ', description: 'Mô tả cũ' };
  const upgraded = migrateProcedure(draft);
  assert.equal(upgraded.formatVersion, CURRENT_FORMAT_VERSION);
  assert.deepEqual(upgraded.name, { vi: 'Thủ tục cũ' });
  assert.deepEqual(upgraded.description, { vi: 'Mô tả cũ' });
  assert.deepEqual(upgraded.cases, [{ id: 'mac-dinh', name: { vi: 'Thủ tục cũ' } }]);
  assert.deepEqual(validateProcedure(upgraded).errors, []);
});

test('a current definition passes through unchanged', () => {
  const definition = testDefinition();
  assert.deepEqual(migrateProcedure(definition), definition);
});

test('a format from the future or of the wrong type is refused by name', () => {
  assert.throws(() => migrateProcedure({ formatVersion: 99 }), { code: 'migration-unknown-format' });
  assert.throws(() => migrateProcedure({ formatVersion: '1' }), { code: 'migration-unknown-format' });
  assert.throws(() => migrateProcedure([]), { code: 'migration-not-object' });
});

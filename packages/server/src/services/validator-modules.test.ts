import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition } from '@motcua/core';
import { ProcedureStore } from '../db/procedure-store.js';
import { ApiError } from '../http/api-error.js';
import { SqliteProcedureSearch } from '../search/sqlite-procedure-search.js';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { buildValidatorModule, ValidatorCompileError } from '../validators/index.js';
import { ValidatorModules } from './validator-modules.js';

let t: TestApp;
let store: ProcedureStore;
before(async () => {
  t = await testApp();
  store = new ProcedureStore(t.database.db, new SqliteProcedureSearch(t.database.db));
});
after(() => t.close());

function makeStale(code: string): void {
  t.database.sqlite.prepare("UPDATE procedure_versions SET validator_module = 'export const moduleFormat = 1;', validator_module_format = 1 WHERE code = ? AND version = 1").run(code);
}

test('a module of today’s format is served as stored, without building anything', async () => {
  const modules = new ValidatorModules(store, () => assert.fail('nothing to build'));
  assert.equal(await modules.source('2.000815', 1), store.validatorModule('2.000815', 1)?.source);
  assert.equal(await modules.source('2.000815', 99), undefined);
});

test('a module of an older format is rebuilt once however many ask at the same time, then stored', async () => {
  makeStale('2.000815');
  const built: string[] = [];
  const modules = new ValidatorModules(store, async (definition: ProcedureDefinition) => {
    built.push(definition.code);
    return buildValidatorModule(definition);
  });
  const sources = await Promise.all([modules.source('2.000815', 1), modules.source('2.000815', 1), modules.source('2.000815', 1)]);
  assert.deepEqual(built, ['2.000815']);
  assert.equal(new Set(sources).size, 1);
  assert.match(sources[0] ?? '', /schemaPredicates/);
  assert.deepEqual(store.validatorModule('2.000815', 1), { source: sources[0], format: VALIDATOR_MODULE_FORMAT });
  assert.equal(await modules.source('2.000815', 1), sources[0]);
  assert.deepEqual(built, ['2.000815'], 'stored: not built again');
});

test('a definition today’s generator refuses is a typed 500, the old module is not served, and the next request tries again', async () => {
  makeStale('1.004222');
  let attempts = 0;
  const refusing = new ValidatorModules(store, async () => {
    attempts++;
    throw new ValidatorCompileError('validator-definition-invalid', { vi: 'không hợp lệ', en: 'invalid' });
  });
  for (let i = 0; i < 2; i++) {
    await assert.rejects(refusing.source('1.004222', 1), (error: unknown) => {
      assert.ok(error instanceof ApiError);
      assert.equal(error.status, 500);
      assert.equal(error.code, 'validator-module-unavailable');
      assert.deepEqual(error.details, { code: '1.004222', version: 1, cause: 'validator-definition-invalid' });
      return true;
    });
  }
  assert.equal(attempts, 2);
  assert.equal(store.validatorModule('1.004222', 1)?.format, 1, 'nothing stored');
});

import assert from 'node:assert/strict';
import { createAjvEvaluator, predicateEvaluator, VALIDATOR_MODULE_FORMAT } from '@motcua/core';
import { after, before, test } from 'node:test';
import { loadValidatorModule } from '../validators/index.js';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('each published version serves its validator module, immutable and open to any site', async () => {
  const response = await t.request('/api/v1/procedures/3.000333/versions/1/validator.js', { headers: { Origin: 'https://ubnd.example.vn' } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.match(response.headers.get('cache-control') ?? '', /immutable/);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  const source = await response.text();
  const module = await loadValidatorModule(source);
  const { body } = await t.json('/api/v1/procedures/3.000333/versions/1');
  const server = createAjvEvaluator(body.definition);
  const browser = predicateEvaluator(module.predicates);
  for (const applicantCategory of [undefined, 'sinh-vien', 'tre-em']) {
    const context = { answers: {}, case: 'phieu-so-1', ...(applicantCategory ? { applicantCategory } : {}) };
    for (const pointer of module.conditions) assert.equal(browser.holds(pointer, context), server.holds(pointer, context), `${pointer} ${applicantCategory}`);
  }
  assert.equal(module.validateAnswers({}), false);
  const etag = response.headers.get('etag') ?? '';
  assert.equal((await t.request('/api/v1/procedures/3.000333/versions/1/validator.js', { headers: { 'If-None-Match': etag } })).status, 304);
});

test('no module for a version that does not exist', async () => {
  assert.equal((await t.json('/api/v1/procedures/3.000333/versions/7/validator.js')).status, 404);
});

test('a module stored in an older format is never served: it is rebuilt, stored and served in today’s format', async () => {
  const path = '/api/v1/procedures/3.000333/versions/1/validator.js';
  const current = await (await t.request(path)).text();
  // What a server before format 2 stored: a module without schemaPredicates.
  const old = 'export const moduleFormat = 1; export const validateAnswers = () => true; export const conditions = []; export const predicates = {};';
  const row = t.database.sqlite.prepare('SELECT validator_module AS source, validator_module_format AS format FROM procedure_versions WHERE code = ? AND version = 1');
  t.database.sqlite.prepare('UPDATE procedure_versions SET validator_module = ?, validator_module_format = 1 WHERE code = ? AND version = 1').run(old, '3.000333');

  const responses = await Promise.all([t.request(path), t.request(path), t.request(path)]);
  const bodies = await Promise.all(responses.map((r) => r.text()));
  for (const [i, response] of responses.entries()) {
    assert.equal(response.status, 200);
    assert.equal(bodies[i], current, 'the same bytes as a module built at publication today');
  }
  const module = await loadValidatorModule(bodies[0] as string);
  assert.equal(module.moduleFormat, VALIDATOR_MODULE_FORMAT);
  assert.deepEqual(module.schemaPredicates, {});
  assert.deepEqual(row.get('3.000333'), { source: current, format: VALIDATOR_MODULE_FORMAT });
  const etag = responses[0]?.headers.get('etag') ?? '';
  assert.notEqual(etag, '', 'a strong ETag');
  assert.equal((await t.request(path, { headers: { 'If-None-Match': etag } })).status, 304);
});

import assert from 'node:assert/strict';
import { createAjvEvaluator, predicateEvaluator } from '@motcua/core';
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

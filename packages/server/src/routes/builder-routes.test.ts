import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';

describe('the builder’s page and bundle', () => {
  const bundle = 'customElements.define("motcua-builder", class extends HTMLElement {});';
  let t: TestApp;
  before(async () => {
    t = await testApp({ catalogue: false, env: { BUILDER_DIR: 'builder' } });
    mkdirSync(join(t.dir, 'builder', 'public'), { recursive: true });
    writeFileSync(join(t.dir, 'builder', 'public', 'builder.js'), bundle);
    writeFileSync(join(t.dir, 'builder', 'index.js'), 'export const notServed = 1;');
  });
  after(() => t.close());

  test('/builder is a page that loads the builder’s bundle, under a policy of its own that allows eval on it alone', async () => {
    const response = await t.request('/builder');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self' 'unsafe-eval'/);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
    const page = await response.text();
    assert.match(page, /<script type="module" src="\/builder\/builder\.js"><\/script>/);
    assert.match(page, /<motcua-builder><\/motcua-builder>/);
    assert.doesNotMatch(page, /<script>|style=/, 'nothing inline: the policy would block it');
    for (const path of ['/demo', '/api/v1/taxonomy', '/builder/builder.js']) {
      assert.doesNotMatch((await t.request(path)).headers.get('content-security-policy') ?? '', /unsafe-eval/, `${path} does not allow eval`);
    }
  });

  test('the bundle is served as JavaScript from BUILDER_DIR/public, revalidated on each load', async () => {
    const response = await t.request('/builder/builder.js');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(await response.text(), bundle);
  });

  test('a missing file or a path out of the folder is a 404 in the API’s error shape', async () => {
    const paths = ['/builder/missing.js', '/builder/index.js', '/builder/..%2Findex.js', '/builder/%2E%2E%2Findex.js', '/builder/..%5Cindex.js', '/builder/public%2Fbuilder.js', '/builder/builder.js%00', '/builder/..', '/builder/a/b.js', '/builder/notes.txt'];
    for (const path of paths) {
      for (const [language, pattern] of [['vi', /Không (tìm thấy|có)/], ['en', /was not found|There is no/]] as const) {
        const { status, body, headers } = await t.json(path, { headers: { 'Accept-Language': language } });
        assert.equal(status, 404, `${path}: ${JSON.stringify(body)}`);
        assert.match(headers.get('content-type') ?? '', /^application\/json/, path);
        assert.equal(body.error.code, 'not-found', path);
        assert.match(body.error.message, pattern, `${path} (${language}): ${body.error.message}`);
      }
    }
    const { body } = await t.json('/builder/..%2Findex.js', { headers: { 'Accept-Language': 'en' } });
    assert.equal(body.error.message, 'The builder file “../index.js” was not found.');
  });

  test('both routes are in the OpenAPI document', async () => {
    const { body: document } = await t.json('/api/v1/openapi.json');
    assert.equal(document.paths['/builder'].get.operationId, 'builderPage');
    assert.equal(document.paths['/builder/{name}'].get.operationId, 'builderAsset');
    assert.equal(document.paths['/builder/{name}'].get.parameters[0].name, 'name');
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';

describe('the officers’ apps: the builder’s and the back office’s pages and bundles', () => {
  const bundle = 'customElements.define("motcua-builder", class extends HTMLElement {});';
  const officeBundle = 'customElements.define("motcua-office", class extends HTMLElement {});';
  let t: TestApp;
  before(async () => {
    t = await testApp({ catalogue: false, env: { BUILDER_DIR: 'builder', OFFICE_DIR: 'office' } });
    const files: [string, string, string][] = [['builder', 'builder.js', bundle], ['office', 'office.js', officeBundle], ['office', 'office.css', 'p { margin: 0 }']];
    for (const [dir, name, source] of files) {
      mkdirSync(join(t.dir, dir, 'public'), { recursive: true });
      writeFileSync(join(t.dir, dir, 'public', name), source);
      writeFileSync(join(t.dir, dir, 'index.js'), 'export const notServed = 1;');
    }
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
    for (const path of ['/demo', '/office', '/api/v1/taxonomy', '/builder/builder.js', '/office/office.js']) {
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
  test('/office is a page that loads the back office’s bundle, evaluating nothing, framing only the server’s own files', async () => {
    const response = await t.request('/office');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.match(csp, /style-src 'self'(;|$)/);
    assert.match(csp, /frame-src 'self'/, 'a dossier’s PDFs are previewed in frames from the server');
    assert.match(csp, /object-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
    const page = await response.text();
    assert.match(page, /<html lang="vi">/);
    assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">/, 'usable on a counter’s tablet or phone');
    assert.match(page, /<script type="module" src="\/office\/office\.js"><\/script>/);
    assert.match(page, /<motcua-office><\/motcua-office>/);
    assert.doesNotMatch(page, /<script>|style=/, 'nothing inline: the policy would block it');
  });

  test('the back office’s files are served from OFFICE_DIR/public as JavaScript or CSS, revalidated on each load', async () => {
    const script = await t.request('/office/office.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('cache-control'), 'no-cache');
    assert.equal(await script.text(), officeBundle);
    const styles = await t.request('/office/office.css');
    assert.equal(styles.headers.get('content-type'), 'text/css; charset=utf-8');
    assert.equal(await styles.text(), 'p { margin: 0 }');
    assert.equal((await t.request('/office/builder.js')).status, 404, 'each app reads its own folder only');
  });

  test('a bad back-office file name is a 404 naming the file, in the caller’s language, and never reads outside the folder', async () => {
    const paths = ['/office/missing.js', '/office/index.js', '/office/..%2Findex.js', '/office/%2E%2E%2Findex.js', '/office/..%5Cindex.js', '/office/public%2Foffice.js', '/office/office.js%00', '/office/..', '/office/a/b.js', '/office/office.html', '/office/.office.js'];
    for (const path of paths) {
      const { status, body } = await t.json(path, { headers: { 'Accept-Language': 'en' } });
      assert.equal(status, 404, `${path}: ${JSON.stringify(body)}`);
      assert.equal(body.error.code, 'not-found', path);
    }
    const english = await t.json('/office/..%2Findex.js', { headers: { 'Accept-Language': 'en' } });
    assert.equal(english.body.error.message, 'The back-office file “../index.js” was not found.');
    const vietnamese = await t.json('/office/missing.js?lang=vi');
    assert.match(vietnamese.body.error.message, /tệp “missing\.js” của trang xử lý hồ sơ/);
  });

  test('the back office’s routes are in the OpenAPI document', async () => {
    const { body: document } = await t.json('/api/v1/openapi.json');
    assert.equal(document.paths['/office'].get.operationId, 'officePage');
    assert.equal(document.paths['/office/{name}'].get.operationId, 'officeAsset');
  });
});

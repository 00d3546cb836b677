import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';

test('the runtime script is served to any site, as JavaScript, revalidated by ETag', async () => {
  const t = await testApp({ catalogue: false, env: { RUNTIME_DIR: 'runtime' } });
  try {
    assert.equal((await t.json('/motcua.js')).status, 404, 'not built yet: a clear 404');
    mkdirSync(join(t.dir, 'runtime'));
    writeFileSync(join(t.dir, 'runtime', 'motcua.js'), 'customElements.define("x-y", class extends HTMLElement {});');
    const response = await t.request('/motcua.js', { headers: { Origin: 'https://ubnd.example.vn' } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(await response.text(), /customElements\.define/);
    const etag = response.headers.get('etag') ?? '';
    assert.equal((await t.request('/motcua.js', { headers: { 'If-None-Match': etag } })).status, 304);
  } finally {
    t.close();
  }
});

test('/demo is an agency page embedding the components with one script tag, under a strict CSP', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const response = await t.request('/demo');
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self';/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const page = await response.text();
    assert.match(page, /<script type="module" src="\/motcua\.js"><\/script>/);
    assert.doesNotMatch(page, /<script>|style=/, 'nothing inline: the strict CSP would block it');
    assert.match(page, /<motcua-catalogue/);
    assert.match(page, /<motcua-procedure procedure="2\.000815"><\/motcua-procedure>/);
    assert.match(page, /<motcua-dossier-status><\/motcua-dossier-status>/);
    // The form sits inside the provider, so it is given the provider's server and language.
    const provider = /<motcua-provider[^>]*>([\s\S]*)<\/motcua-provider>/.exec(page)?.[1] ?? '';
    assert.match(provider, /<motcua-form procedure="2\.000815" agency="phuong-ba-dinh"><\/motcua-form>/);
    assert.equal((await t.request('/demo/site.css')).headers.get('content-type'), 'text/css; charset=utf-8');
  } finally {
    t.close();
  }
});

describe('the runtime’s lazily loaded chunks', () => {
  const chunkSource = 'export function renderForm() { return "biểu mẫu"; }';
  let t: TestApp;
  before(async () => {
    t = await testApp({ catalogue: false, env: { RUNTIME_DIR: 'runtime' } });
    mkdirSync(join(t.dir, 'runtime', 'chunks'), { recursive: true });
    writeFileSync(join(t.dir, 'runtime', 'chunks', 'motcua-form-3F2a_9k.js'), chunkSource);
    writeFileSync(join(t.dir, 'runtime', 'chunks', 'notes.txt'), 'not a chunk');
    writeFileSync(join(t.dir, 'runtime', 'secret.js'), 'export const secret = 1;');
    mkdirSync(join(t.dir, 'runtime', 'chunks', 'folder.js'));
  });
  after(() => t.close());

  test('a chunk is served to any site as JavaScript, immutable, with a strong ETag and 304s', async () => {
    const response = await t.request('/chunks/motcua-form-3F2a_9k.js', { headers: { Origin: 'https://ubnd.example.vn' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(await response.text(), chunkSource);
    const etag = response.headers.get('etag') ?? '';
    assert.match(etag, /^"[0-9a-f]{32}"$/, 'strong: no W/ prefix');
    const again = await t.request('/chunks/motcua-form-3F2a_9k.js', { headers: { 'If-None-Match': `"other", ${etag}` } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal((await t.request('/chunks/motcua-form-3F2a_9k.js', { headers: { 'If-None-Match': '"other"' } })).status, 200);
  });

  test('anything but a chunk’s name is a clear 404 in the API’s error shape, in Vietnamese or English', async () => {
    const paths = [
      '/chunks/missing-abc123.js',
      '/chunks/notes.txt',
      '/chunks/folder.js',
      '/chunks/..%2Fsecret.js',
      '/chunks/%2E%2E%2Fsecret.js',
      '/chunks/..%5Csecret.js',
      '/chunks/chunks%2Fmotcua-form-3F2a_9k.js',
      '/chunks/motcua-form-3F2a_9k.js%00',
      '/chunks/.js',
      '/chunks/motcua-form-3F2a_9k.JS',
      '/chunks/motcua.form.js',
      `/chunks/${'a'.repeat(121)}.js`,
      '/chunks/..',
      '/chunks/%2e%2e',
      '/chunks/a/b.js',
      '/chunks/',
    ];
    for (const path of paths) {
      for (const [language, pattern] of [['vi', /Không (tìm thấy|có)/], ['en', /not found|There is no/]] as const) {
        const { status, body, headers } = await t.json(path, { headers: { 'Accept-Language': language } });
        assert.equal(status, 404, `${path}: ${JSON.stringify(body)}`);
        assert.match(headers.get('content-type') ?? '', /^application\/json/, path);
        assert.equal(body.error.code, 'not-found', path);
        assert.match(body.error.message, pattern, `${path} (${language}): ${body.error.message}`);
        assert.ok('details' in body.error, path);
      }
    }
    const { body } = await t.json('/chunks/..%2Fsecret.js', { headers: { 'Accept-Language': 'en' } });
    assert.equal(body.error.message, 'The runtime chunk “../secret.js” was not found.');
    assert.deepEqual(body.error.details, { name: '../secret.js' });
  });

  test('the route is in the OpenAPI document', async () => {
    const { body: document } = await t.json('/api/v1/openapi.json');
    const operation = document.paths['/chunks/{name}'].get;
    assert.equal(operation.operationId, 'runtimeChunk');
    assert.ok(operation.responses['200'].content['text/javascript']);
    assert.equal(operation.parameters[0].name, 'name');
  });
});

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { testApp } from '../test-support/test-app.js';

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
    assert.equal((await t.request('/demo/site.css')).headers.get('content-type'), 'text/css; charset=utf-8');
  } finally {
    t.close();
  }
});

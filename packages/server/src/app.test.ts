import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postJson, testApp, type TestApp } from './test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp({ env: { BODY_LIMIT_BYTES: '2048' } });
});
after(() => t.close());

describe('the app', () => {
  test('GET /healthz answers 200 when the database is reachable, 503 when not', async () => {
    assert.deepEqual((await t.json('/healthz')).body, { status: 'ok' });
    const broken = await testApp({ catalogue: false });
    broken.database.close();
    const { status, body } = await broken.json('/healthz');
    assert.equal(status, 503);
    assert.equal(body.error.code, 'database-unavailable');
  });

  test('an unknown address is a 404 in the error shape', async () => {
    const { status, body } = await t.json('/api/v1/nothing-here', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    assert.equal(status, 404);
    assert.deepEqual(Object.keys(body.error), ['code', 'message', 'details']);
    assert.match(body.error.message, /There is no GET \/api\/v1\/nothing-here/);
  });

  test('a body over the limit is a 413, and nothing else happens', async () => {
    const { status, body } = await t.json('/api/v1/procedures/2.000815/quote', postJson({ answers: { note: 'x'.repeat(5000) } }));
    assert.equal(status, 413);
    assert.equal(body.error.code, 'body-too-large');
  });

  test('security headers on every answer', async () => {
    const response = await t.request('/api/v1/procedures');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
  });

  test('a failure inside a handler never shows the stack', async () => {
    const broken = await testApp({ catalogue: false });
    try {
      broken.database.sqlite.exec('DROP TABLE listing_search');
      const { status, body } = await broken.json('/api/v1/procedures?q=khai');
      assert.equal(status, 500);
      assert.equal(body.error.code, 'internal');
      assert.doesNotMatch(JSON.stringify(body), /at |\.js|sqlite|listing_search/i);
    } finally {
      broken.close();
    }
  });
});

describe('the OpenAPI document', () => {
  test('is OpenAPI 3.1 and lists every route the app serves', async () => {
    const { body: document } = await t.json('/api/v1/openapi.json');
    assert.equal(document.openapi, '3.1.0');
    const served = t.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`);
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    assert.deepEqual([...new Set(served)].sort(), documented.sort());
  });

  test('documents each parameter with the schema that validates it', async () => {
    const { body: document } = await t.json('/api/v1/openapi.json');
    const limit = document.paths['/api/v1/procedures'].get.parameters.find((p: any) => p.name === 'limit');
    assert.deepEqual([limit.in, limit.schema.maximum], ['query', 100]);
    assert.ok(document.components.schemas.ProcedureDefinition.$defs.Fee);
  });
});

describe('rate limits', () => {
  test('citizens’ writes beyond the limit get a 429 with Retry-After; reading is never limited', async () => {
    const limited = await testApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await limited.request('/api/v1/drafts', postJson({ procedure: '2.000815' }))).status);
      assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
      const refused = await limited.request('/api/v1/drafts', postJson({ procedure: '2.000815' }));
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
      assert.equal((await limited.request('/api/v1/procedures')).status, 200);
      assert.equal((await limited.request('/api/v1/procedures/2.000815/quote', postJson({ answers: {} }))).status, 200);
    } finally {
      limited.close();
    }
  });
});

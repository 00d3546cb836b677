import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

describe('GET /api/v1/procedures', () => {
  test('browses every procedure in force, a page at a time, with the total', async () => {
    const { status, body } = await t.json('/api/v1/procedures?limit=5');
    assert.equal(status, 200);
    assert.equal(body.items.length, 5);
    assert.equal(body.total, 22);
    assert.deepEqual([body.limit, body.offset], [5, 0]);
    const next = await t.json('/api/v1/procedures?limit=5&offset=5');
    assert.notEqual(next.body.items[0].code, body.items[0].code);
  });

  test('finds a procedure typed without diacritics, đ included', async () => {
    const { body } = await t.json(`/api/v1/procedures?q=${encodeURIComponent('doi giay phep lai xe')}`);
    assert.equal(body.items[0]?.code, '3.000347');
    const upper = await t.json(`/api/v1/procedures?q=${encodeURIComponent('ĐỔI GIẤY PHÉP LÁI XE')}`);
    assert.equal(upper.body.items[0]?.code, '3.000347');
  });

  test('finds by the start of words and by English names', async () => {
    assert.ok((await t.json('/api/v1/procedures?q=khai%20sin')).body.items.some((i: any) => i.code === '1.001193'));
    assert.ok((await t.json('/api/v1/procedures?q=birth%20registration')).body.items.some((i: any) => i.code === '1.001193'));
  });

  test('whatever a citizen types is search text, never syntax and never an error', async () => {
    for (const q of ['"khai sinh', 'khai-sinh', 'khai OR sinh', 'NOT khai', 'khai*', '*', 'NEAR(a b)', "'; DROP TABLE procedures; --", '^', ':', '()', '   ']) {
      const { status, body } = await t.json(`/api/v1/procedures?q=${encodeURIComponent(q)}`);
      assert.equal(status, 200, q);
      assert.ok(Array.isArray(body.items), q);
    }
  });

  test('filters by sector, tier, online level and channel', async () => {
    const civil = await t.json('/api/v1/procedures?sector=ho-tich');
    assert.ok(civil.body.total > 0 && civil.body.items.every((i: any) => i.sector === 'ho-tich'));
    const provincial = await t.json('/api/v1/procedures?tier=province&limit=100');
    assert.ok(provincial.body.items.every((i: any) => i.tier === 'province'));
    const postal = await t.json('/api/v1/procedures?channel=postal&limit=100');
    assert.ok(postal.body.total > 0 && postal.body.items.every((i: any) => i.channels.includes('postal')));
    const full = await t.json('/api/v1/procedures?online=full&limit=100');
    assert.ok(full.body.items.every((i: any) => i.onlineLevel === 'full'));
    const province = await t.json('/api/v1/procedures?agency=ha-noi&limit=100');
    assert.equal(province.body.total, 6);
    assert.equal((await t.json('/api/v1/procedures?agency=nowhere')).body.total, 0);
    const none = await t.json('/api/v1/procedures?sector=ho-tich&q=giay%20phep%20lai%20xe');
    assert.equal(none.body.total, 0);
  });

  test('bad paging or an unknown filter is a 400 naming the parameter, in the caller’s language', async () => {
    const tooMany = await t.json('/api/v1/procedures?limit=1000', { headers: { 'Accept-Language': 'en' } });
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error.code, 'invalid-request');
    assert.equal(tooMany.body.error.details.errors[0].path, '/query/limit');
    assert.match(tooMany.body.error.message, /100 or less/);
    const typo = await t.json('/api/v1/procedures?secter=ho-tich');
    assert.equal(typo.status, 400);
    assert.match(typo.body.error.message, /secter/);
    assert.match(typo.body.error.message, /không/);
    assert.equal((await t.json('/api/v1/procedures?limit=abc')).status, 400);
    assert.equal((await t.json('/api/v1/procedures?channel=fax')).status, 400);
  });

  test('anyone may read the catalogue from another origin', async () => {
    const response = await t.request('/api/v1/procedures', { headers: { Origin: 'https://ubnd.example.vn' } });
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
  });
});

describe('GET /api/v1/procedures/{code} and /versions/{n}', () => {
  test('the version in force, with its definition and the agencies that offer it', async () => {
    const { status, body, headers } = await t.json('/api/v1/procedures/2.000815');
    assert.equal(status, 200);
    assert.equal(body.code, '2.000815');
    assert.equal(body.version, 1);
    assert.equal(body.definition.code, '2.000815');
    assert.deepEqual(body.offerings.map((o: any) => o.agency.id), ['phuong-ba-dinh', 'phuong-hoan-kiem']);
    assert.equal(body.offerings[0].agency.code, 'BADINH');
    const etag = headers.get('etag') ?? '';
    assert.match(etag, /^"[0-9a-f]{64}"$/);
    assert.equal((await t.request('/api/v1/procedures/2.000815', { headers: { 'If-None-Match': etag } })).status, 304);
  });

  test('an agency’s local overrides come with its offering', async () => {
    const { body } = await t.json('/api/v1/procedures/1.004873');
    const offering = body.offerings.find((o: any) => o.agency.id === 'phuong-ba-dinh').offering;
    assert.equal(offering.procedure, '1.004873');
    assert.match(offering.note.en, /People's Council/);
  });

  test('an exact version is immutable: strong ETag, a year of caching, 304 when unchanged', async () => {
    const first = await t.request('/api/v1/procedures/2.000815/versions/1');
    assert.equal(first.status, 200);
    assert.match(first.headers.get('cache-control') ?? '', /immutable/);
    const etag = first.headers.get('etag') ?? '';
    const again = await t.request('/api/v1/procedures/2.000815/versions/1', { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    const body = await (await t.request('/api/v1/procedures/2.000815/versions/1')).text();
    assert.equal(body, await first.text(), 'the same bytes every time');
  });

  test('unknown codes and versions are 404 in the caller’s language', async () => {
    const missing = await t.json('/api/v1/procedures/9.999999', { headers: { 'Accept-Language': 'vi' } });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'not-found');
    assert.match(missing.body.error.message, /Không tìm thấy/);
    assert.equal((await t.json('/api/v1/procedures/2.000815/versions/2')).status, 404);
  });

  test('malformed codes and versions are 400, never a crash', async () => {
    for (const path of ['/api/v1/procedures/..%2F..%2Fetc', '/api/v1/procedures/2.000815/versions/0', '/api/v1/procedures/2.000815/versions/1e3', '/api/v1/procedures/%00']) {
      const { status, body } = await t.json(path);
      assert.equal(status, 400, path);
      assert.equal(body.error.code, 'invalid-request');
    }
  });
});

describe('a procedure not yet in force', () => {
  test('a version whose effective date has not come is not the one in force, but stays readable by number', async () => {
    const early = await testApp({ loadedAt: new Date('2026-03-03T00:00:00Z'), now: new Date('2026-03-02T00:00:00Z') });
    try {
      assert.equal((await early.json('/api/v1/procedures/2.000815')).status, 404);
      assert.equal((await early.json('/api/v1/procedures?q=chung%20thuc')).body.total, 0);
      assert.equal((await early.json('/api/v1/procedures/2.000815/versions/1')).status, 200);
    } finally {
      early.close();
    }
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertRefusal } from '../../bad-input/harness.js';
import { formWith, pdf } from '../../test-support/sample-files.js';
import { signedIn } from '../../test-support/officers.js';
import { testApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const send = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
  t.json(path, { method, headers: { ...headers, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

test('an admin registers an agency, its offerings and the site allowed to embed its forms', async () => {
  const { headers } = await signedIn(t, 'admin');
  const agency = { id: 'xa-son-tay', code: 'SONTAY', name: { vi: 'Trung tâm Phục vụ hành chính công xã Sơn Tây' }, tier: 'commune', origins: ['https://sontay.example.vn'], offerings: [{ procedure: '2.000815', agency: 'xa-son-tay' }] };
  const saved = await send('PUT', '/api/v1/admin/agencies/xa-son-tay', headers, agency);
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const offered = await t.json('/api/v1/procedures/2.000815');
  assert.ok(offered.body.offerings.some((o: any) => o.agency.id === 'xa-son-tay'));
  const upload = await t.request('/api/v1/uploads', { method: 'POST', body: formWith(pdf(), 'a.pdf'), headers: { Origin: 'https://sontay.example.vn' } });
  assert.equal(upload.status, 201, 'its site may now send citizens’ files');
});

test('an offering that changes a national fee, or of an unknown procedure, is refused with its path', async () => {
  const { headers } = await signedIn(t, 'admin');
  const agency = {
    id: 'xa-thu',
    code: 'XATHU',
    name: { vi: 'Xã thử' },
    tier: 'commune',
    origins: [],
    offerings: [
      { procedure: '2.000815', agency: 'xa-thu', fees: { 'chung-thuc-ban-sao': { rule: { type: 'fixed', amount: 1 } } } },
      { procedure: '9.999999', agency: 'xa-thu' },
    ],
  };
  const refused = await send('PUT', '/api/v1/admin/agencies/xa-thu', headers, agency);
  assert.equal(refused.status, 422);
  assert.deepEqual(refused.body.error.details.errors.map((e: any) => [e.path, e.code]), [
    ['/offerings/0/fees/chung-thuc-ban-sao', 'offering-fee-not-local'],
    ['/offerings/1/procedure', 'procedure-unknown'],
  ]);
  assert.equal((await send('GET', '/api/v1/admin/agencies/xa-thu', headers)).status, 404);
});

test('only admins change agencies', async () => {
  const { headers } = await signedIn(t, 'reform-officer');
  assert.equal((await send('PUT', '/api/v1/admin/agencies/x', headers, {})).status, 403);
  const listed = await send('GET', '/api/v1/admin/agencies', headers);
  assert.ok(listed.body.items.some((a: any) => a.id === 'phuong-ba-dinh'));
});

describe('an agency’s sites and offerings, one at a time', () => {
  const ORIGINS = '/api/v1/admin/agencies/phuong-hoan-kiem/origins';
  const stored = async (headers: Record<string, string>) => (await send('GET', '/api/v1/admin/agencies/phuong-hoan-kiem', headers)).body.origins as string[];

  test('an admin adds a site, which may then send citizens’ files, then removes it, which may no longer', async () => {
    const { headers } = await signedIn(t, 'admin');
    const earlier = await stored(headers);
    const added = await send('POST', ORIGINS, headers, { origin: 'http://localhost:8123' });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.deepEqual(added.body.origins, [...earlier, 'http://localhost:8123']);
    assert.deepEqual((await send('POST', ORIGINS, headers, { origin: 'http://localhost:8123' })).body.origins, added.body.origins, 'adding it again changes nothing');
    const upload = () => t.request('/api/v1/uploads', { method: 'POST', body: formWith(pdf('from the new site'), 'a.pdf'), headers: { Origin: 'http://localhost:8123' } });
    assert.equal((await upload()).status, 201);
    const removed = await send('DELETE', `${ORIGINS}?origin=${encodeURIComponent('http://localhost:8123')}`, headers);
    assert.equal(removed.status, 200);
    assert.deepEqual(removed.body.origins, earlier);
    assert.deepEqual(await stored(headers), earlier);
    assert.equal((await upload()).status, 403);
  });

  test('an agency officer manages the sites of their own agency only; a reform officer none', async () => {
    const member = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-hoan-kiem', stepRoles: ['receiver'] }])).headers;
    const added = await send('POST', ORIGINS, member, { origin: 'https://hoankiem.example.vn' });
    assert.equal(added.status, 200);
    assert.equal((await send('DELETE', `${ORIGINS}?origin=https://hoankiem.example.vn`, member)).status, 200);
    assert.equal((await send('POST', '/api/v1/admin/agencies/phuong-ba-dinh/origins', member, { origin: 'https://x.example.vn' })).status, 403);
    const reform = (await signedIn(t, 'reform-officer')).headers;
    assert.equal((await send('POST', ORIGINS, reform, { origin: 'https://x.example.vn' })).status, 403);
  });

  test('bad origins and unknown agencies are refused with what is wrong, in the language asked, and nothing changes', async (context) => {
    const { headers } = await signedIn(t, 'admin');
    const earlier = await stored(headers);
    const cases: [string, string, string, unknown, { status: number; code: string; path?: string }][] = [
      ['a path after the host', 'POST', ORIGINS, { origin: 'https://site.vn/trang' }, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['a trailing slash', 'POST', ORIGINS, { origin: 'https://site.vn/' }, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['capitals', 'POST', ORIGINS, { origin: 'https://Site.vn' }, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['another scheme', 'POST', ORIGINS, { origin: 'ftp://site.vn' }, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['no origin at all', 'POST', ORIGINS, {}, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['an origin as a number', 'POST', ORIGINS, { origin: 8080 }, { status: 400, code: 'invalid-request', path: '/body/origin' }],
      ['an unknown member', 'POST', ORIGINS, { origin: 'https://site.vn', agency: 'x' }, { status: 400, code: 'invalid-request', path: '/body/agency' }],
      ['the default port written out', 'POST', ORIGINS, { origin: 'https://site.vn:443' }, { status: 422, code: 'origin-not-canonical', path: '/origin' }],
      ['a port out of range', 'POST', ORIGINS, { origin: 'https://site.vn:99999' }, { status: 422, code: 'origin-not-canonical', path: '/origin' }],
      ['an agency that does not exist', 'POST', '/api/v1/admin/agencies/khong-co/origins', { origin: 'https://site.vn' }, { status: 404, code: 'not-found' }],
      ['an agency id that is a path', 'POST', '/api/v1/admin/agencies/..%2F..%2Fetc/origins', { origin: 'https://site.vn' }, { status: 400, code: 'invalid-request', path: '/params/id' }],
      ['removing a site never added', 'DELETE', `${ORIGINS}?origin=https://never.example.vn`, undefined, { status: 404, code: 'not-found' }],
      ['removing without saying which', 'DELETE', ORIGINS, undefined, { status: 400, code: 'invalid-request', path: '/query/origin' }],
      ['offering a procedure never published', 'PUT', '/api/v1/admin/agencies/phuong-hoan-kiem/offerings/9.999999', {}, { status: 422, code: 'procedure-unknown', path: '/params/code' }],
      ['offering with overrides this route does not take', 'PUT', '/api/v1/admin/agencies/phuong-hoan-kiem/offerings/2.000815', { fees: {} }, { status: 400, code: 'invalid-request', path: '/body/fees' }],
    ];
    for (const [i, [name, method, path, body, expect]] of cases.entries()) {
      const lang = i % 2 === 0 ? 'vi' : 'en';
      const response = await t.request(path, { method, headers: { ...headers, 'Accept-Language': lang, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      await context.test(name, () => response.text().then((text) => assertRefusal(response, text, expect, lang)));
    }
    assert.deepEqual(await stored(headers), earlier);
  });

  test('an agency cannot hold more than 20 sites', async () => {
    const { headers } = await signedIn(t, 'admin');
    const room = 20 - (await stored(headers)).length;
    for (let i = 0; i < room; i += 1) assert.equal((await send('POST', ORIGINS, headers, { origin: `https://site${i}.example.vn` })).status, 200);
    const refused = await send('POST', ORIGINS, { ...headers, 'Accept-Language': 'en' }, { origin: 'https://one-too-many.example.vn' });
    assert.equal(refused.status, 422);
    assert.equal(refused.body.error.code, 'too-many-origins');
    assert.match(refused.body.error.message, /at most 20/);
    for (let i = 0; i < room; i += 1) await send('DELETE', `${ORIGINS}?origin=https://site${i}.example.vn`, headers);
  });

  test('an agency offers a published procedure, which then lists it with the agency', async () => {
    const { headers } = await signedIn(t, 'admin');
    const offered = await send('PUT', '/api/v1/admin/agencies/phuong-hoan-kiem/offerings/1.001456', headers, {});
    assert.equal(offered.status, 200);
    assert.deepEqual(offered.body.offering, { procedure: '1.001456', agency: 'phuong-hoan-kiem' });
    const procedure = await t.json('/api/v1/procedures/1.001456');
    assert.ok(procedure.body.offerings.some((o: any) => o.agency.id === 'phuong-hoan-kiem'));
    const listed = await send('GET', '/api/v1/admin/procedures?agency=phuong-hoan-kiem', headers);
    assert.ok(listed.body.items.some((row: any) => row.code === '1.001456'));
  });
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formWith, pdf } from '../../test-support/sample-files.js';
import { signedIn } from '../../test-support/officers.js';
import { postJson, testApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
let code: string;
before(async () => {
  t = await testApp();
  const { body: upload } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf(), 'ban-chinh.pdf') });
  const { body } = await t.json(
    '/api/v1/procedures/2.000815/dossiers',
    postJson(
      { version: 1, agency: 'phuong-ba-dinh', channel: 'online', delivery: 'in-person', answers: { hoTen: 'Phạm Thị Dung', banSao: [{ tenGiayTo: 'Bằng', soTrang: 1, soBan: 1 }] }, documents: [{ document: 'ban-chinh', uploads: [upload.id] }] },
      { 'Idempotency-Key': 'admin-test-000001' },
    ),
  );
  code = body.code;
});
after(() => t.close());

test('a member of the agency sees its dossiers and each in full', async () => {
  const { headers } = await signedIn(t, 'agency-officer', [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver'] }]);
  const list = await t.json('/api/v1/admin/agencies/phuong-ba-dinh/dossiers', { headers });
  assert.equal(list.status, 200);
  assert.deepEqual(list.body.items.map((d: any) => d.code), [code]);
  assert.equal(list.body.items[0].status, 'submitted');
  const detail = await t.json(`/api/v1/admin/dossiers/${code}`, { headers });
  assert.equal(detail.body.answers.hoTen, 'Phạm Thị Dung');
  assert.equal(detail.body.documents[0].upload.mime, 'application/pdf');
  assert.deepEqual(detail.body.history.map((h: any) => h.action), ['submit']);
  assert.equal((await t.json('/api/v1/admin/agencies/phuong-ba-dinh/dossiers?status=returned', { headers })).body.total, 0);
});

test('an officer of another agency sees none of them', async () => {
  const { headers } = await signedIn(t, 'agency-officer', [{ agency: 'phuong-hoan-kiem', stepRoles: ['receiver'] }]);
  assert.equal((await t.json('/api/v1/admin/agencies/phuong-ba-dinh/dossiers', { headers })).status, 403);
  assert.equal((await t.json(`/api/v1/admin/dossiers/${code}`, { headers })).status, 403);
  const reform = await signedIn(t, 'reform-officer');
  assert.equal((await t.json(`/api/v1/admin/dossiers/${code}`, { headers: reform.headers })).status, 403);
});

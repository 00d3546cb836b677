import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedIn } from '../../test-support/officers.js';
import { postJson, testApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
let admin: Record<string, string>;
before(async () => {
  t = await testApp();
  admin = (await signedIn(t, 'admin')).headers;
});
after(() => t.close());

const send = (method: string, path: string, body?: unknown) =>
  t.json(path, { method, headers: { ...admin, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

test('an admin opens an account, gives it agencies and step roles, and can disable it', async () => {
  const made = await send('POST', '/api/v1/admin/users', { email: 'Lan.Nguyen@BaDinh.vn', name: 'Nguyễn Thị Lan', role: 'agency-officer', password: 'một mật khẩu dài' });
  assert.equal(made.status, 201);
  assert.equal(made.body.email, 'lan.nguyen@badinh.vn');
  const member = await send('PUT', `/api/v1/admin/users/${made.body.id}/memberships`, [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver', 'specialist'] }]);
  assert.deepEqual(member.body.memberships, [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver', 'specialist'] }]);
  const session = await t.request('/api/v1/admin/session', postJson({ email: 'lan.nguyen@badinh.vn', password: 'một mật khẩu dài' }));
  const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  assert.equal((await t.json('/api/v1/admin/me', { headers: { Cookie: cookie } })).status, 200);
  assert.equal((await send('PATCH', `/api/v1/admin/users/${made.body.id}`, { disabled: true })).body.disabled, true);
  assert.equal((await t.json('/api/v1/admin/me', { headers: { Cookie: cookie } })).status, 401, 'disabling ends its sessions');
});

test('a taken email, a short password, an unknown agency or account', async () => {
  await send('POST', '/api/v1/admin/users', { email: 'a@b.vn', name: 'A', role: 'admin', password: 'mật khẩu mười hai' });
  assert.equal((await send('POST', '/api/v1/admin/users', { email: 'A@b.vn', name: 'A', role: 'admin', password: 'mật khẩu mười hai' })).status, 409);
  assert.equal((await send('POST', '/api/v1/admin/users', { email: 'c@b.vn', name: 'C', role: 'admin', password: 'ngắn' })).status, 400);
  const list = await send('GET', '/api/v1/admin/users');
  const id = list.body.items.find((u: any) => u.email === 'a@b.vn').id;
  assert.equal((await send('PUT', `/api/v1/admin/users/${id}/memberships`, [{ agency: 'khong-co', stepRoles: ['receiver'] }])).status, 422);
  assert.equal((await send('PATCH', '/api/v1/admin/users/00000000-0000-4000-8000-000000000000', { name: 'X' })).status, 404);
});

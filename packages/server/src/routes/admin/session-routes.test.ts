import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureFirstAdmin } from '../../auth/first-admin.js';
import { PASSWORD, signedIn } from '../../test-support/officers.js';
import { postJson, testApp, type TestApp } from '../../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('the first start makes one admin with a one-time password; later starts make none', async () => {
  const fresh = await testApp({ catalogue: false });
  try {
    const made = await ensureFirstAdmin(fresh.database.db, fresh.config, new Date());
    assert.equal(made?.email, 'admin@localhost');
    assert.ok((made?.oneTimePassword ?? '').length >= 16);
    const signIn = await fresh.json('/api/v1/admin/session', postJson({ email: 'ADMIN@localhost', password: made?.oneTimePassword }));
    assert.equal(signIn.status, 200);
    assert.equal(signIn.body.officer.role, 'admin');
    assert.equal(await ensureFirstAdmin(fresh.database.db, fresh.config, new Date()), undefined);
  } finally {
    fresh.close();
  }
});

test('signing in sets an HttpOnly, SameSite=Strict session cookie; signing out ends it', async () => {
  const { headers, email } = await signedIn(t, 'reform-officer');
  assert.equal((await t.json('/api/v1/admin/me', { headers })).body.email, email);
  assert.equal((await t.request('/api/v1/admin/session', { method: 'DELETE', headers })).status, 403, 'a write without its Origin is refused by the CSRF check');
  const again = await t.request('/api/v1/admin/session', postJson({ email, password: PASSWORD }));
  assert.match(again.headers.get('set-cookie') ?? '', /HttpOnly/);
  assert.match(again.headers.get('set-cookie') ?? '', /SameSite=Strict/);
  assert.equal((await t.request('/api/v1/admin/session', { method: 'DELETE', headers: { ...headers, Origin: new URL(t.config.publicUrl).origin } })).status, 204);
  assert.equal((await t.json('/api/v1/admin/me', { headers })).status, 401);
});

test('a wrong password and an unknown email get the same answer', async () => {
  const { email } = await signedIn(t, 'admin');
  const wrong = await t.json('/api/v1/admin/session', postJson({ email, password: 'sai mật khẩu rồi' }));
  const unknown = await t.json('/api/v1/admin/session', postJson({ email: 'ai-do@motcua.test', password: 'sai mật khẩu rồi' }));
  assert.deepEqual([wrong.status, unknown.status], [401, 401]);
  assert.equal(wrong.body.error.message, unknown.body.error.message);
});

test('no session is a 401; the wrong role is a 403; a session from another site is refused', async () => {
  assert.equal((await t.json('/api/v1/admin/users')).status, 401);
  const officer = await signedIn(t, 'agency-officer');
  assert.equal((await t.json('/api/v1/admin/users', { headers: officer.headers })).status, 403);
  const admin = await signedIn(t, 'admin');
  const foreign = await t.json('/api/v1/admin/users', { ...postJson({ email: 'x@y.vn', name: 'X', role: 'admin', password: 'mười hai ký tự' }), headers: { ...admin.headers, 'Content-Type': 'application/json', Origin: 'https://evil.example' } });
  assert.equal(foreign.status, 403);
});

test('a machine client acts with a bearer token, shown once', async () => {
  const admin = await signedIn(t, 'admin');
  const made = await t.json('/api/v1/admin/tokens', { ...postJson({ label: 'thống kê', days: 30 }), headers: { ...admin.headers, 'Content-Type': 'application/json' } });
  assert.equal(made.status, 201);
  const me = await t.json('/api/v1/admin/me', { headers: { Authorization: `Bearer ${made.body.token}` } });
  assert.equal(me.body.email, admin.email);
  assert.equal((await t.json('/api/v1/admin/me', { headers: { Authorization: 'Bearer not-a-real-token-at-all' } })).status, 401);
});

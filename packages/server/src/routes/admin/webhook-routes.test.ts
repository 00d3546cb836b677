import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runTable, type BadCase } from '../../bad-input/harness.js';
import { get, json, makeCtx, type Ctx } from '../../bad-input/requests.js';
import { signedIn } from '../../test-support/officers.js';
import { postJson, testApp, type TestApp } from '../../test-support/test-app.js';

const AGENCY = 'phuong-ba-dinh';
const HOOKS = `/api/v1/admin/agencies/${AGENCY}/webhooks`;
const RECEIVER = 'https://he-thong.phuongbadinh.gov.vn/motcua/webhook';
const NO_SUCH = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let ctx: Ctx;
let approver: Record<string, string>;
let hookId: string;
before(async () => {
  t = await testApp();
  ctx = await makeCtx(t);
  approver = (await signedIn(t, 'agency-officer', [{ agency: AGENCY, stepRoles: ['approver'] }])).headers;
  hookId = (await t.json(HOOKS, postJson({ url: RECEIVER }, approver))).body.id;
});
after(() => t.close());

test('an approver registers a webhook, sees its secret once, rotates it, changes, disables and deletes it', async () => {
  const made = await t.json(HOOKS, postJson({ url: 'https://tich-hop.phuongbadinh.gov.vn/hook', events: ['submit', 'return'], description: 'Hệ thống một cửa của phường' }, approver));
  assert.equal(made.status, 201);
  assert.match(made.body.secret, /^whsec_[A-Za-z0-9_-]{43}$/);
  assert.equal(made.headers.get('location'), `${HOOKS}/${made.body.id}`);
  assert.deepEqual(made.body.events, ['submit', 'return']);
  assert.equal(made.body.enabled, true);
  const one = `${HOOKS}/${made.body.id}`;
  const listed = await t.json(HOOKS, { headers: approver });
  assert.ok(listed.body.items.some((w: any) => w.id === made.body.id));
  assert.doesNotMatch(JSON.stringify(listed.body), /whsec_/, 'the secret is never shown again');
  assert.equal((await t.json(one, { headers: approver })).body.secret, undefined);
  const rotated = await t.json(`${one}/secret`, postJson({}, approver));
  assert.equal(rotated.status, 200);
  assert.notEqual(rotated.body.secret, made.body.secret);
  const changed = await t.json(one, { method: 'PATCH', headers: { ...approver, 'Content-Type': 'application/json' }, body: JSON.stringify({ events: ['*', 'receive'], enabled: false }) });
  assert.deepEqual([changed.body.events, changed.body.enabled, changed.body.disabledReason], [['*'], false, 'officer']);
  assert.equal((await t.json(`${one}/deliveries`, { headers: approver })).body.total, 0);
  assert.equal((await t.request(one, { method: 'DELETE', headers: { ...approver, Origin: new URL(t.config.publicUrl).origin } })).status, 204);
  assert.equal((await t.json(one, { headers: approver })).status, 404);
  const audit = t.database.sqlite.prepare("SELECT action FROM audit_log WHERE action LIKE 'webhook-%' AND target = ? ORDER BY id").all(made.body.id);
  assert.deepEqual(audit.map((a: any) => a.action), ['webhook-create', 'webhook-rotate-secret', 'webhook-update', 'webhook-delete']);
});

test('members without the approver role read the webhooks but cannot manage them; other agencies and roles see nothing', async () => {
  const receiver = (await signedIn(t, 'agency-officer', [{ agency: AGENCY, stepRoles: ['receiver', 'specialist'] }])).headers;
  assert.equal((await t.json(HOOKS, { headers: receiver })).status, 200);
  assert.equal((await t.json(`${HOOKS}/${hookId}/deliveries`, { headers: receiver })).status, 200);
  const refused = await t.json(HOOKS, postJson({ url: RECEIVER }, { ...receiver, 'Accept-Language': 'vi' }));
  assert.equal(refused.status, 403);
  assert.equal(refused.body.error.message, 'Chỉ lãnh đạo (vai trò phê duyệt) của cơ quan mới được quản lý webhook.');
  assert.equal((await t.json(`${HOOKS}/${hookId}/secret`, postJson({}, receiver))).status, 403);
  assert.equal((await t.json(`${HOOKS}/${hookId}`, { method: 'DELETE', headers: { ...receiver, Origin: new URL(t.config.publicUrl).origin } })).body.error.code, 'forbidden');
  const elsewhere = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-hoan-kiem', stepRoles: ['approver'] }])).headers;
  assert.equal((await t.json(HOOKS, { headers: elsewhere })).status, 403);
  assert.equal((await t.json(`/api/v1/admin/agencies/phuong-hoan-kiem/webhooks/${hookId}`, { headers: elsewhere })).status, 404, 'a webhook is found only under its own agency');
  assert.equal((await t.json(HOOKS, { headers: (await signedIn(t, 'reform-officer')).headers })).status, 403);
  assert.equal((await t.json(HOOKS)).status, 401);
  const admin = (await signedIn(t, 'admin')).headers;
  assert.equal((await t.json(HOOKS, postJson({ url: 'https://quan-tri.example.vn/hook' }, admin))).status, 201);
});

test('an agency has at most 20 webhooks', async () => {
  const admin = (await signedIn(t, 'admin')).headers;
  const path = '/api/v1/admin/agencies/ha-noi/webhooks';
  for (let i = 0; i < 20; i++) assert.equal((await t.json(path, postJson({ url: `https://he-thong-${i}.hanoi.gov.vn/hook` }, admin))).status, 201);
  const refused = await t.json(path, postJson({ url: 'https://mot-nua.hanoi.gov.vn/hook' }, { ...admin, 'Accept-Language': 'en' }));
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error.code, 'webhook-limit');
});

const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const refusedUrl = (code: string) => ({ status: 422, code, path: '/body/url' });
const as = (build: () => ReturnType<typeof json>) => () => {
  const request = build();
  return { ...request, headers: { ...(request.headers as Record<string, string>), ...approver } };
};
const register = (body: unknown) => as(() => json(HOOKS, body));

const cases: BadCase[] = [
  { name: 'no url', request: register({ events: ['*'] }), expect: invalid('/body/url') },
  { name: 'a url that is not one', request: register({ url: 'he-thong/hook' }), expect: refusedUrl('webhook-url-invalid') },
  { name: 'http:// where the server allows https only', request: register({ url: 'http://he-thong.phuongbadinh.gov.vn/hook' }), expect: refusedUrl('webhook-url-scheme') },
  { name: 'another scheme', request: register({ url: 'ftp://he-thong.phuongbadinh.gov.vn/hook' }), expect: refusedUrl('webhook-url-scheme') },
  { name: 'a user and password in the url', request: register({ url: 'https://ai:matkhau@he-thong.phuongbadinh.gov.vn/hook' }), expect: refusedUrl('webhook-url-credentials') },
  { name: 'loopback', request: register({ url: 'https://127.0.0.1/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'loopback written as one number', request: register({ url: 'https://2130706433/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'localhost', request: register({ url: 'https://localhost:8443/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'a private network', request: register({ url: 'https://10.1.2.3/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'the cloud metadata address', request: register({ url: 'https://169.254.169.254/latest' }), expect: refusedUrl('webhook-url-private') },
  { name: 'IPv6 loopback', request: register({ url: 'https://[::1]/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'IPv4-mapped IPv6 private address', request: register({ url: 'https://[::ffff:192.168.1.1]/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'a name without a domain', request: register({ url: 'https://intranet/hook' }), expect: refusedUrl('webhook-url-private') },
  { name: 'a url of 2001 characters', request: register({ url: `https://he-thong.phuongbadinh.gov.vn/${'a'.repeat(1965)}` }), expect: invalid('/body/url') },
  { name: 'an event type that does not exist', request: register({ url: RECEIVER, events: ['recieve'] }), expect: invalid('/body/events/0') },
  { name: 'no event types', request: register({ url: RECEIVER, events: [] }), expect: invalid('/body/events') },
  { name: 'an event type twice', request: register({ url: RECEIVER, events: ['submit', 'submit'] }), expect: invalid('/body/events') },
  { name: 'a description of 201 characters', request: register({ url: RECEIVER, description: 'mô tả '.repeat(40) }), expect: invalid('/body/description') },
  { name: 'an unknown member', request: register({ url: RECEIVER, secret: 'chosen-by-me' }), expect: invalid('/body/secret') },
  { name: 'an agency that does not exist', request: as(() => json('/api/v1/admin/agencies/khong-co/webhooks', { url: RECEIVER })), expect: { status: 404, code: 'not-found' } },
  { name: 'a webhook id that is not a uuid', request: as(() => get(`${HOOKS}/123`)), expect: invalid('/params/webhookId') },
  { name: 'a webhook that does not exist', request: as(() => get(`${HOOKS}/${NO_SUCH}`)), expect: { status: 404, code: 'not-found' } },
  { name: 'a change with nothing in it', request: as(() => json(`${HOOKS}/${hookId}`, {}, {}, 'PATCH')), expect: invalid('/body') },
  { name: 'a change to a private url', request: as(() => json(`${HOOKS}/${hookId}`, { url: 'https://192.168.0.10/hook' }, {}, 'PATCH')), expect: refusedUrl('webhook-url-private') },
  { name: 'enabled as text', request: as(() => json(`${HOOKS}/${hookId}`, { enabled: 'yes' }, {}, 'PATCH')), expect: invalid('/body/enabled') },
  { name: 'the log by an unknown status', request: as(() => get(`${HOOKS}/${hookId}/deliveries?status=lost`)), expect: invalid('/query/status') },
  { name: 'the log with limit 201', request: as(() => get(`${HOOKS}/${hookId}/deliveries?limit=201`)), expect: invalid('/query/limit') },
  { name: 'redelivering a delivery that does not exist', request: as(() => json(`${HOOKS}/${hookId}/deliveries/${NO_SUCH}/redeliver`, {})), expect: { status: 404, code: 'not-found' } },
];

describe('bad input', () => {
  runTable('/api/v1/admin/agencies/{id}/webhooks', cases, () => ctx);
  test('refused registrations store nothing', () => {
    const count = t.database.sqlite.prepare(`SELECT COUNT(*) AS n FROM webhooks WHERE agency_id = ?`).get(AGENCY) as { n: number };
    assert.ok(count.n <= 3, `${count.n} webhooks`);
  });
});

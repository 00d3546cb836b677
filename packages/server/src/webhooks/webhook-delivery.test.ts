import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { after, afterEach, before, test } from 'node:test';
import { signedIn } from '../test-support/officers.js';
import { FIXED_NOW, postJson, testApp, type TestApp } from '../test-support/test-app.js';
import { RETRY_CAP_MS } from './backoff.js';
import { ManualClock } from './test-support/manual-clock.js';
import { Receiver } from './test-support/receiver.js';
import { deliveryLog, fileDossier, LOCAL_RECEIVERS, recordEvent, registerWebhook, workerFor } from './test-support/webhook-harness.js';
import type { WebhookSettings } from './webhook-settings.js';
import type { WebhookWorker } from './webhook-worker.js';

const AGENCY = 'phuong-ba-dinh';

/** What a receiver does with a request, as the README tells it to: a fresh timestamp and a matching signature. */
function verify(headers: IncomingHttpHeaders, body: string, secret: string, nowSeconds: number): boolean {
  const timestamp = Number(headers['x-motcua-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  const given = String(headers['x-motcua-signature'] ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

let t: TestApp;
let clock: ManualClock;
let worker: WebhookWorker;
let settings: WebhookSettings;
let receiver: Receiver;
let approver: Record<string, string>;
const errors: unknown[] = [];

before(async () => {
  t = await testApp({ env: LOCAL_RECEIVERS });
  approver = (await signedIn(t, 'agency-officer', [{ agency: AGENCY, stepRoles: ['approver'] }])).headers;
});
after(() => t.close());

/** A worker of its own for each test, on a clock of its own, with `changes` to the server's settings. */
async function setUp(changes: Partial<WebhookSettings> = {}) {
  errors.length = 0;
  settings = { ...t.config.webhooks, ...changes };
  clock = new ManualClock(FIXED_NOW);
  worker = workerFor(t.database.db, settings, clock, errors);
  worker.start();
  // Its first poll, at the start; each `advance` then ends on a poll, before the attempts it starts can time out.
  clock.advance(0);
  receiver = await Receiver.start();
}

/** Lets the worker poll the outbox and waits until its attempts have an outcome. */
async function poll(): Promise<void> {
  clock.advance(settings.pollMs);
  await worker.idle();
}

afterEach(async () => {
  await worker.stop();
  await receiver.close();
  // The next test's webhooks start from a clean slate.
  t.database.sqlite.exec('DELETE FROM webhook_deliveries; DELETE FROM webhooks;');
  assert.deepEqual(errors, [], 'the worker itself never failed');
});

test('a submitted dossier reaches the receiver as signed JSON that a receiver can verify, without the citizen’s answers', async () => {
  await setUp();
  const hook = await registerWebhook(t, approver, AGENCY, receiver.url);
  const code = await fileDossier(t);
  clock.advance(settings.pollMs);
  const got = await receiver.next();
  await worker.idle();
  assert.equal(got.headers['content-type'], 'application/json');
  assert.equal(got.headers['x-motcua-event'], 'submit');
  assert.ok(verify(got.headers, got.body, hook.secret, Math.floor(clock.now().getTime() / 1000)), 'the signature verifies');
  assert.ok(!verify(got.headers, got.body.replace('submitted', 'returned'), hook.secret, Math.floor(clock.now().getTime() / 1000)), 'a changed body does not');
  assert.ok(!verify(got.headers, got.body, hook.secret, Math.floor(clock.now().getTime() / 1000) + 600), 'a replay ten minutes later does not');
  assert.ok(!verify(got.headers, got.body, 'whsec_another', Math.floor(clock.now().getTime() / 1000)), 'another secret does not');
  const payload = JSON.parse(got.body);
  assert.deepEqual(Object.keys(payload), ['id', 'type', 'at', 'dossier', 'procedure', 'agency', 'fromStatus', 'toStatus', 'note']);
  assert.equal(payload.type, 'submit');
  assert.equal(payload.dossier, code);
  assert.deepEqual(payload.procedure, { code: '2.000815', version: 1 });
  assert.equal(payload.agency, AGENCY);
  assert.equal(payload.toStatus, 'submitted');
  assert.doesNotMatch(got.body, /Phạm Thị Dung|hoTen|secret/, 'no answers, no secrets');
  const [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.id, got.headers['x-motcua-delivery']);
  assert.equal(delivery.status, 'delivered');
  assert.equal(delivery.attempts, 1);
  assert.equal(delivery.lastStatus, 200);
  assert.deepEqual(delivery.event, { id: payload.id, type: 'submit' });
  assert.ok(delivery.deliveredAt);
  await poll();
  assert.equal((await deliveryLog(t, approver, AGENCY, hook.id)).length, 1, 'read once from the outbox, delivered once');
});

test('after a 500 the delivery is retried with backoff, with the same delivery id, until the receiver takes it', async () => {
  await setUp();
  receiver.reply = (n) => (n === 1 ? 500 : 200);
  const hook = await registerWebhook(t, approver, AGENCY, receiver.url);
  await fileDossier(t);
  await poll();
  const first = await receiver.next();
  let [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'pending');
  assert.equal(delivery.attempts, 1);
  assert.equal(delivery.lastStatus, 500);
  assert.equal(delivery.lastError.code, 'http-status');
  assert.equal(delivery.lastError.message, 'The receiver answered with an HTTP error status.');
  // 30 s after a first failure, jittered between half and all of it (the test's jitter is the middle).
  assert.equal(Date.parse(delivery.nextAttemptAt) - clock.now().getTime(), 22_500);
  clock.advance(22_499);
  await worker.idle();
  assert.equal(receiver.unread, 0, 'not before its time');
  clock.advanceTo(delivery.nextAttemptAt);
  const second = await receiver.next();
  await worker.idle();
  assert.equal(second.headers['x-motcua-delivery'], first.headers['x-motcua-delivery']);
  assert.equal(second.body, first.body, 'the same bytes');
  assert.ok(verify(second.headers, second.body, hook.secret, Math.floor(clock.now().getTime() / 1000)), 'signed again with a fresh timestamp');
  [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'delivered');
  assert.equal(delivery.attempts, 2);
  assert.equal(delivery.nextAttemptAt, null);
});

test('a receiver that does not answer in time is given up on for this attempt and tried again', async () => {
  await setUp();
  receiver.reply = (n) => (n === 1 ? 'hold' : 204);
  const hook = await registerWebhook(t, approver, AGENCY, receiver.url);
  await fileDossier(t);
  clock.advance(settings.pollMs);
  const held = await receiver.next();
  assert.equal((await deliveryLog(t, approver, AGENCY, hook.id))[0].status, 'sending');
  clock.advance(settings.timeoutMs);
  await worker.idle();
  held.answer(200);
  let [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'pending');
  assert.equal(delivery.lastError.code, 'timeout');
  assert.equal(delivery.lastStatus, null);
  clock.advanceTo(delivery.nextAttemptAt);
  await receiver.next();
  await worker.idle();
  [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'delivered');
  assert.equal(delivery.lastStatus, 204);
});

test('410 Gone disables the webhook: nothing more is sent until an approver enables it again', async () => {
  await setUp();
  receiver.reply = (n) => (n === 1 ? 410 : 200);
  const hook = await registerWebhook(t, approver, AGENCY, receiver.url);
  await fileDossier(t);
  await poll();
  await receiver.next();
  const { body: disabled } = await t.json(`/api/v1/admin/agencies/${AGENCY}/webhooks/${hook.id}`, { headers: approver });
  assert.equal(disabled.enabled, false);
  assert.equal(disabled.disabledReason, 'gone');
  const [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'failed');
  assert.equal(delivery.lastStatus, 410);
  await fileDossier(t);
  clock.advance(10 * 60_000);
  await worker.idle();
  assert.equal(receiver.unread, 0, 'nothing sent to a receiver that is gone');
  assert.equal((await deliveryLog(t, approver, AGENCY, hook.id)).length, 1);
  const enabled = await t.json(`/api/v1/admin/agencies/${AGENCY}/webhooks/${hook.id}`, { method: 'PATCH', headers: { ...approver, 'Content-Type': 'application/json' }, body: JSON.stringify({ enabled: true }) });
  assert.equal(enabled.body.enabled, true);
  assert.equal(enabled.body.disabledReason, null);
  const code = await fileDossier(t);
  await poll();
  assert.equal(JSON.parse((await receiver.next()).body).dossier, code);
});

test('after the last attempt a delivery is failed, and an approver can send it again', async () => {
  await setUp({ maxAttempts: 3, pollMs: 60_000 });
  receiver.reply = () => 503;
  const hook = await registerWebhook(t, approver, AGENCY, receiver.url);
  await fileDossier(t);
  await poll();
  const waits: number[] = [];
  for (let attempt = 1; attempt < 3; attempt++) {
    const [pending] = await deliveryLog(t, approver, AGENCY, hook.id);
    waits.push(Date.parse(pending.nextAttemptAt) - clock.now().getTime());
    clock.advanceTo(pending.nextAttemptAt);
    await worker.idle();
  }
  assert.deepEqual(waits, [22_500, 45_000], 'the wait doubles');
  let [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'failed');
  assert.equal(delivery.attempts, 3);
  assert.equal(delivery.nextAttemptAt, null);
  clock.advance(RETRY_CAP_MS);
  await worker.idle();
  assert.equal((await deliveryLog(t, approver, AGENCY, hook.id))[0].attempts, 3, 'no fourth attempt');
  const ids = new Set<unknown>();
  for (let i = 0; i < 3; i++) ids.add((await receiver.next()).headers['x-motcua-delivery']);
  receiver.reply = () => 200;
  const again = await t.json(`/api/v1/admin/agencies/${AGENCY}/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`, postJson({}, approver));
  assert.equal(again.status, 202);
  assert.equal(again.body.status, 'pending');
  assert.equal(again.body.attempts, 0);
  await poll();
  ids.add((await receiver.next()).headers['x-motcua-delivery']);
  assert.deepEqual([...ids], [delivery.id], 'one delivery id throughout');
  [delivery] = await deliveryLog(t, approver, AGENCY, hook.id);
  assert.equal(delivery.status, 'delivered');
  assert.equal(delivery.attempts, 1);
});

test('a webhook gets its own agency’s dossiers only, and only the event types it chose', async () => {
  await setUp();
  const other = await Receiver.start();
  try {
    const hoanKiem = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-hoan-kiem', stepRoles: ['approver'] }])).headers;
    const theirs = await registerWebhook(t, hoanKiem, 'phuong-hoan-kiem', other.url);
    const onlyReceipts = await registerWebhook(t, approver, AGENCY, receiver.url, ['receive']);
    const code = await fileDossier(t, AGENCY);
    await poll();
    assert.equal(other.unread, 0, 'another agency’s dossier is not sent to them');
    assert.equal(receiver.unread, 0, 'a submission is not a receipt');
    recordEvent(t.database.db, code, 'receive', 'submitted', 'received', clock.now(), 'Đủ hồ sơ');
    await poll();
    const got = JSON.parse((await receiver.next()).body);
    assert.deepEqual([got.type, got.dossier, got.fromStatus, got.toStatus, got.note], ['receive', code, 'submitted', 'received', 'Đủ hồ sơ']);
    const theirCode = await fileDossier(t, 'phuong-hoan-kiem');
    await poll();
    assert.equal(JSON.parse((await other.next()).body).dossier, theirCode);
    assert.equal((await deliveryLog(t, hoanKiem, 'phuong-hoan-kiem', theirs.id)).length, 1);
    assert.equal((await deliveryLog(t, approver, AGENCY, onlyReceipts.id)).length, 1);
  } finally {
    await other.close();
  }
});

test('a receiver that hangs holds one slot: another agency’s deliveries and new dossiers go on', async () => {
  await setUp({ concurrency: 2 });
  const fast = await Receiver.start();
  try {
    receiver.reply = () => 'hold';
    const slow = await registerWebhook(t, approver, AGENCY, receiver.url);
    const hoanKiem = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-hoan-kiem', stepRoles: ['approver'] }])).headers;
    const quick = await registerWebhook(t, hoanKiem, 'phuong-hoan-kiem', fast.url);
    for (let i = 0; i < 3; i++) await fileDossier(t, AGENCY);
    const theirs = await fileDossier(t, 'phuong-hoan-kiem');
    clock.advance(settings.pollMs);
    const held = await receiver.next();
    assert.equal(JSON.parse((await fast.next()).body).dossier, theirs);
    await worker.idle(quick.id);
    assert.equal((await deliveryLog(t, hoanKiem, 'phuong-hoan-kiem', quick.id))[0].status, 'delivered');
    assert.deepEqual((await deliveryLog(t, approver, AGENCY, slow.id)).map((d) => d.status).sort(), ['pending', 'pending', 'sending'], 'one attempt at a time per receiver');
    await fileDossier(t, AGENCY);
    const next = await fileDossier(t, 'phuong-hoan-kiem');
    clock.advance(settings.pollMs);
    assert.equal(JSON.parse((await fast.next()).body).dossier, next, 'delivered while the slow receiver still holds its request');
    await worker.idle(quick.id);
    assert.equal(receiver.unread, 0);
    held.answer(200);
  } finally {
    await fast.close();
  }
});

import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { test } from 'node:test';
import { createApp } from '../app.js';
import { openDatabase } from '../db/open-database.js';
import { signedIn } from '../test-support/officers.js';
import { FIXED_NOW, testApp } from '../test-support/test-app.js';
import { ManualClock } from './test-support/manual-clock.js';
import { Receiver } from './test-support/receiver.js';
import { deliveryLog, fileDossier, LOCAL_RECEIVERS, registerWebhook, workerFor } from './test-support/webhook-harness.js';

const AGENCY = 'phuong-ba-dinh';

test('deliveries waiting for a retry, cut short in flight, or not yet made when the server stops go out after it starts again on the same database', async () => {
  const t = await testApp({ env: LOCAL_RECEIVERS });
  const failing = await Receiver.start(() => 503);
  const hanging = await Receiver.start(() => 'hold');
  const errors: unknown[] = [];
  try {
    const { headers } = await signedIn(t, 'agency-officer', [{ agency: AGENCY, stepRoles: ['approver'] }]);
    const retried = await registerWebhook(t, headers, AGENCY, failing.url);
    const cut = await registerWebhook(t, headers, AGENCY, hanging.url);
    const clock = new ManualClock(FIXED_NOW);
    const worker = workerFor(t.database.db, t.config.webhooks, clock, errors);
    worker.start();
    const first = await fileDossier(t);
    clock.advance(t.config.webhooks.pollMs);
    const failed = await failing.next();
    const held = await hanging.next();
    await worker.idle(retried.id);
    // Shutdown: the attempt in flight is aborted; a dossier filed after the worker stopped is only in the outbox.
    await worker.stop();
    held.answer(200);
    const second = await fileDossier(t);
    t.database.close();

    const database = openDatabase(t.config.databasePath);
    const app = createApp({ db: database.db, config: t.config, now: () => FIXED_NOW });
    const again = { json: async (path: string, init?: RequestInit) => { const r = await app.request(path, init); return { status: r.status, body: await r.json(), headers: r.headers }; } };
    const before = await deliveryLog(again, headers, AGENCY, cut.id);
    assert.deepEqual(before.map((d) => [d.status, d.lastError?.code]), [['pending', 'stopped']]);
    failing.reply = () => 200;
    hanging.reply = () => 200;
    const later = new ManualClock(new Date(FIXED_NOW.getTime() + 3600_000));
    const restarted = workerFor(database.db, t.config.webhooks, later, errors);
    restarted.start();
    later.advance(0);
    const sent = [await failing.next(), await failing.next(), await hanging.next(), await hanging.next()];
    await restarted.idle();
    await restarted.stop();
    assert.deepEqual(sent.map((r) => JSON.parse(r.body).dossier).sort(), [first, first, second, second].sort());
    const retriedLog = await deliveryLog(again, headers, AGENCY, retried.id);
    assert.deepEqual(retriedLog.map((d) => [d.status, d.attempts]), [['delivered', 1], ['delivered', 2]]);
    assert.ok(sent.some((r) => r.headers['x-motcua-delivery'] === failed.headers['x-motcua-delivery']), 'the retried delivery keeps its id');
    const cutLog = await deliveryLog(again, headers, AGENCY, cut.id);
    assert.deepEqual(cutLog.map((d) => d.status), ['delivered', 'delivered']);
    assert.ok(sent.some((r) => r.headers['x-motcua-delivery'] === held.headers['x-motcua-delivery']), 'the cut attempt is sent again under its id: receivers drop the repeat');
    database.close();
    assert.deepEqual(errors, []);
  } finally {
    await failing.close();
    await hanging.close();
    rmSync(t.dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startServer } from '../crash/server-process.js';
import { CATALOGUE_DIR } from '../test-support/test-app.js';
import { Receiver } from './test-support/receiver.js';
import { deliveryLog, fileDossier, LOCAL_RECEIVERS, registerWebhook } from './test-support/webhook-harness.js';

/** Requests to a server process, shaped as the harness's helpers expect. */
function over(url: string) {
  return {
    async json(path: string, init?: RequestInit) {
      const response = await fetch(`${url}${path}`, init);
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
    },
  };
}

test('the server process killed while a delivery is in flight sends it again after it restarts, under the same delivery id', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-webhook-crash-'));
  const receiver = await Receiver.start((n) => (n === 1 ? 'hold' : 200));
  const env = { ...LOCAL_RECEIVERS, DATABASE_URL: join(dir, 'db.sqlite'), UPLOAD_DIR: join(dir, 'files'), CATALOGUE_DIR, RATE_LIMIT_PER_MINUTE: '0', ADMIN_EMAIL: 'admin@motcua.test', ADMIN_PASSWORD: 'mật khẩu quản trị 2026', WEBHOOK_POLL_MS: '50' };
  let server = await startServer(env, 120_000);
  try {
    const session = await fetch(`${server.url}/api/v1/admin/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }) });
    const headers = { Cookie: (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    const hook = await registerWebhook(over(server.url), headers, 'phuong-ba-dinh', receiver.url);
    const code = await fileDossier(over(server.url));
    const held = await receiver.next();
    await server.kill();
    held.answer(200);
    server = await startServer(env, 120_000);
    const again = await receiver.next();
    assert.equal(again.headers['x-motcua-delivery'], held.headers['x-motcua-delivery']);
    assert.equal(JSON.parse(again.body).dossier, code);
    // The receiver has answered; the server records the answer a moment later.
    let [delivery] = await deliveryLog(over(server.url), headers, 'phuong-ba-dinh', hook.id);
    while (delivery.status === 'sending') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      [delivery] = await deliveryLog(over(server.url), headers, 'phuong-ba-dinh', hook.id);
    }
    assert.equal(delivery.status, 'delivered');
    assert.equal(delivery.attempts, 2, 'the attempt cut by the crash counts');
    assert.equal(await server.stop(), 0, 'a clean stop with the worker running');
  } finally {
    await server.kill();
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../config/config.js';

test('webhook settings default to https, public receivers only, and each bad value is named', () => {
  const { webhooks } = loadConfig({}, '/srv/motcua');
  assert.deepEqual(webhooks, { allowHttp: false, allowPrivate: false, timeoutMs: 10_000, maxAttempts: 12, concurrency: 8, pollMs: 1000 });
  assert.throws(
    () => loadConfig({ WEBHOOK_ALLOW_HTTP: 'yes', WEBHOOK_MAX_ATTEMPTS: '0', WEBHOOK_TIMEOUT_MS: '10s' }, '/srv/motcua'),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.deepEqual(error.problems.map((p) => p.variable), ['WEBHOOK_ALLOW_HTTP', 'WEBHOOK_TIMEOUT_MS', 'WEBHOOK_MAX_ATTEMPTS']);
      assert.match(error.messageIn('en'), /WEBHOOK_MAX_ATTEMPTS="0": must be a whole number from 1 to 50/);
      return true;
    },
  );
});

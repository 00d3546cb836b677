import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { testApp } from '../test-support/test-app.js';
import { startBackgroundCheckpoint } from './background-checkpoint.js';

test('the WAL is checkpointed by the background worker, not by the writes', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const stop = startBackgroundCheckpoint(t.database, t.config.databasePath, 50);
    const { db } = t.database;
    db.run(sql`CREATE TABLE t (n INTEGER PRIMARY KEY, pad TEXT)`);
    for (let i = 0; i < 500; i += 1) db.run(sql`INSERT INTO t (n, pad) VALUES (${i}, ${'x'.repeat(2000)})`);
    assert.ok(statSync(`${t.config.databasePath}-wal`).size > 1_000_000, 'no automatic checkpoint during the writes');
    await stop();
    assert.equal(statSync(`${t.config.databasePath}-wal`).size, 0, 'checkpointed and truncated on stop');
    assert.deepEqual(t.database.sqlite.prepare('SELECT COUNT(*) AS n FROM t').get(), { n: 500 });
  } finally {
    t.close();
  }
});

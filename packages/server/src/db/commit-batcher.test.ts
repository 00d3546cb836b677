import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { testApp } from '../test-support/test-app.js';
import { CommitBatcher } from './commit-batcher.js';

test('concurrent writes commit together; one that fails rolls back alone and alone is refused', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const { db, sqlite } = t.database;
    db.run(sql`CREATE TABLE t (n INTEGER PRIMARY KEY)`);
    const batcher = new CommitBatcher(db);
    const writes = Array.from({ length: 50 }, (_, i) =>
      batcher.run(() => {
        if (i === 7) throw new Error('refused');
        db.run(sql`INSERT INTO t (n) VALUES (${i})`);
        return i;
      }),
    );
    const settled = await Promise.allSettled(writes);
    assert.equal(settled.filter((s) => s.status === 'fulfilled').length, 49);
    assert.equal((settled[7] as PromiseRejectedResult).reason.message, 'refused');
    assert.deepEqual(sqlite.prepare('SELECT COUNT(*) AS n FROM t').get(), { n: 49 });
  } finally {
    t.close();
  }
});

test('a write settles only after its transaction committed', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const { db, sqlite } = t.database;
    db.run(sql`CREATE TABLE t (n INTEGER PRIMARY KEY)`);
    const batcher = new CommitBatcher(db);
    await batcher.run(() => db.run(sql`INSERT INTO t (n) VALUES (1)`));
    assert.equal(sqlite.inTransaction, false);
    const other = new (sqlite.constructor as typeof import('better-sqlite3'))(t.config.databasePath, { readonly: true });
    try {
      assert.deepEqual(other.prepare('SELECT n FROM t').all(), [{ n: 1 }], 'visible to another connection');
    } finally {
      other.close();
    }
  } finally {
    t.close();
  }
});

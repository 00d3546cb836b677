import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DraftStore } from '../db/draft-store.js';
import { FileStore } from '../files/file-store.js';
import { FIXED_NOW, testApp } from '../test-support/test-app.js';
import { sweepOnStart } from './sweep.js';

test('a start removes half-written files and expired drafts, and keeps whole files and live drafts', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const files = new FileStore(t.config.uploadDir);
    const kept = files.put(new TextEncoder().encode('%PDF-1.4 whole'));
    writeFileSync(join(t.config.uploadDir, 'tmp', 'cut-off-by-sigkill'), 'half');
    const drafts = new DraftStore(t.database.db);
    const day = 86_400_000;
    drafts.put('a'.repeat(64), { procedureCode: 'x', body: '{}', createdAt: '', updatedAt: '', expiresAt: new Date(FIXED_NOW.getTime() - day).toISOString() });
    drafts.put('b'.repeat(64), { procedureCode: 'x', body: '{}', createdAt: '', updatedAt: '', expiresAt: new Date(FIXED_NOW.getTime() + day).toISOString() });
    assert.deepEqual(sweepOnStart(t.database.db, t.config, FIXED_NOW), { files: 1, drafts: 1 });
    assert.ok(files.has(kept));
    assert.ok(!existsSync(join(t.config.uploadDir, 'tmp', 'cut-off-by-sigkill')));
    assert.ok(drafts.get('b'.repeat(64)));
  } finally {
    t.close();
  }
});

import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DraftStore } from '../db/draft-store.js';
import { UploadStore } from '../db/upload-store.js';
import { FileStore } from '../files/file-store.js';
import { FIXED_NOW, testApp } from '../test-support/test-app.js';
import { sweepOnStart } from './sweep.js';

const DAY = 86_400_000;

test('a start removes what unfinished requests left, and keeps everything still in use', async () => {
  const t = await testApp({ catalogue: false });
  try {
    const files = new FileStore(t.config.uploadDir);
    const uploads = new UploadStore(t.database.db);
    const drafts = new DraftStore(t.database.db);
    const at = (days: number) => new Date(FIXED_NOW.getTime() + days * DAY).toISOString();
    const upload = async (id: string, text: string, createdAt: string) => {
      const sha256 = await files.put(new TextEncoder().encode(`%PDF-1.4 ${text}`));
      uploads.insert({ id, sha256, size: 10, mime: 'application/pdf', name: `${id}.pdf`, createdAt });
      return sha256;
    };
    const recent = await upload('00000000-0000-4000-8000-000000000001', 'recent', at(-1));
    const abandoned = await upload('00000000-0000-4000-8000-000000000002', 'abandoned', at(-40));
    const inDraft = await upload('00000000-0000-4000-8000-000000000003', 'in a draft', at(-40));
    const orphan = await files.put(new TextEncoder().encode('%PDF-1.4 written, then killed before its record'));
    writeFileSync(join(t.config.uploadDir, 'tmp', 'cut-off-by-sigkill'), 'half');
    drafts.put('a'.repeat(64), { procedureCode: 'x', body: '{}', createdAt: '', updatedAt: '', expiresAt: at(-1) });
    drafts.put('b'.repeat(64), { procedureCode: 'x', body: JSON.stringify({ documents: [{ document: 'd', uploads: ['00000000-0000-4000-8000-000000000003'] }] }), createdAt: '', updatedAt: '', expiresAt: at(1) });

    assert.deepEqual(sweepOnStart(t.database.db, t.config, FIXED_NOW), { files: 1, drafts: 1, uploads: 1, orphans: 2 });
    assert.ok(files.has(recent) && files.has(inDraft), 'files still in use stay');
    assert.ok(!files.has(abandoned) && !files.has(orphan));
    assert.ok(!existsSync(join(t.config.uploadDir, 'tmp', 'cut-off-by-sigkill')));
    assert.ok(drafts.get('b'.repeat(64)) && !drafts.get('a'.repeat(64)));
    assert.equal(uploads.get('00000000-0000-4000-8000-000000000002'), undefined);
  } finally {
    t.close();
  }
});

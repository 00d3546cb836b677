import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formWith, pdf } from '../test-support/sample-files.js';
import { FIXED_NOW, postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

const draft = { procedure: '2.000815', version: 1, agency: 'phuong-ba-dinh', answers: { hoTen: 'Lê Văn Cường' } };

test('a draft saved on one device is resumed with its code on another, until it expires', async () => {
  const saved = await t.json('/api/v1/drafts', postJson(draft));
  assert.equal(saved.status, 201);
  assert.match(saved.body.resumeCode, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.equal(saved.body.expiresAt, new Date(FIXED_NOW.getTime() + 30 * 86_400_000).toISOString());
  const resumed = await t.json(`/api/v1/drafts/${saved.body.resumeCode.toLowerCase().replace(/-/g, '')}`);
  assert.equal(resumed.status, 200, 'the code reads the same in lower case and without dashes');
  assert.deepEqual(resumed.body.draft, draft);
  t.setNow(new Date(FIXED_NOW.getTime() + 31 * 86_400_000));
  try {
    assert.equal((await t.json(`/api/v1/drafts/${saved.body.resumeCode}`)).status, 404, 'expired after 30 days');
  } finally {
    t.setNow(FIXED_NOW);
  }
});

test('saving again keeps the code and the uploads it holds', async () => {
  const { body: upload } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf('nháp'), 'ban-chinh.pdf') });
  const saved = await t.json('/api/v1/drafts', postJson(draft));
  const updated = await t.json(`/api/v1/drafts/${saved.body.resumeCode}`, { ...postJson({ ...draft, documents: [{ document: 'ban-chinh', uploads: [upload.id] }] }), method: 'PUT' });
  assert.equal(updated.status, 200);
  const resumed = await t.json(`/api/v1/drafts/${saved.body.resumeCode}`);
  assert.deepEqual(resumed.body.draft.documents, [{ document: 'ban-chinh', uploads: [upload.id] }]);
});

test('a draft cannot keep an upload that does not exist', async () => {
  const { status, body } = await t.json('/api/v1/drafts', postJson({ ...draft, documents: [{ document: 'ban-chinh', uploads: ['00000000-0000-4000-8000-000000000000'] }] }));
  assert.equal(status, 422);
  assert.equal(body.error.code, 'upload-unknown');
});

test('a wrong or forgotten code finds nothing; a malformed one is a 400', async () => {
  const saved = await t.json('/api/v1/drafts', postJson(draft));
  assert.equal((await t.request(`/api/v1/drafts/${saved.body.resumeCode}`, { method: 'DELETE' })).status, 204);
  assert.equal((await t.json(`/api/v1/drafts/${saved.body.resumeCode}`)).status, 404);
  assert.equal((await t.json('/api/v1/drafts/AAAA-BBBB-CCCC')).status, 404);
  assert.equal((await t.json('/api/v1/drafts/not-a-code')).status, 400);
  assert.equal((await t.json('/api/v1/drafts', postJson({ answers: {} }))).status, 400);
});

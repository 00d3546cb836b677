/**
 * Bodies and files beyond the configured limits, on an app with small ones
 * (BODY_LIMIT_BYTES 65536, UPLOAD_LIMIT_BYTES 8192): a 413, nothing stored.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { formWith, pdf, pdfOf } from '../test-support/sample-files.js';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { runTable, snapshot, type BadCase } from './harness.js';
import { COPY, json, makeCtx, oversized, raw, streamed, submitRaw, upload, type Ctx } from './requests.js';

let t: TestApp;
let ctx: Ctx;
before(async () => {
  t = await testApp({ env: { BODY_LIMIT_BYTES: '65536', UPLOAD_LIMIT_BYTES: '8192' } });
  ctx = await makeCtx(t);
});
after(() => t.close());

const bodyTooLarge = { status: 413, code: 'body-too-large' };
const fileTooLarge = { status: 413, code: 'file-too-large' };
const JUST_OVER = 65_536 + 1024;
const THREE_MB = 3 * 1024 * 1024;

const limitCases: BadCase[] = [
  { name: 'quote: a body just over BODY_LIMIT_BYTES', request: () => raw(`/api/v1/procedures/${COPY}/quote`, oversized(JUST_OVER)), expect: bodyTooLarge },
  { name: 'dossiers: a body just over BODY_LIMIT_BYTES', request: (x) => submitRaw(x, oversized(JUST_OVER)), expect: bodyTooLarge },
  { name: 'dossiers: a 3 MB body', request: (x) => submitRaw(x, oversized(THREE_MB)), expect: bodyTooLarge },
  { name: 'dossiers: a body just over the limit, streamed without Content-Length', request: (x) => ({ ...submitRaw(x, ''), body: streamed(oversized(JUST_OVER)), duplex: 'half' }), expect: bodyTooLarge },
  { name: 'dossiers: a valid submission padded with whitespace past the limit', request: async (x) => submitRaw(x, `${JSON.stringify(await x.copy())}${' '.repeat(JUST_OVER)}`), expect: bodyTooLarge },
  { name: 'drafts: a new draft just over the limit', request: () => raw('/api/v1/drafts', oversized(JUST_OVER).replace('{', `{"procedure":"${COPY}",`)), expect: bodyTooLarge },
  { name: 'drafts: a draft saved again just over the limit', request: (x) => raw(`/api/v1/drafts/${x.draft}`, oversized(JUST_OVER).replace('{', `{"procedure":"${COPY}",`), {}, 'PUT'), expect: bodyTooLarge },
  { name: 'uploads: a PDF one byte over UPLOAD_LIMIT_BYTES', request: () => upload(formWith(pdfOf(8193), 'big.pdf')), expect: fileTooLarge },
  { name: 'uploads: a 60 KB PDF (body within the framing allowance)', lang: 'en', request: () => upload(formWith(pdfOf(60_000), 'big.pdf')), expect: fileTooLarge },
  { name: 'uploads: a 100 KB PDF (body beyond the upload limit and its framing)', request: () => upload(formWith(pdfOf(100_000), 'big.pdf')), expect: bodyTooLarge },
  { name: 'uploads: a 3 MB PDF', request: () => upload(formWith(pdfOf(THREE_MB), 'scan.pdf')), expect: bodyTooLarge },
  {
    name: 'uploads: a 3 MB multipart body streamed without Content-Length',
    request: async () => {
      const request = new Request('http://x/', { method: 'POST', body: formWith(pdfOf(THREE_MB), 'scan.pdf') });
      const body = await request.text();
      return { path: '/api/v1/uploads', method: 'POST', headers: { 'Content-Type': request.headers.get('content-type')! }, body: streamed(body), duplex: 'half' };
    },
    expect: bodyTooLarge,
  },
  { name: 'uploads: a small file with a 100 KB text field', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: 'x'.repeat(100_000) })), expect: bodyTooLarge },
  { name: 'uploads: a file over the limit checked against a named document', request: () => upload(formWith(pdfOf(9000), 'ban-chinh.pdf', { procedure: COPY, version: '1', document: 'ban-chinh' })), expect: fileTooLarge },
];

runTable('bodies and files beyond the limits', limitCases, () => ctx);

test('at the limits exactly, a file and a body are accepted (so the cases above test the limits, not something else)', async () => {
  const counts = snapshot(t);
  const file = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdfOf(8192), 'exact.pdf') });
  assert.equal(file.status, 201, JSON.stringify(file.body));
  const draft = `{"procedure":"${COPY}","answers":{"ghiChu":"`;
  const exact = `${draft}${'a'.repeat(65_536 - draft.length - 3)}"}}`;
  assert.equal(Buffer.byteLength(exact), 65_536);
  const saved = await t.json('/api/v1/drafts', { ...json('/api/v1/drafts', null), body: exact });
  assert.equal(saved.status, 201, JSON.stringify(saved.body));
  assert.notDeepEqual(snapshot(t), counts);
});

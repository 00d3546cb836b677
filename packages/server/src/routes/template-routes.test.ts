import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { zip, text } from '../bad-input/requests.js';
import { sweepOnStart } from '../maintenance/sweep.js';
import { signedIn } from '../test-support/officers.js';
import { formWith, pdf, pdfOf, png } from '../test-support/sample-files.js';
import { FIXED_NOW, testApp, type TestApp } from '../test-support/test-app.js';

const TEMPLATES = '/api/v1/admin/templates';
const PUBLIC_URL = 'https://motcua.hanoi.gov.vn';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let t: TestApp;
let officer: Awaited<ReturnType<typeof signedIn>>;
/** The officer's session, sent as the builder sends it: from the server's own page. */
let asOfficer: Record<string, string>;

before(async () => {
  t = await testApp({ env: { PUBLIC_URL, UPLOAD_LIMIT_BYTES: '8192' } });
  officer = await signedIn(t, 'reform-officer');
  asOfficer = { ...officer.headers, Origin: PUBLIC_URL };
});
after(() => t.close());

async function uploadTemplate(bytes: Uint8Array, name: string, headers: Record<string, string> = asOfficer) {
  return t.json(TEMPLATES, { method: 'POST', body: formWith(bytes, name), headers });
}

/** The one value a query gives. */
const one = (sql: string, ...values: string[]) => Object.values(t.database.sqlite.prepare(sql).get(...values) as Record<string, unknown>)[0];

/** The path of a URL the server answered, to request it from the app in process. */
const pathOf = (url: string) => new URL(url).pathname;

describe('uploading a template', () => {
  test('a reform officer’s Word form is kept and answered with its public URL under the server’s PUBLIC_URL', async () => {
    const bytes = zip('word/document.xml', text('<w:document>Tờ khai CT01</w:document>'));
    const { status, body, headers } = await uploadTemplate(bytes, 'Tờ khai CT01.docx');
    assert.equal(status, 201, JSON.stringify(body));
    assert.deepEqual(Object.keys(body).sort(), ['id', 'mime', 'name', 'size', 'url']);
    assert.equal(body.name, 'Tờ khai CT01.docx');
    assert.equal(body.mime, DOCX);
    assert.equal(body.size, bytes.length);
    assert.equal(body.url, `${PUBLIC_URL}/api/v1/templates/${body.id}/T%E1%BB%9D%20khai%20CT01.docx`);
    assert.equal(headers.get('location'), body.url);
  });

  test('each upload writes one audit row naming the officer, the template and its bytes', async () => {
    const bytes = pdf('Mẫu đơn đề nghị');
    const { body } = await uploadTemplate(bytes, 'mau-don.pdf');
    const audit = (await t.json('/api/v1/admin/audit?limit=20', { headers: (await signedIn(t, 'admin')).headers })).body.items as { userId: string; action: string; target: string; details: unknown }[];
    const rows = audit.filter((row) => row.target === body.id);
    assert.deepEqual(rows, [{ at: FIXED_NOW.toISOString(), userId: officer.officer.id, action: 'template-upload', target: body.id, details: { name: 'mau-don.pdf', mime: 'application/pdf', size: bytes.length, sha256: sha256(bytes) } }]);
  });

  test('an admin may upload too; an OpenDocument form is recognised by its content', async () => {
    const admin = await signedIn(t, 'admin');
    const { status, body } = await uploadTemplate(zip('mimetype', text('application/vnd.oasis.opendocument.text')), 'don.odt', { ...admin.headers, Origin: PUBLIC_URL });
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.mime, 'application/vnd.oasis.opendocument.text');
  });

  test('a file with no extension is named by its content', async () => {
    const { body } = await uploadTemplate(pdf('không đuôi'), 'mau-so-01');
    assert.equal(body.name, 'mau-so-01.pdf');
    assert.match(body.url, /\/mau-so-01\.pdf$/);
  });
});

describe('downloading a template', () => {
  test('anyone gets the very bytes, as an attachment under the original name, cached for good', async () => {
    const bytes = pdf('Tờ khai đăng ký thường trú');
    const { body } = await uploadTemplate(bytes, 'Tờ khai "CT01" (mẫu).pdf');
    assert.equal(body.name, 'Tờ khai _CT01_ (mẫu).pdf');
    const response = await t.request(pathOf(body.url), { headers: { Origin: 'https://badinh.hanoi.gov.vn' } });
    assert.equal(response.status, 200);
    assert.deepEqual(new Uint8Array(await response.arrayBuffer()), bytes);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), `attachment; filename="To khai _CT01_ (mau).pdf"; filename*=UTF-8''T%E1%BB%9D%20khai%20_CT01_%20%28m%E1%BA%ABu%29.pdf`);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('etag'), `"${sha256(bytes)}"`);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'agencies’ pages may fetch it');
    assert.equal(response.headers.get('cross-origin-resource-policy'), 'cross-origin');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  });

  test('a cache revalidating with the ETag gets a 304 without the bytes', async () => {
    const { body } = await uploadTemplate(pdf('mẫu 304'), 'mau.pdf');
    const first = await t.request(pathOf(body.url));
    const etag = first.headers.get('etag') as string;
    const again = await t.request(pathOf(body.url), { headers: { 'If-None-Match': `"other", ${etag}` } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(again.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const changed = await t.request(pathOf(body.url), { headers: { 'If-None-Match': '"something-else"' } });
    assert.equal(changed.status, 200);
  });

  test('two templates of the same bytes keep their own names; the file is stored once', async () => {
    const bytes = pdf('dùng chung');
    const a = (await uploadTemplate(bytes, 'mau-a.pdf')).body;
    const b = (await uploadTemplate(bytes, 'mau-b.pdf')).body;
    assert.notEqual(a.id, b.id);
    assert.match((await t.request(pathOf(a.url))).headers.get('content-disposition') ?? '', /filename="mau-a\.pdf"/);
    assert.match((await t.request(pathOf(b.url))).headers.get('content-disposition') ?? '', /filename="mau-b\.pdf"/);
    assert.equal(one('SELECT COUNT(DISTINCT sha256) FROM document_templates WHERE id IN (?, ?)', a.id, b.id), 1);
  });

  test('an unknown id, or a known id under another name, is a 404 in the language asked', async () => {
    const { body } = await uploadTemplate(pdf('mẫu 404'), 'mau.pdf');
    for (const [path, lang, message] of [
      ['/api/v1/templates/00000000-0000-4000-8000-000000000000/mau.pdf', 'vi', /Không tìm thấy mẫu giấy tờ này/],
      ['/api/v1/templates/00000000-0000-4000-8000-000000000000/mau.pdf', 'en', /This document template was not found/],
      [`/api/v1/templates/${body.id}/khac.pdf`, 'en', /not found/],
    ] as const) {
      const refused = await t.json(path, { headers: { 'Accept-Language': lang } });
      assert.equal(refused.status, 404, path);
      assert.equal(refused.body.error.code, 'not-found');
      assert.match(refused.body.error.message, message);
    }
  });
});

describe('refusals', () => {
  const count = () => one('SELECT COUNT(*) FROM document_templates');

  test('no session, an agency officer, or the session from another site: nothing is kept', async () => {
    const stored = count();
    const anonymous = await uploadTemplate(pdf(), 'a.pdf', { Origin: PUBLIC_URL });
    assert.deepEqual([anonymous.status, anonymous.body.error.code], [401, 'unauthenticated']);
    const agency = await signedIn(t, 'agency-officer', [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver'] }]);
    const forbidden = await uploadTemplate(pdf(), 'a.pdf', { ...agency.headers, Origin: PUBLIC_URL });
    assert.deepEqual([forbidden.status, forbidden.body.error.code], [403, 'forbidden']);
    const crossSite = await uploadTemplate(pdf(), 'a.pdf', { ...officer.headers, Origin: 'https://evil.example' });
    assert.deepEqual([crossSite.status, crossSite.body.error.code], [403, 'origin-not-allowed']);
    assert.equal(count(), stored);
  });

  test('content that is no document, a renamed image and a file over the size limit are refused with their reasons', async () => {
    const stored = count();
    const html = await uploadTemplate(text('<html><script>alert(1)</script></html>'), 'mau.pdf', { ...asOfficer, 'Accept-Language': 'en' });
    assert.deepEqual([html.status, html.body.error.code], [422, 'file-type-unknown']);
    const renamed = await uploadTemplate(png(), 'mau.docx');
    assert.deepEqual([renamed.status, renamed.body.error.code], [422, 'file-name-mismatch']);
    const tooLarge = await uploadTemplate(pdfOf(9000), 'lon.pdf');
    assert.deepEqual([tooLarge.status, tooLarge.body.error.code], [413, 'file-too-large']);
    assert.equal(count(), stored);
  });
});

test('the start-up sweep keeps a template’s bytes, even when an abandoned upload of the same bytes is swept', async () => {
  const bytes = pdf('Mẫu tờ khai dùng lâu dài');
  const template = (await uploadTemplate(bytes, 'to-khai.pdf')).body;
  const citizen = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(bytes, 'ban-chup.pdf') });
  assert.equal(citizen.status, 201);
  assert.equal(citizen.body.sha256, sha256(bytes), 'the upload shares the template’s file');
  const swept = sweepOnStart(t.database.db, t.config, new Date(FIXED_NOW.getTime() + 400 * 86_400_000));
  assert.ok(swept.uploads >= 1, 'the abandoned upload is swept');
  assert.equal(one('SELECT COUNT(*) FROM uploads WHERE id = ?', citizen.body.id), 0);
  const download = await t.request(pathOf(template.url));
  assert.equal(download.status, 200);
  assert.deepEqual(new Uint8Array(await download.arrayBuffer()), bytes);
});

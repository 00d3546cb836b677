import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { acted, filePermit, officersOf, uploadPdf, type Headers } from '../../test-support/processing.js';
import { testApp, type TestApp } from '../../test-support/test-app.js';

describe('a dossier’s files, for the back office’s previews', () => {
  let t: TestApp;
  let officers: Awaited<ReturnType<typeof officersOf>>;
  let code: string;
  let scan: string;
  before(async () => {
    t = await testApp();
    officers = await officersOf(t);
    ({ code } = await filePermit(t));
    const { body } = await t.json(`/api/v1/admin/dossiers/${code}`, { headers: officers.receiver });
    scan = body.documents.find((d: { upload: { id: string } | null }) => d.upload !== null).upload.id;
  });
  after(() => t.close());

  const file = (upload: string, headers: Headers, dossier = code) => t.request(`/api/v1/admin/dossiers/${dossier}/files/${upload}`, { headers });

  test('an officer of the agency reads a document inline, with its checked type, framable by the server’s own pages alone', async () => {
    const response = await file(scan, officers.specialist);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-disposition'), "inline; filename*=UTF-8''scan.pdf");
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'self'/);
    assert.match(csp, /default-src 'none'/);
    assert.match(Buffer.from(await response.arrayBuffer()).toString('latin1'), /^%PDF-1\.4/);
    const other = await t.request(`/api/v1/admin/dossiers/${code}`, { headers: officers.specialist });
    assert.match(other.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, 'the rest of the API is framed by nobody');
  });

  test('another agency’s officer is refused, and a file the dossier does not hold is not found, whoever asks', async () => {
    const outsider = await t.json(`/api/v1/admin/dossiers/${code}/files/${scan}`, { headers: { ...officers.outsider, 'Accept-Language': 'en' } });
    assert.equal(outsider.status, 403);
    assert.equal(outsider.body.error.code, 'forbidden');
    const stray = await uploadPdf(t, 'stray.pdf');
    for (const upload of [stray, randomUUID()]) {
      const { status, body } = await t.json(`/api/v1/admin/dossiers/${code}/files/${upload}`, { headers: { ...officers.admin, 'Accept-Language': 'en' } });
      assert.equal(status, 404, upload);
      assert.equal(body.error.message, `A file “${upload}” of dossier “${code}” was not found.`);
    }
    const { status } = await t.json(`/api/v1/admin/dossiers/${code}/files/not-a-uuid`, { headers: officers.admin });
    assert.equal(status, 400);
    assert.equal((await file(scan, {})).status, 401, 'signed-out: no file');
  });

  test('the result returned online is readable too', async () => {
    const { code: returned } = await filePermit(t);
    await acted(t, returned, 'receive', officers.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
    await acted(t, returned, 'forward', officers.receiver);
    await acted(t, returned, 'forward', officers.specialist);
    await acted(t, returned, 'approve', officers.approver);
    const result = await uploadPdf(t, 'giay-phep.pdf');
    await acted(t, returned, 'return', officers.receiver, { method: 'online', resultFile: result });
    const response = await file(result, officers.receiver, returned);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-disposition'), "inline; filename*=UTF-8''giay-phep.pdf");
  });
});

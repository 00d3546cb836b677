import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { filePermit, officersOf } from '../test-support/processing.js';
import { testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
before(async () => {
  t = await testApp();
});
after(() => t.close());

test('a dossier’s file may be framed by the server’s own pages (the back office previews PDFs), the rest of the API by none', async () => {
  const officers = await officersOf(t);
  const { code } = await filePermit(t);
  const { body } = await t.json(`/api/v1/admin/dossiers/${code}`, { headers: officers.receiver });
  const scan = body.documents.find((d: { upload: { id: string } | null }) => d.upload !== null).upload.id as string;
  const file = await t.request(`/api/v1/admin/dossiers/${code}/files/${scan}`, { headers: officers.specialist });
  assert.equal(file.status, 200);
  assert.equal(file.headers.get('content-type'), 'application/pdf');
  assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
  const csp = file.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'self'/);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /script-src|unsafe/);
  for (const path of [`/api/v1/admin/dossiers/${code}`, `/api/v1/admin/dossiers/${code}/slip`, `/api/v1/admin/dossiers/${code}/files`]) {
    const response = await t.request(path, { headers: officers.specialist });
    assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/, path);
  }
});

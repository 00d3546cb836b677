/**
 * The bad-input corpus of document templates, against an app with a small upload limit
 * (UPLOAD_LIMIT_BYTES 8192) and one template already stored.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signedIn } from '../test-support/officers.js';
import { formWith, pdf } from '../test-support/sample-files.js';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { runTable } from './harness.js';
import { makeCtx, type Ctx } from './requests.js';
import { templateCases, type TemplateCtx } from './template-cases.js';

let t: TestApp;
let ctx: Ctx;
let p: TemplateCtx;

before(async () => {
  t = await testApp({ env: { UPLOAD_LIMIT_BYTES: '8192' } });
  ctx = await makeCtx(t);
  const origin = new URL(t.config.publicUrl).origin;
  const reform = (await signedIn(t, 'reform-officer')).headers;
  const agency = (await signedIn(t, 'agency-officer', [{ agency: 'phuong-ba-dinh', stepRoles: ['receiver', 'specialist', 'approver'] }])).headers;
  const stored = await t.json('/api/v1/admin/templates', { method: 'POST', body: formWith(pdf('Mẫu đơn'), 'Mẫu đơn đề nghị.pdf'), headers: { ...reform, Origin: origin } });
  assert.equal(stored.status, 201, JSON.stringify(stored.body));
  p = { origin, reform, agency, known: { id: stored.body.id, name: stored.body.name } };
});
after(() => t.close());

const cases = templateCases(() => p);
runTable('document templates', cases, () => ctx);

test('the template corpus holds at least 30 distinct cases', () => {
  assert.ok(cases.length >= 30, `${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
});

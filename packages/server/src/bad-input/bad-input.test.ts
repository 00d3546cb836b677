/**
 * The bad-input corpus against one app with the default limits: every case
 * gets its 4xx in the one error shape, in the language asked, with nothing
 * stored. Cases that need other limits or another catalogue are in
 * limits.test.ts and versions.test.ts; requests that look hostile but are
 * not bad input (a replay, a name to clean, markup in free text) are in
 * accepted.test.ts.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { testApp, type TestApp } from '../test-support/test-app.js';
import { runTable, type BadCase } from './harness.js';
import { draftCases, originCases } from './draft-origin-cases.js';
import { jsonCases } from './json-cases.js';
import { readCases } from './read-cases.js';
import { makeCtx, type Ctx } from './requests.js';
import { submissionCases } from './submission-cases.js';
import { uploadCases } from './upload-cases.js';

let t: TestApp;
let ctx: Ctx;
before(async () => {
  t = await testApp();
  ctx = await makeCtx(t);
});
after(() => t.close());

const tables: [string, BadCase[]][] = [
  ['malformed, mis-declared, deep and oversized bodies', jsonCases],
  ['POST /api/v1/procedures/{code}/dossiers', submissionCases],
  ['POST /api/v1/uploads', uploadCases],
  ['reading routes, unknown routes and wrong methods', readCases],
  ['/api/v1/drafts[/{resumeCode}]', draftCases],
  ['cross-site writes', originCases],
];
for (const [title, cases] of tables) runTable(title, cases, () => ctx);

test('the corpus holds at least 120 distinct cases, each with a 4xx', () => {
  const all = tables.flatMap(([title, cases]) => cases.map((c) => ({ ...c, name: `${title}: ${c.name}` })));
  assert.ok(all.length >= 120, `${all.length} cases`);
  assert.equal(new Set(all.map((c) => c.name)).size, all.length, 'names are distinct');
  assert.ok(all.every((c) => c.expect.status >= 400 && c.expect.status < 500));
});

/**
 * The bad-input corpus of dossier processing, against one app whose
 * dossiers stand in every state the cases need.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { acted, filePermit, officersOf, vn } from '../test-support/processing.js';
import { postJson, testApp, type TestApp } from '../test-support/test-app.js';
import { runTable } from './harness.js';
import { processingCases, type ProcessingCtx } from './processing-cases.js';
import { makeCtx, type Ctx } from './requests.js';

let t: TestApp;
let ctx: Ctx;
let p: ProcessingCtx;
const RECEIVE = { postedDocumentsReceived: ['giay-phep-da-cap'] };

before(async () => {
  t = await testApp({ now: vn('2026-03-02', '10:00') });
  ctx = await makeCtx(t);
  const officers = await officersOf(t);
  const admin = officers.admin;
  const walk = async (steps: [string, Record<string, unknown>][]) => {
    const filed = await filePermit(t);
    for (const [action, body] of steps) await acted(t, filed.code, action, admin, body);
    return filed;
  };
  const toResult: [string, Record<string, unknown>][] = [['receive', RECEIVE], ['forward', {}], ['forward', {}], ['approve', {}]];
  const rated = await walk([...toResult, ['return', { method: 'in-person' }]]);
  assert.equal((await t.json(`/api/v1/dossiers/${rated.code}/rating`, postJson({ rating: 'satisfied' }, { 'X-Dossier-Secret': rated.secret }))).status, 200);
  p = {
    officers,
    submitted: await walk([]),
    received: (await walk([['receive', RECEIVE]])).code,
    resultReady: (await walk(toResult)).code,
    returned: await walk([...toResult, ['return', { method: 'in-person' }]]),
    rated,
    awaiting: await walk([['receive', RECEIVE], ['request-supplement', { reason: 'Đơn chưa ký.', documents: ['don-de-nghi'] }]]),
  };
});
after(() => t.close());

const cases = processingCases(() => p);
runTable('dossier processing', cases, () => ctx);

test('the processing corpus holds at least 60 distinct cases', () => {
  assert.ok(cases.length >= 60, `${cases.length} cases`);
  assert.equal(new Set(cases.map((c) => c.name)).size, cases.length);
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before } from 'node:test';
import { PERMIT_ANSWERS } from '../bad-input/requests.js';
import { signedIn } from './officers.js';
import { formWith, pdf } from './sample-files.js';
import { postJson, testApp, type TestApp } from './test-app.js';

/** 1.013227, extending a construction permit at Ba Đình: 5 working days; receive → examine → sign → return. */
export const PERMIT = '1.013227';
export const AGENCY = 'phuong-ba-dinh';

export async function uploadPdf(t: TestApp, name = 'scan.pdf'): Promise<string> {
  const { status, body } = await t.json('/api/v1/uploads', { method: 'POST', body: formWith(pdf(`${name} ${randomUUID()}`), name) });
  assert.equal(status, 201, JSON.stringify(body));
  return body.id as string;
}

/** Files a permit extension online, its paper permit announced by post; returns the receipt's code and secret. */
export async function filePermit(t: TestApp, answers: Record<string, unknown> = {}): Promise<{ code: string; secret: string }> {
  const body = {
    version: 1,
    agency: AGENCY,
    channel: 'online',
    delivery: 'in-person',
    answers: { ...PERMIT_ANSWERS, ...answers },
    documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(t)] }, { document: 'giay-phep-da-cap', byPost: true }],
  };
  const { status, body: receipt } = await t.json(`/api/v1/procedures/${PERMIT}/dossiers`, postJson(body, { 'Idempotency-Key': `processing-${randomUUID()}` }));
  assert.equal(status, 201, JSON.stringify(receipt));
  return { code: receipt.code, secret: receipt.secret };
}

export type Headers = Record<string, string>;

/** A year-long bearer token, so the officer stays signed in while a test moves the clock by days. */
async function tokenOf(t: TestApp, officer: Promise<{ headers: Headers }>): Promise<Headers> {
  const { headers } = await officer;
  const { status, body } = await t.json('/api/v1/admin/tokens', postJson({ label: 'test', days: 365 }, headers));
  assert.equal(status, 201, JSON.stringify(body));
  return { Authorization: `Bearer ${body.token}` };
}

/** Ba Đình's officers, one per step role, an admin, an officer of Hoàn Kiếm and a reform officer. */
export async function officersOf(t: TestApp) {
  const member = (roles: ('receiver' | 'specialist' | 'approver')[], agency = AGENCY) => tokenOf(t, signedIn(t, 'agency-officer', [{ agency, stepRoles: roles }]));
  return {
    receiver: await member(['receiver']),
    specialist: await member(['specialist']),
    approver: await member(['approver']),
    admin: await tokenOf(t, signedIn(t, 'admin')),
    outsider: await member(['receiver', 'specialist', 'approver'], 'phuong-hoan-kiem'),
    reform: await tokenOf(t, signedIn(t, 'reform-officer')),
  };
}

export async function detail(t: TestApp, code: string, headers: Headers) {
  const response = await t.json(`/api/v1/admin/dossiers/${code}`, { headers });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
}

/** An officer's action on the revision they just read (If-Match), as the officers' app sends it. */
export async function act(t: TestApp, code: string, action: string, headers: Headers, body: Record<string, unknown> = {}) {
  const seen = await t.request(`/api/v1/admin/dossiers/${code}`, { headers });
  const etag = seen.headers.get('etag') ?? '"0"';
  return t.json(`/api/v1/admin/dossiers/${code}/${action}`, postJson(body, { ...headers, 'If-Match': etag }));
}

/** The same, asserting it was accepted. */
export async function acted(t: TestApp, code: string, action: string, headers: Headers, body: Record<string, unknown> = {}) {
  const response = await act(t, code, action, headers, body);
  assert.equal(response.status, 200, `${action}: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function citizenStatus(t: TestApp, code: string, secret: string) {
  const response = await t.json(`/api/v1/dossiers/${code}`, { headers: { 'X-Dossier-Secret': secret } });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
}

/** A Vietnam-local instant, for moving the test app's clock. */
export const vn = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`);

export type Officers = Awaited<ReturnType<typeof officersOf>>;

/** One app for a test file, its clock at 10:00 on Monday 2 March 2026, with Ba Đình's officers signed in. */
export function processingApp(): { readonly t: TestApp; readonly o: Officers } {
  const app = {} as { t: TestApp; o: Officers };
  before(async () => {
    app.t = await testApp({ now: vn('2026-03-02', '10:00') });
    app.o = await officersOf(app.t);
  });
  after(() => app.t.close());
  return app;
}

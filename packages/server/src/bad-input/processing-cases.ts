/**
 * Officers' actions, the inbox, the counter and the citizen's supplement,
 * rating and withdrawal, refused: bad bodies and parameters, missing or
 * stale If-Match, states, steps and roles that do not allow the action.
 */
import type { Headers } from '../test-support/processing.js';
import type { BadCase, Req } from './harness.js';
import { get, json, NO_SUCH_UPLOAD, PERMIT_ANSWERS } from './requests.js';

/** Dossiers brought to the states the cases need, and officers' headers. */
export interface ProcessingCtx {
  officers: Record<'receiver' | 'specialist' | 'approver' | 'admin' | 'reform', Headers>;
  submitted: { code: string; secret: string };
  received: string;
  resultReady: string;
  returned: { code: string; secret: string };
  rated: { code: string; secret: string };
  awaiting: { code: string; secret: string };
}

const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const unfit = (code: string) => ({ status: 422, code });
const conflict = { status: 409, code: 'transition-not-allowed' };
const notFound = { status: 404, code: 'not-found' };
const ADMIN = '/api/v1/admin';
const INBOX = `${ADMIN}/agencies/phuong-ba-dinh/dossiers`;
const INTAKE = `${ADMIN}/agencies/phuong-ba-dinh/procedures/1.013227/dossiers`;

export function processingCases(p: () => ProcessingCtx): BadCase[] {
  /** An officer's action with the dossier's current ETag unless `ifMatch` says otherwise. */
  const action = (of: (c: ProcessingCtx) => string, name: string, body: unknown, who: keyof ProcessingCtx['officers'] = 'admin', ifMatch?: string | null) => async (x: { t: { request(path: string, init?: RequestInit): Promise<Response> } }): Promise<Req> => {
    const code = of(p());
    const headers: Record<string, string> = { ...p().officers[who] };
    if (ifMatch === undefined) headers['If-Match'] = (await x.t.request(`${ADMIN}/dossiers/${code}`, { headers: p().officers.admin })).headers.get('etag') ?? '"0"';
    else if (ifMatch !== null) headers['If-Match'] = ifMatch;
    return json(`${ADMIN}/dossiers/${code}/${name}`, body, headers);
  };
  const citizen = (code: string, name: string, body: unknown, secret: string, extra: Record<string, string> = {}) => json(`/api/v1/dossiers/${code}/${name}`, body, { 'X-Dossier-Secret': secret, ...extra });
  const intake = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    json(INTAKE, { version: 1, channel: 'in-person', delivery: 'in-person', answers: PERMIT_ANSWERS, documents: [], applicant: { name: 'Lê Văn Cường' }, ...body }, { ...p().officers.receiver, 'Idempotency-Key': `bad-intake-${Math.random().toString(36).slice(2)}`, ...headers });

  return [
    // Who and which revision.
    { name: 'action: not signed in', request: () => json(`${ADMIN}/dossiers/${p().received}/forward`, {}, { 'If-Match': '"1"' }), expect: { status: 401, code: 'unauthenticated' } },
    { name: 'action: a reform officer', request: action((c) => c.submitted.code, 'receive', {}, 'reform'), expect: { status: 403, code: 'forbidden' } },
    { name: 'action: no If-Match', request: action((c) => c.submitted.code, 'receive', {}, 'receiver', null), expect: { status: 428, code: 'if-match-required' } },
    { name: 'action: a stale If-Match', request: action((c) => c.received, 'forward', {}, 'receiver', '"0"'), expect: { status: 412, code: 'dossier-changed' } },
    { name: 'action: an If-Match that is no revision', request: action((c) => c.received, 'forward', {}, 'receiver', '*'), expect: { status: 412, code: 'dossier-changed' } },
    { name: 'action: a dossier code that is a path', request: () => json(`${ADMIN}/dossiers/..%2Fetc/forward`, {}, { ...p().officers.admin, 'If-Match': '"1"' }), expect: invalid('/params/code') },
    { name: 'action: a dossier that does not exist', request: () => json(`${ADMIN}/dossiers/BADINH-2026-999999/forward`, {}, { ...p().officers.admin, 'If-Match': '"1"' }), expect: notFound },
    { name: 'action: an action that does not exist', request: () => json(`${ADMIN}/dossiers/${p().received}/sign`, {}, p().officers.admin), expect: notFound },
    // States, steps and roles.
    { name: 'approve: a dossier not yet received', request: action((c) => c.submitted.code, 'approve', {}), expect: conflict },
    { name: 'receive: a dossier already received', request: action((c) => c.received, 'receive', {}), expect: conflict },
    { name: 'return: a dossier still in process', request: action((c) => c.received, 'return', { method: 'in-person' }), expect: conflict },
    { name: 'extend: a returned dossier', request: action((c) => c.returned.code, 'extend', { days: 1, reason: 'Trễ.' }), expect: conflict },
    { name: 'approve: at reception, not the decision step', request: action((c) => c.received, 'approve', {}, 'admin', undefined), expect: conflict },
    { name: 'receive: by a specialist', request: action((c) => c.submitted.code, 'receive', {}, 'specialist'), expect: { status: 403, code: 'step-role-required' } },
    { name: 'return: by an approver', request: action((c) => c.resultReady, 'return', { method: 'in-person' }, 'approver'), expect: { status: 403, code: 'step-role-required' } },
    // Bodies.
    { name: 'forward: an unknown member', request: action((c) => c.received, 'forward', { priority: 'high' }), expect: invalid('/body/priority') },
    { name: 'forward: a step as a number', request: action((c) => c.received, 'forward', { toStep: 2 }), expect: invalid('/body/toStep') },
    { name: 'forward: a step the procedure lacks', request: action((c) => c.received, 'forward', { toStep: 'khong-co' }), expect: unfit('forward-target-invalid') },
    { name: 'forward: back to reception', request: action((c) => c.received, 'forward', { toStep: 'tiep-nhan' }), expect: unfit('forward-target-invalid') },
    { name: 'forward: an agency that does not exist', request: action((c) => c.received, 'forward', { toAgency: 'phuong-khong-co' }), expect: unfit('agency-invalid') },
    { name: 'forward: to the agency already holding it', request: action((c) => c.received, 'forward', { toAgency: 'phuong-ba-dinh' }), expect: unfit('agency-invalid') },
    { name: 'receive: posted documents as text', request: action((c) => c.submitted.code, 'receive', { postedDocumentsReceived: 'giay-phep-da-cap' }), expect: invalid('/body/postedDocumentsReceived') },
    { name: 'receive: the posted paper not arrived', request: action((c) => c.submitted.code, 'receive', {}), expect: unfit('posted-documents-missing') },
    { name: 'request-supplement: no reason', request: action((c) => c.received, 'request-supplement', { documents: ['don-de-nghi'] }), expect: invalid('/body/reason') },
    { name: 'request-supplement: an empty reason', request: action((c) => c.received, 'request-supplement', { reason: '', documents: ['don-de-nghi'] }), expect: invalid('/body/reason') },
    { name: 'request-supplement: nothing asked for', request: action((c) => c.received, 'request-supplement', { reason: 'Thiếu.' }), expect: unfit('supplement-empty') },
    { name: 'request-supplement: a field that is no JSON Pointer', request: action((c) => c.received, 'request-supplement', { reason: 'Sai.', fields: ['lyDoDeNghi'] }), expect: invalid('/body/fields/0') },
    { name: 'request-supplement: a document the procedure lacks', request: action((c) => c.received, 'request-supplement', { reason: 'Thiếu.', documents: ['so-do'] }), expect: unfit('document-unknown') },
    { name: 'extend: zero days', request: action((c) => c.received, 'extend', { days: 0, reason: 'Trễ.' }), expect: invalid('/body/days') },
    { name: 'extend: a year and a day', request: action((c) => c.received, 'extend', { days: 366, reason: 'Trễ.' }), expect: invalid('/body/days') },
    { name: 'extend: days as text', request: action((c) => c.received, 'extend', { days: '2', reason: 'Trễ.' }), expect: invalid('/body/days') },
    { name: 'extend: no reason', request: action((c) => c.received, 'extend', { days: 2 }), expect: invalid('/body/reason') },
    { name: 'reject: no reason', request: action((c) => c.received, 'reject', {}), expect: invalid('/body/reason') },
    { name: 'reject: a reason of 2,001 characters', request: action((c) => c.received, 'reject', { reason: 'a'.repeat(2001) }), expect: invalid('/body/reason') },
    { name: 'return: no method', request: action((c) => c.resultReady, 'return', {}), expect: invalid('/body/method') },
    { name: 'return: by fax', request: action((c) => c.resultReady, 'return', { method: 'fax' }), expect: invalid('/body/method') },
    { name: 'return: online without the result file', request: action((c) => c.resultReady, 'return', { method: 'online' }), expect: unfit('result-file-required') },
    { name: 'return: online with a file never uploaded', request: action((c) => c.resultReady, 'return', { method: 'online', resultFile: NO_SUCH_UPLOAD }), expect: unfit('upload-unknown') },
    { name: 'return: by post without a tracking number', request: action((c) => c.resultReady, 'return', { method: 'postal' }), expect: unfit('tracking-number-required') },
    { name: 'return: a tracking number with spaces', request: action((c) => c.resultReady, 'return', { method: 'postal', trackingNumber: 'EL 123' }), expect: invalid('/body/trackingNumber') },
    // The inbox, the detail and the slip.
    { name: 'inbox: dueWithin 61', request: () => get(`${INBOX}?dueWithin=61`, p().officers.receiver), expect: invalid('/query/dueWithin') },
    { name: 'inbox: overdue as maybe', request: () => get(`${INBOX}?overdue=maybe`, p().officers.receiver), expect: invalid('/query/overdue') },
    { name: 'inbox: sort by name', request: () => get(`${INBOX}?sort=name`, p().officers.receiver), expect: invalid('/query/sort') },
    { name: 'inbox: a search of 101 characters', request: () => get(`${INBOX}?q=${'a'.repeat(101)}`, p().officers.receiver), expect: invalid('/query/q') },
    { name: 'inbox: a step in capitals', request: () => get(`${INBOX}?step=XEM-XET`, p().officers.receiver), expect: invalid('/query/step') },
    { name: 'inbox: a status that does not exist', request: () => get(`${INBOX}?status=approved`, p().officers.receiver), expect: invalid('/query/status') },
    { name: 'inbox: an unknown parameter', request: () => get(`${INBOX}?assignee=me`, p().officers.receiver), expect: invalid('/query/assignee') },
    { name: 'file: an upload id that is a path', request: () => get(`${ADMIN}/dossiers/${p().received}/files/..%2F..%2Fetc%2Fpasswd`, p().officers.receiver), expect: invalid('/params/upload') },
    { name: 'file: an upload that is not the dossier’s', request: () => get(`${ADMIN}/dossiers/${p().received}/files/${NO_SUCH_UPLOAD}`, p().officers.receiver), expect: notFound },
    { name: 'slip: a dossier that does not exist', request: () => get(`${ADMIN}/dossiers/BADINH-2026-999999/slip`, p().officers.receiver), expect: notFound },
    // The counter.
    { name: 'intake: online is not the counter', request: () => intake({ channel: 'online' }), expect: invalid('/body/channel') },
    { name: 'intake: no applicant', request: () => intake({ applicant: undefined }), expect: invalid('/body/applicant') },
    { name: 'intake: an ID number with letters', request: () => intake({ applicant: { name: 'An', idNumber: '00108501234A' } }), expect: invalid('/body/applicant/idNumber') },
    { name: 'intake: an agency member sent in the body', request: () => intake({ agency: 'phuong-hoan-kiem' }), expect: invalid('/body/agency') },
    { name: 'intake: receive as text', request: () => intake({ receive: 'yes' }), expect: invalid('/body/receive') },
    { name: 'intake: no Idempotency-Key', request: () => json(INTAKE, { version: 1, channel: 'in-person', delivery: 'in-person', answers: PERMIT_ANSWERS, documents: [], applicant: { name: 'An' } }, p().officers.receiver), expect: { status: 400, code: 'idempotency-key-required' } },
    { name: 'intake: a procedure that does not exist', request: () => json(`${ADMIN}/agencies/phuong-ba-dinh/procedures/9.999999/dossiers`, { version: 1, channel: 'in-person', delivery: 'in-person', answers: {}, documents: [], applicant: { name: 'An' } }, { ...p().officers.receiver, 'Idempotency-Key': 'bad-intake-unknown-procedure' }), expect: notFound },
    { name: 'intake: by a specialist', request: () => intake({}, p().officers.specialist), expect: { status: 403, code: 'step-role-required' } },
    // The citizen.
    { name: 'supplement: a wrong secret', request: () => citizen(p().awaiting.code, 'supplement', { answers: {} }, 'wrong-secret'), expect: notFound },
    { name: 'supplement: none was asked for', request: () => citizen(p().submitted.code, 'supplement', { answers: {} }, p().submitted.secret), expect: conflict },
    { name: 'supplement: documents as an object', request: () => citizen(p().awaiting.code, 'supplement', { documents: { 'don-de-nghi': NO_SUCH_UPLOAD } }, p().awaiting.secret), expect: invalid('/body/documents') },
    { name: 'supplement: an upload never made', request: () => citizen(p().awaiting.code, 'supplement', { documents: [{ document: 'don-de-nghi', uploads: [NO_SUCH_UPLOAD] }] }, p().awaiting.secret), expect: unfit('upload-unknown') },
    { name: 'supplement: the document asked for missing', request: () => citizen(p().awaiting.code, 'supplement', { answers: {} }, p().awaiting.secret), expect: unfit('document-missing') },
    { name: 'supplement: answers as an array', request: () => citizen(p().awaiting.code, 'supplement', { answers: [] }, p().awaiting.secret), expect: invalid('/body/answers') },
    { name: 'supplement: from a site not registered', request: () => citizen(p().awaiting.code, 'supplement', { answers: {} }, p().awaiting.secret, { Origin: 'https://evil.example' }), expect: { status: 403, code: 'origin-not-allowed' } },
    { name: 'rating: a value outside the scale', request: () => citizen(p().returned.code, 'rating', { rating: 'excellent' }, p().returned.secret), expect: invalid('/body/rating') },
    { name: 'rating: a comment of 2,001 characters', request: () => citizen(p().returned.code, 'rating', { rating: 'satisfied', comment: 'a'.repeat(2001) }, p().returned.secret), expect: invalid('/body/comment') },
    { name: 'rating: before the result is returned', request: () => citizen(p().submitted.code, 'rating', { rating: 'satisfied' }, p().submitted.secret), expect: { status: 409, code: 'not-returned-yet' } },
    { name: 'rating: a second time', request: () => citizen(p().rated.code, 'rating', { rating: 'not-satisfied' }, p().rated.secret), expect: { status: 409, code: 'already-rated' } },
    { name: 'rating: a wrong secret', request: () => citizen(p().returned.code, 'rating', { rating: 'satisfied' }, 'wrong-secret'), expect: notFound },
    { name: 'withdraw: a dossier already received', request: () => citizen(p().awaiting.code, 'withdraw', {}, p().awaiting.secret), expect: conflict },
    { name: 'result: a dossier returned in person has no file', request: () => get(`/api/v1/dossiers/${p().returned.code}/result?secret=${p().returned.secret}`), expect: notFound },
    { name: 'result: an unknown query parameter', request: () => get(`/api/v1/dossiers/${p().returned.code}/result?file=../../etc/passwd`), expect: invalid('/query/file') },
  ];
}

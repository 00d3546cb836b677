/**
 * Every officer action against every state, and against every step role:
 * what the transition table allows is accepted, anything else is refused
 * with 409 (state or step) or 403 (role), and a refused action changes
 * nothing. Then the concurrency guard: If-Match.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DOSSIER_STATES, transitionFor, type DossierState } from '@motcua/core';
import { act, acted, detail, filePermit, processingApp, uploadPdf, type Headers } from '../test-support/processing.js';
import { postJson } from '../test-support/test-app.js';

const app = processingApp();

const RECEIVE = { postedDocumentsReceived: ['giay-phep-da-cap'] };

/** A fresh dossier brought by the admin to `state`; in process means at the signature step (ky). */
async function dossierIn(state: Exclude<DossierState, 'withdrawn'>): Promise<string> {
  const { code } = await filePermit(app.t);
  const path: Record<typeof state, [string, Record<string, unknown>][]> = {
    submitted: [],
    received: [['receive', RECEIVE]],
    'in-process': [['receive', RECEIVE], ['forward', {}], ['forward', {}]],
    'supplement-requested': [['receive', RECEIVE], ['request-supplement', { reason: 'Đơn chưa ký.', documents: ['don-de-nghi'] }]],
    'result-ready': [['receive', RECEIVE], ['forward', {}], ['forward', {}], ['approve', {}]],
    returned: [['receive', RECEIVE], ['forward', {}], ['forward', {}], ['approve', {}], ['return', { method: 'in-person' }]],
    rejected: [['reject', { reason: 'Không thuộc thẩm quyền.' }]],
  };
  for (const [action, body] of path[state]) await acted(app.t, code, action, app.o.admin, body);
  return code;
}

/** A valid body for each action, as the dossier in its state would take it. */
async function bodyFor(action: string): Promise<Record<string, unknown>> {
  switch (action) {
    case 'receive':
      return RECEIVE;
    case 'forward':
      return { toStep: 'xem-xet' };
    case 'request-supplement':
      return { reason: 'Thiếu bản chụp giấy phép.', documents: ['don-de-nghi'] };
    case 'supplement':
      return { documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(app.t)] }] };
    case 'extend':
      return { days: 1, reason: 'Cần xác minh thực địa.' };
    case 'reject':
      return { reason: 'Hồ sơ giả mạo.' };
    case 'return':
      return { method: 'in-person' };
    default:
      return {};
  }
}

const ACTIONS = ['receive', 'forward', 'request-supplement', 'supplement', 'extend', 'approve', 'reject', 'return'];
const STATES = DOSSIER_STATES.filter((s): s is Exclude<DossierState, 'withdrawn'> => s !== 'withdrawn');

describe('every action in every state (as an admin, who holds every role)', () => {
  for (const action of ACTIONS) {
    for (const state of STATES) {
      const allowed = transitionFor(action, state) !== undefined;
      test(`${action} in ${state}: ${allowed ? 'accepted' : '409'}`, async () => {
        const code = await dossierIn(state);
        const seen = await detail(app.t, code, app.o.admin);
        const response = await act(app.t, code, action, app.o.admin, await bodyFor(action));
        if (allowed) {
          assert.equal(response.status, 200, JSON.stringify(response.body));
          assert.equal(response.body.revision, seen.revision + 1);
        } else {
          assert.equal(response.status, 409, JSON.stringify(response.body));
          assert.equal(response.body.error.code, 'transition-not-allowed');
          assert.equal(response.body.error.details.status, state);
          const now = await detail(app.t, code, app.o.admin);
          assert.deepEqual([now.revision, now.status, now.history.length], [seen.revision, seen.status, seen.history.length]);
        }
      });
    }
  }
});

describe('every action by every step role, in a state that allows it', () => {
  // [action, state it is taken in, roles that may take it there]
  const cases: [string, Exclude<DossierState, 'withdrawn'>, string[]][] = [
    ['receive', 'submitted', ['receiver']],
    ['forward', 'received', ['receiver']],
    ['forward', 'in-process', ['approver']],
    ['request-supplement', 'received', ['receiver', 'specialist']],
    ['supplement', 'supplement-requested', ['receiver']],
    ['extend', 'received', ['specialist', 'approver']],
    ['approve', 'in-process', ['approver']],
    ['reject', 'submitted', ['receiver', 'approver']],
    ['return', 'result-ready', ['receiver']],
  ];
  for (const [action, state, may] of cases) {
    for (const role of ['receiver', 'specialist', 'approver'] as const) {
      const allowed = may.includes(role);
      test(`${action} in ${state} by a ${role}: ${allowed ? 'accepted' : '403'}`, async () => {
        const code = await dossierIn(state);
        const response = await act(app.t, code, action, app.o[role], await bodyFor(action));
        if (allowed) assert.equal(response.status, 200, JSON.stringify(response.body));
        else {
          assert.equal(response.status, 403, JSON.stringify(response.body));
          assert.equal(response.body.error.code, 'step-role-required');
          assert.deepEqual(response.body.error.details.held, [role]);
        }
      });
    }
  }

  test('an officer of another agency and a reform officer may do nothing', async () => {
    const code = await dossierIn('submitted');
    const outsider = await act(app.t, code, 'receive', app.o.outsider, RECEIVE);
    assert.deepEqual([outsider.status, outsider.body.error.code], [403, 'forbidden']);
    const reform = await act(app.t, code, 'receive', app.o.reform, RECEIVE);
    assert.deepEqual([reform.status, reform.body.error.code], [403, 'forbidden']);
  });

  test('approving at the specialist’s step is a wrong step (409), even for the approver', async () => {
    const code = await dossierIn('received');
    await acted(app.t, code, 'forward', app.o.receiver);
    const response = await act(app.t, code, 'approve', app.o.approver);
    assert.deepEqual([response.status, response.body.error.code, response.body.error.details.step], [409, 'wrong-step', 'xem-xet']);
  });

  test('the specialist may not forward a dossier still at reception (the receiver’s step)', async () => {
    const code = await dossierIn('received');
    const response = await act(app.t, code, 'forward', app.o.specialist);
    assert.deepEqual([response.status, response.body.error.details.needed], [403, ['receiver']]);
  });
});

describe('two officers on one dossier: If-Match', () => {
  const post = (code: string, action: string, headers: Headers, body: unknown) => app.t.json(`/api/v1/admin/dossiers/${code}/${action}`, postJson(body, headers));

  test('without If-Match the action is refused with 428 and the revision to send', async () => {
    const code = await dossierIn('submitted');
    const response = await post(code, 'receive', app.o.receiver, RECEIVE);
    assert.deepEqual([response.status, response.body.error.code, response.body.error.details.revision], [428, 'if-match-required', 0]);
  });

  test('the second of two officers acting on the revision they both read gets 412 with where the dossier stands now', async () => {
    const code = await dossierIn('received');
    const etag = (await app.t.request(`/api/v1/admin/dossiers/${code}`, { headers: app.o.admin })).headers.get('etag') as string;
    assert.equal(etag, '"1"');
    const [first, second] = await Promise.all([
      post(code, 'request-supplement', { ...app.o.receiver, 'If-Match': etag }, { reason: 'Thiếu đơn.', documents: ['don-de-nghi'] }),
      post(code, 'forward', { ...app.o.receiver, 'If-Match': etag }, {}),
    ]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual([second.status, second.body.error.code, second.body.error.details], [412, 'dossier-changed', { revision: 2, status: 'supplement-requested' }]);
    assert.equal(first.headers.get('etag'), '"2"');
    const history = (await detail(app.t, code, app.o.admin)).history.map((e: any) => e.action);
    assert.deepEqual(history, ['submit', 'receive', 'request-supplement'], 'one action, one event');
  });

  test('an If-Match that names no revision is a stale one (412)', async () => {
    const code = await dossierIn('submitted');
    const response = await post(code, 'receive', { ...app.o.receiver, 'If-Match': '"abc"' }, RECEIVE);
    assert.equal(response.status, 412);
  });
});

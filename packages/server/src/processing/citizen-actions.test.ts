import assert from 'node:assert/strict';
import { test } from 'node:test';
import { act, acted, citizenStatus, filePermit, processingApp } from '../test-support/processing.js';
import { postJson } from '../test-support/test-app.js';

const app = processingApp();

const rate = (code: string, secret: string, body: unknown) => app.t.json(`/api/v1/dossiers/${code}/rating`, postJson(body, { 'X-Dossier-Secret': secret }));

test('the citizen rates a returned dossier once; before the return and a second time are 409', async () => {
  const { code, secret } = await filePermit(app.t);
  assert.deepEqual((await rate(code, secret, { rating: 'satisfied' })).body.error.code, 'not-returned-yet');
  for (const [action, body] of [['receive', { postedDocumentsReceived: ['giay-phep-da-cap'] }], ['forward', {}], ['forward', {}], ['approve', {}], ['return', { method: 'in-person' }]] as const) {
    await acted(app.t, code, action, app.o.admin, body);
  }
  assert.equal((await citizenStatus(app.t, code, secret)).canRate, true);
  assert.equal((await rate(code, 'not-the-secret', { rating: 'satisfied' })).status, 404);
  assert.equal((await rate(code, secret, { rating: 'excellent' })).status, 400);
  const rated = await rate(code, secret, { rating: 'acceptable', comment: 'Cán bộ nhiệt tình, nhưng phải chờ lâu.' });
  assert.equal(rated.status, 200, JSON.stringify(rated.body));
  assert.deepEqual([rated.body.rating.value, rated.body.rating.comment, rated.body.canRate], ['acceptable', 'Cán bộ nhiệt tình, nhưng phải chờ lâu.', false]);
  const again = await rate(code, secret, { rating: 'satisfied' });
  assert.deepEqual([again.status, again.body.error.code], [409, 'already-rated']);
  assert.equal((await citizenStatus(app.t, code, secret)).rating.value, 'acceptable', 'the first rating stands');
  const events = app.t.database.sqlite.prepare("SELECT action, to_status FROM dossier_events WHERE dossier_code = ? AND action = 'rate'").all(code);
  assert.deepEqual(events, [{ action: 'rate', to_status: 'returned' }], 'one event, for the outbox');
});

test('a dossier not yet received can be withdrawn by the citizen, and then by no one acted upon', async () => {
  const { code, secret } = await filePermit(app.t);
  const withdrawn = await app.t.json(`/api/v1/dossiers/${code}/withdraw?secret=${secret}`, postJson({ reason: 'Nộp nhầm thủ tục.' }));
  assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
  assert.equal(withdrawn.body.status, 'withdrawn');
  const again = await app.t.json(`/api/v1/dossiers/${code}/withdraw?secret=${secret}`, postJson({}));
  assert.deepEqual([again.status, again.body.error.code], [409, 'transition-not-allowed']);
});

test('a citizen cannot withdraw a dossier once it is received', async () => {
  const { code, secret } = await filePermit(app.t);
  await acted(app.t, code, 'receive', app.o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
  const refused = await app.t.json(`/api/v1/dossiers/${code}/withdraw`, postJson({}, { 'X-Dossier-Secret': secret }));
  assert.deepEqual([refused.status, refused.body.error.code, refused.body.error.details.allowedFrom], [409, 'transition-not-allowed', ['submitted']]);
});

test('receiving needs the papers announced by post, so an incomplete dossier is not received by mistake', async () => {
  const { code } = await filePermit(app.t);
  const missing = await act(app.t, code, 'receive', app.o.receiver, {});
  assert.deepEqual([missing.status, missing.body.error.code, missing.body.error.details.documents], [422, 'posted-documents-missing', ['giay-phep-da-cap']]);
  const stray = await act(app.t, code, 'receive', app.o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap', 'don-de-nghi'] });
  assert.deepEqual([stray.status, stray.body.error.code], [422, 'document-not-posted']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PERMIT_ANSWERS } from '../bad-input/requests.js';
import { detail, type Headers, PERMIT, processingApp, uploadPdf, vn } from '../test-support/processing.js';
import { postJson } from '../test-support/test-app.js';

const app = processingApp();

const INTAKE = `/api/v1/admin/agencies/phuong-ba-dinh/procedures/${PERMIT}/dossiers`;

async function walkIn(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    channel: 'in-person',
    delivery: 'in-person',
    answers: { ...PERMIT_ANSWERS, tenChuDauTu: 'Lê Văn Cường' },
    documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(app.t, 'don-scan.pdf')] }, { document: 'giay-phep-da-cap', uploads: [await uploadPdf(app.t, 'giay-phep-scan.pdf')] }],
    applicant: { name: 'Lê Văn Cường', idNumber: '001085012345', phone: '0912345678' },
    receive: true,
    ...overrides,
  };
}

const file = (body: unknown, headers: Headers, key: string) => app.t.json(INTAKE, postJson(body, { ...headers, 'Idempotency-Key': key }));

test('a walk-in dossier is filed and received at once, with the receipt and appointment slip to print', async () => {
  const body = await walkIn();
  const filed = await file(body, app.o.receiver, 'counter-0000001');
  assert.equal(filed.status, 201, JSON.stringify(filed.body));
  const { receipt, slip } = filed.body;
  assert.match(receipt.code, /^BADINH-2026-\d{6}$/);
  assert.equal(slip.title.vi, 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
  assert.equal(slip.code, receipt.code);
  assert.deepEqual(slip.applicant, { name: 'Lê Văn Cường', idNumber: '001085012345', phone: '0912345678' });
  assert.equal(slip.procedure.code, PERMIT);
  assert.deepEqual(slip.documents.map((d: any) => [d.id, d.files, d.byPost]), [['don-de-nghi', 1, false], ['giay-phep-da-cap', 1, false]]);
  assert.equal(slip.fee.total, receipt.fee.total);
  assert.equal(slip.appointmentDate, '2026-03-09', 'received at once: the due date of 5 working days');
  assert.equal(slip.officer, 'agency-officer');
  assert.equal(slip.status, 'received');

  const row = await detail(app.t, receipt.code, app.o.receiver);
  assert.deepEqual([row.status, row.channel, row.applicantName, row.receivedAt], ['received', 'in-person', 'Lê Văn Cường', vn('2026-03-02', '10:00').toISOString()]);
  assert.deepEqual(row.history.map((e: any) => [e.action, e.actorRole, e.actorName]), [['submit', 'receiver', 'agency-officer'], ['receive', 'receiver', 'agency-officer']]);
  assert.equal(row.history[0].details.counter, true);

  const again = await file(body, app.o.receiver, 'counter-0000001');
  assert.deepEqual([again.status, again.headers.get('idempotent-replayed'), again.body.receipt.code], [201, 'true', receipt.code], 'a double click files once');
  const reprint = await app.t.json(`/api/v1/admin/dossiers/${receipt.code}/slip`, { headers: app.o.receiver });
  assert.deepEqual(reprint.body, slip, 'the slip prints again the same');
});

test('a posted dossier filed without receiving it waits with its promised date, and the slip says so', async () => {
  const filed = await file(await walkIn({ channel: 'postal', receive: false }), app.o.receiver, 'counter-0000002');
  assert.equal(filed.status, 201, JSON.stringify(filed.body));
  assert.deepEqual([filed.body.slip.status, filed.body.slip.channel, filed.body.slip.receivedAt], ['submitted', 'postal', null]);
  assert.equal(filed.body.slip.appointmentDate, filed.body.receipt.expectedDate);
});

test('the counter files only in person or by post, only for its own agency, only as a receiver, and refuses a dossier it cannot receive whole', async () => {
  const online = await file(await walkIn({ channel: 'online' }), app.o.receiver, 'counter-0000003');
  assert.deepEqual([online.status, online.body.error.details.errors[0].path], [400, '/body/channel']);
  const noName = await file({ ...(await walkIn()), applicant: {} }, app.o.receiver, 'counter-0000004');
  assert.deepEqual([noName.status, noName.body.error.details.errors[0].path], [400, '/body/applicant/name']);
  const specialist = await file(await walkIn(), app.o.specialist, 'counter-0000005');
  assert.deepEqual([specialist.status, specialist.body.error.code], [403, 'step-role-required']);
  const outsider = await file(await walkIn(), app.o.outsider, 'counter-0000006');
  assert.deepEqual([outsider.status, outsider.body.error.code], [403, 'forbidden']);
  const noKey = await app.t.json(INTAKE, postJson(await walkIn(), app.o.receiver));
  assert.deepEqual([noKey.status, noKey.body.error.code], [400, 'idempotency-key-required']);
  const count = app.t.database.sqlite.prepare('SELECT COUNT(*) AS n FROM dossiers').get() as { n: number };
  const paperMissing = await file(await walkIn({ documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(app.t)] }, { document: 'giay-phep-da-cap', byPost: true }] }), app.o.receiver, 'counter-0000007');
  assert.deepEqual([paperMissing.status, paperMissing.body.error.code], [422, 'posted-documents-missing']);
  assert.deepEqual(app.t.database.sqlite.prepare('SELECT COUNT(*) AS n FROM dossiers').get(), count, 'filing and receipt are one transaction: neither is kept');
});

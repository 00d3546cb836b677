/**
 * The clock on the national calendar, in March 2026 (no day off but
 * weekends): 1.013227 gives 5 working days, so a dossier received on
 * Monday 2 March at 10:00 is due on Monday 9 March at 17:00.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { act, acted, citizenStatus, detail, filePermit, officersOf, uploadPdf, vn } from '../test-support/processing.js';
import { postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let o: Awaited<ReturnType<typeof officersOf>>;
before(async () => {
  t = await testApp({ now: vn('2026-03-02', '10:00') });
  o = await officersOf(t);
});
beforeEach(() => t.setNow(vn('2026-03-02', '10:00')));
after(() => t.close());

const RECEIVE = { postedDocumentsReceived: ['giay-phep-da-cap'] };

async function receivedPermit() {
  const filed = await filePermit(t);
  await acted(t, filed.code, 'receive', o.receiver, RECEIVE);
  return filed;
}

async function toResultReady(code: string) {
  await acted(t, code, 'forward', o.receiver);
  await acted(t, code, 'forward', o.specialist);
  await acted(t, code, 'approve', o.approver);
}

describe('a supplement pauses the clock and its answer resumes it', () => {
  test('the citizen sees what is missing, answers with a document and a corrected answer, and the due date moves by the two working days paused', async () => {
    const { code, secret } = await receivedPermit();
    await acted(t, code, 'forward', o.receiver);
    t.setNow(vn('2026-03-04', '09:00'));
    const requested = await acted(t, code, 'request-supplement', o.specialist, { reason: 'Đơn đề nghị chưa có chữ ký; lý do gia hạn chưa rõ.', documents: ['don-de-nghi'], fields: ['/lyDoDeNghi'] });
    assert.deepEqual([requested.status, requested.paused, requested.dueAt], ['supplement-requested', true, null]);

    const asked = await citizenStatus(t, code, secret);
    assert.equal(asked.supplement.reason, 'Đơn đề nghị chưa có chữ ký; lý do gia hạn chưa rõ.');
    assert.deepEqual(asked.supplement.documents.map((d: any) => [d.id, typeof d.name.vi]), [['don-de-nghi', 'string']]);
    assert.deepEqual(asked.supplement.documents[0].accept.includes('application/pdf'), true);
    assert.equal(asked.supplement.fields[0].pointer, '/lyDoDeNghi');
    assert.ok(asked.supplement.fields[0].label.vi.length > 0, 'the field is named as the form names it');
    assert.equal(asked.clock.paused, true);
    assert.equal(asked.clock.workingDaysLeft, 3, 'frozen at what was left on Wednesday morning');
    assert.equal(asked.history.at(-1).note, 'Đơn đề nghị chưa có chữ ký; lý do gia hạn chưa rõ.');

    t.setNow(vn('2026-03-06', '10:00'));
    const answer = (body: unknown) => t.json(`/api/v1/dossiers/${code}/supplement`, postJson(body, { 'X-Dossier-Secret': secret }));
    const withoutField = await answer({ documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(t)] }] });
    assert.deepEqual([withoutField.status, withoutField.body.error.code, withoutField.body.error.details.fields], [422, 'supplement-incomplete', ['lyDoDeNghi']]);
    const withoutDocument = await answer({ answers: { lyDoDeNghi: 'Mưa kéo dài, chưa thi công được.' } });
    assert.deepEqual([withoutDocument.status, withoutDocument.body.error.code], [422, 'document-missing']);
    const invalid = await answer({ documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(t)] }], answers: { lyDoDeNghi: 42 } });
    assert.deepEqual([invalid.status, invalid.body.error.code, invalid.body.error.details.errors[0].path], [422, 'answers-invalid', '/answers/lyDoDeNghi']);
    assert.equal((await answer({ answers: {} })).status, 422);

    const upload = await uploadPdf(t, 'don-co-chu-ky.pdf');
    const answered = await answer({ documents: [{ document: 'don-de-nghi', uploads: [upload] }], answers: { lyDoDeNghi: 'Mưa kéo dài, chưa thi công được.' } });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'in-process', 'back where the request interrupted it');
    assert.equal(answered.body.dueAt, vn('2026-03-11', '17:00').toISOString(), 'Wednesday and Thursday did not count');
    assert.equal(answered.body.supplement, null);

    const full = await detail(t, code, o.specialist);
    assert.equal(full.answers.lyDoDeNghi, 'Mưa kéo dài, chưa thi công được.');
    assert.ok(full.documents.some((d: any) => d.uploadId === upload && d.supplementId === full.supplements[0].id));
    assert.equal(full.supplements[0].answeredAt, vn('2026-03-06', '10:00').toISOString());
    assert.deepEqual(full.history.at(-1).details.answers, ['lyDoDeNghi']);
    assert.equal(full.history.at(-1).actor, 'citizen');
    assert.equal((await answer({ answers: {} })).status, 409, 'nothing is awaited any more');
  });

  test('a supplement asked for before receipt stops no clock: the due date is fixed only at receipt', async () => {
    const { code } = await filePermit(t);
    await acted(t, code, 'request-supplement', o.receiver, { reason: 'Thiếu bản chụp.', documents: ['don-de-nghi'] });
    t.setNow(vn('2026-03-03', '09:00'));
    const answered = await acted(t, code, 'supplement', o.receiver, { documents: [{ document: 'don-de-nghi', uploads: [await uploadPdf(t)] }], note: 'Công dân nộp bổ sung tại quầy.' });
    assert.deepEqual([answered.status, answered.dueAt], ['submitted', null]);
    const received = await acted(t, code, 'receive', o.receiver, RECEIVE);
    assert.equal(received.dueAt, vn('2026-03-10', '17:00').toISOString());
  });

  test('a supplement request naming nothing the procedure has is refused', async () => {
    const { code } = await receivedPermit();
    const unknownDocument = await act(t, code, 'request-supplement', o.receiver, { reason: 'x', documents: ['so-do'] });
    assert.deepEqual([unknownDocument.status, unknownDocument.body.error.code], [422, 'document-unknown']);
    const unknownField = await act(t, code, 'request-supplement', o.receiver, { reason: 'x', fields: ['/khongCo'] });
    assert.deepEqual([unknownField.status, unknownField.body.error.code], [422, 'field-unknown']);
  });
});

describe('extensions and late completion', () => {
  test('an extension moves the due date by its working days and writes an apology with the old and new dates', async () => {
    const { code, secret } = await receivedPermit();
    const extended = await acted(t, code, 'extend', o.specialist, { days: 2, reason: 'Cần xác minh hiện trạng công trình.' });
    assert.equal(extended.dueAt, vn('2026-03-11', '17:00').toISOString());
    const seen = await citizenStatus(t, code, secret);
    assert.equal(seen.apologies.length, 1);
    const [apology] = seen.apologies;
    assert.deepEqual([apology.kind, apology.oldDate, apology.newDate, apology.reason], ['extension', '2026-03-09', '2026-03-11', 'Cần xác minh hiện trạng công trình.']);
    for (const part of [code, '09/03/2026', '11/03/2026', 'Trần Thị Bình', 'Cần xác minh hiện trạng công trình.']) assert.ok(apology.text.vi.includes(part), part);
    assert.match(apology.text.en, /9 March 2026.*\n.*\n.*11 March 2026/s);
    const clock = (await detail(t, code, o.admin)).clock;
    assert.deepEqual([clock.dueAt, clock.legalDueAt, clock.extensionDays], [vn('2026-03-11', '17:00').toISOString(), vn('2026-03-09', '17:00').toISOString(), 2]);
  });

  test('past its due date a dossier is returned only with a reason for the delay; the citizen gets the apology and the dossier is late', async () => {
    const { code, secret } = await receivedPermit();
    await toResultReady(code);
    t.setNow(vn('2026-03-10', '09:00'));
    const overdue = (await detail(t, code, o.receiver)).clock;
    assert.deepEqual([overdue.overdue, overdue.workingDaysLeft], [true, -1]);
    const refused = await act(t, code, 'return', o.receiver, { method: 'in-person' });
    assert.deepEqual([refused.status, refused.body.error.code], [422, 'late-reason-required']);
    assert.equal((await detail(t, code, o.receiver)).status, 'result-ready', 'nothing changed');
    const returned = await acted(t, code, 'return', o.receiver, { method: 'in-person', lateReason: 'Cán bộ thẩm định nghỉ ốm.' });
    assert.deepEqual([returned.status, returned.timeliness], ['returned', 'late']);
    const [apology] = (await citizenStatus(t, code, secret)).apologies;
    assert.deepEqual([apology.kind, apology.oldDate, apology.newDate], ['late-completion', '2026-03-09', '2026-03-10']);
    assert.match(apology.text.vi, /Cán bộ thẩm định nghỉ ốm\./);
  });

  test('a rejection past the due date also needs the reason for the delay', async () => {
    const { code } = await receivedPermit();
    t.setNow(vn('2026-03-12', '09:00'));
    assert.equal((await act(t, code, 'reject', o.approver, { reason: 'Không đủ điều kiện.' })).body.error.code, 'late-reason-required');
    const rejected = await acted(t, code, 'reject', o.approver, { reason: 'Không đủ điều kiện.', lateReason: 'Chờ ý kiến cơ quan chuyên môn.' });
    assert.deepEqual([rejected.status, rejected.timeliness], ['rejected', 'late']);
  });

  test('returned on the due date is on time; after an extension, completing within it is still late by the law’s date but needs no second reason', async () => {
    const onTime = await receivedPermit();
    await toResultReady(onTime.code);
    t.setNow(vn('2026-03-09', '16:00'));
    assert.equal((await acted(t, onTime.code, 'return', o.receiver, { method: 'in-person' })).timeliness, 'on-time');

    t.setNow(vn('2026-03-02', '10:00'));
    const extended = await receivedPermit();
    await acted(t, extended.code, 'extend', o.approver, { days: 2, reason: 'Chờ xác minh.' });
    await toResultReady(extended.code);
    t.setNow(vn('2026-03-10', '15:00'));
    const returned = await acted(t, extended.code, 'return', o.receiver, { method: 'in-person' });
    assert.equal(returned.timeliness, 'late');
    assert.equal((await citizenStatus(t, extended.code, extended.secret)).apologies.length, 1, 'the extension’s apology only');
  });
});

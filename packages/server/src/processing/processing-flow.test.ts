import assert from 'node:assert/strict';
import { test } from 'node:test';
import { acted, citizenStatus, detail, filePermit, processingApp, uploadPdf, vn } from '../test-support/processing.js';

const app = processingApp();

test('receive → examine → sign → return, each by its step role, with the due date fixed at receipt and the result returned early', async () => {
  const { code, secret } = await filePermit(app.t);
  assert.equal((await detail(app.t, code, app.o.receiver)).step.current.id, 'tiep-nhan');
  const received = await acted(app.t, code, 'receive', app.o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
  assert.equal(received.status, 'received');
  assert.equal(received.dueAt, vn('2026-03-09', '17:00').toISOString(), '5 working days from Monday 2 March: Monday 9 March at the close');
  assert.equal((await acted(app.t, code, 'forward', app.o.receiver)).step, 'xem-xet');
  assert.equal((await acted(app.t, code, 'forward', app.o.specialist, { note: 'Đủ điều kiện gia hạn.' })).step, 'ky');
  const approved = await acted(app.t, code, 'approve', app.o.approver);
  assert.deepEqual([approved.status, approved.step], ['result-ready', 'tra-ket-qua']);
  app.t.setNow(vn('2026-03-05', '09:00'));
  const returned = await acted(app.t, code, 'return', app.o.receiver, { method: 'in-person' });
  assert.deepEqual([returned.status, returned.timeliness, returned.completedAt], ['returned', 'early', vn('2026-03-05', '09:00').toISOString()]);

  const full = await detail(app.t, code, app.o.admin);
  assert.deepEqual(
    full.history.map((e: any) => [e.action, e.fromStatus, e.toStatus, e.fromStep, e.toStep, e.actorRole]),
    [
      ['submit', null, 'submitted', null, 'tiep-nhan', 'citizen'],
      ['receive', 'submitted', 'received', 'tiep-nhan', 'tiep-nhan', 'receiver'],
      ['forward', 'received', 'in-process', 'tiep-nhan', 'xem-xet', 'receiver'],
      ['forward', 'in-process', 'in-process', 'xem-xet', 'ky', 'specialist'],
      ['approve', 'in-process', 'result-ready', 'ky', 'tra-ket-qua', 'approver'],
      ['return', 'result-ready', 'returned', 'tra-ket-qua', 'tra-ket-qua', 'receiver'],
    ],
  );
  assert.equal(full.history[3].note, 'Đủ điều kiện gia hạn.');
  assert.equal(full.history[1].actorName, 'agency-officer');
  assert.equal(full.actions.length, 0, 'nothing left to do on a returned dossier');
  const seen = await citizenStatus(app.t, code, secret);
  assert.equal(seen.status, 'returned');
  assert.equal(seen.clock.timeliness, 'early');
  assert.deepEqual(seen.result, { method: 'in-person', trackingNumber: null, download: null });
  assert.equal(seen.history[3].note, null, 'officers’ notes between steps stay internal');
  // The citizen's history names the step each event moved the dossier to, in both languages.
  assert.deepEqual(
    seen.history.map((e: any) => [e.action, e.step?.id, e.step?.name.vi]),
    [
      ['submit', 'tiep-nhan', 'Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ'],
      ['receive', 'tiep-nhan', 'Trung tâm Phục vụ hành chính công cấp xã tiếp nhận hồ sơ'],
      ['forward', 'xem-xet', 'Kiểm tra hồ sơ, đối chiếu giấy phép đã cấp'],
      ['forward', 'ky', 'Chủ tịch Ủy ban nhân dân cấp xã ký'],
      ['approve', 'tra-ket-qua', 'Trả kết quả'],
      ['return', 'tra-ket-qua', 'Trả kết quả'],
    ],
  );
  assert.equal(seen.history[2].step.name.en, 'Check the dossier against the permit issued');
  app.t.setNow(vn('2026-03-02', '10:00'));
});

test('an admin may act in every role; the detail lists the actions open to the officer reading it', async () => {
  const { code } = await filePermit(app.t);
  assert.deepEqual((await detail(app.t, code, app.o.receiver)).actions, ['receive', 'request-supplement', 'reject']);
  assert.deepEqual((await detail(app.t, code, app.o.approver)).actions, ['reject']);
  for (const [action, body] of [['receive', { postedDocumentsReceived: ['giay-phep-da-cap'] }], ['forward', {}], ['forward', {}], ['approve', {}], ['return', { method: 'postal', trackingNumber: 'EL123456789VN' }]] as const) {
    await acted(app.t, code, action, app.o.admin, body);
  }
  const done = await detail(app.t, code, app.o.admin);
  assert.deepEqual([done.status, done.result.trackingNumber], ['returned', 'EL123456789VN']);
});

test('an approver sends the dossier back to the specialist; forwarding to another agency moves it to that agency’s inbox and hands', async () => {
  const { code } = await filePermit(app.t);
  await acted(app.t, code, 'receive', app.o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
  await acted(app.t, code, 'forward', app.o.receiver, { toStep: 'ky' });
  assert.equal((await acted(app.t, code, 'forward', app.o.approver, { toStep: 'xem-xet', note: 'Bổ sung ý kiến thẩm định.' })).step, 'xem-xet');
  const moved = await acted(app.t, code, 'forward', app.o.specialist, { toStep: 'ky', toAgency: 'phuong-hoan-kiem' });
  assert.equal(moved.holder, 'phuong-hoan-kiem');
  const inbox = await app.t.json('/api/v1/admin/agencies/phuong-hoan-kiem/dossiers', { headers: app.o.outsider });
  assert.ok(inbox.body.items.some((d: any) => d.code === code));
  const theirs = await detail(app.t, code, app.o.approver);
  assert.deepEqual(theirs.actions, [], 'Ba Đình no longer holds it');
  assert.equal((await acted(app.t, code, 'approve', app.o.outsider)).status, 'result-ready');
  assert.equal((await detail(app.t, code, app.o.admin)).history.at(-2).toAgency, 'phuong-hoan-kiem');
});

test('a result returned online is downloaded by the citizen with the secret, and by no one without it', async () => {
  const { code, secret } = await filePermit(app.t);
  for (const [action, body] of [['receive', { postedDocumentsReceived: ['giay-phep-da-cap'] }], ['forward', {}], ['forward', {}], ['approve', {}]] as const) await acted(app.t, code, action, app.o.admin, body);
  const file = await uploadPdf(app.t, 'Giấy phép gia hạn (bản ký số).pdf');
  await acted(app.t, code, 'return', app.o.receiver, { method: 'online', resultFile: file });
  const status = await citizenStatus(app.t, code, secret);
  assert.equal(status.result.download, `/api/v1/dossiers/${code}/result`);
  const download = await app.t.request(`${status.result.download}?secret=${secret}`);
  assert.equal(download.status, 200);
  assert.equal(download.headers.get('content-type'), 'application/pdf');
  // The name as uploaded for today's browsers, and without its marks for clients that read only `filename`.
  assert.equal(download.headers.get('content-disposition'), `attachment; filename="Giay phep gia han (ban ky so).pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ph%C3%A9p%20gia%20h%E1%BA%A1n%20%28b%E1%BA%A3n%20k%C3%BD%20s%E1%BB%91%29.pdf`);
  assert.match(new TextDecoder().decode(await download.arrayBuffer()), /^%PDF-/);
  assert.equal((await app.t.request(`${status.result.download}?secret=wrong`)).status, 404);
});

test('the officers of its agency open the dossier’s files; others, and files of other dossiers, get nothing', async () => {
  const { code } = await filePermit(app.t);
  const other = await filePermit(app.t);
  const own = (await detail(app.t, code, app.o.specialist)).documents.find((d: any) => d.uploadId).uploadId;
  const theirs = (await detail(app.t, other.code, app.o.specialist)).documents.find((d: any) => d.uploadId).uploadId;
  const response = await app.t.request(`/api/v1/admin/dossiers/${code}/files/${own}`, { headers: app.o.specialist });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/pdf');
  assert.match(response.headers.get('content-disposition') ?? '', /^inline; filename="[^"]+\.pdf"; filename\*=UTF-8''/);
  assert.match(new TextDecoder().decode(await response.arrayBuffer()), /^%PDF-/);
  assert.equal((await app.t.request(`/api/v1/admin/dossiers/${code}/files/${theirs}`, { headers: app.o.specialist })).status, 404);
  assert.equal((await app.t.request(`/api/v1/admin/dossiers/${code}/files/${own}`, { headers: app.o.outsider })).status, 403);
});

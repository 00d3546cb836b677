import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { PERMIT_ANSWERS } from '../../bad-input/requests.js';
import { acted, officersOf, PERMIT, uploadPdf, vn, type Headers } from '../../test-support/processing.js';
import { postJson, testApp, type TestApp } from '../../test-support/test-app.js';

export const BA_DINH = 'phuong-ba-dinh';
export const HOAN_KIEM = 'phuong-hoan-kiem';
type Channel = 'online' | 'in-person' | 'postal';

export interface Fixture {
  t: TestApp;
  o: Awaited<ReturnType<typeof officersOf>>;
  /** The dossiers' codes by their number in the table below. */
  codes: Record<number, string>;
}

/** Files a permit extension: online as a citizen, in person or by post at the counter (received at once when asked). */
async function file(t: TestApp, agency: string, channel: Channel, counter: Headers, receiveAtCounter = true): Promise<{ code: string; secret: string }> {
  const documents = [{ document: 'don-de-nghi', uploads: [await uploadPdf(t)] }, { document: 'giay-phep-da-cap', uploads: [await uploadPdf(t)] }];
  const common = { version: 1, delivery: 'in-person', answers: PERMIT_ANSWERS, documents };
  const key = { 'Idempotency-Key': `statistics-${randomUUID()}` };
  if (channel === 'online') {
    const { status, body } = await t.json(`/api/v1/procedures/${PERMIT}/dossiers`, postJson({ ...common, agency, channel }, key));
    assert.equal(status, 201, JSON.stringify(body));
    return { code: body.code, secret: body.secret };
  }
  const intake = { ...common, channel, applicant: { name: 'Nguyễn Văn An' }, receive: receiveAtCounter };
  const { status, body } = await t.json(`/api/v1/admin/agencies/${agency}/procedures/${PERMIT}/dossiers`, postJson(intake, { ...counter, ...key }));
  assert.equal(status, 201, JSON.stringify(body));
  return { code: body.receipt.code, secret: body.receipt.secret };
}

/**
 * A dozen permit extensions over Ba Đình (BD) and Hoàn Kiếm (HK), driven
 * through the real routes with the clock moved day by day (5 working days
 * from receipt; all times Vietnamese):
 *
 * | #  | agency | channel   | submitted | received | end                         | days | rating        |
 * |----|--------|-----------|-----------|----------|-----------------------------|------|---------------|
 * | 1  | BD     | online    | 2 Mar     | 2 Mar    | returned 5 Mar, early       | 3    | satisfied     |
 * | 2  | BD     | online    | 2 Mar     | 2 Mar    | returned 9 Mar 16:00, on time | 7  | acceptable    |
 * | 3  | BD     | in person | 2 Mar     | 2 Mar    | returned 11 Mar, late       | 9    | not satisfied |
 * | 4  | BD     | in person | 2 Mar     | 2 Mar    | rejected 3 Mar              |      |               |
 * | 5  | BD     | postal    | 2 Mar     | no       | waiting (no due date)       |      |               |
 * | 6  | BD     | online    | 2 Mar     | 2 Mar    | in process, due 9 Mar       |      |               |
 * | 7  | HK     | in person | 2 Mar     | 2 Mar    | returned 4 Mar, early       | 2    |               |
 * | 8  | HK     | online    | 2 Mar     | 2 Mar    | returned 6 Mar, early       | 4    | satisfied     |
 * | 9  | HK     | postal    | 2 Mar     | 2 Mar    | received, due 9 Mar         |      |               |
 * | 10 | HK     | online    | 2 Mar     | no       | withdrawn 3 Mar             |      |               |
 * | 11 | BD     | online    | 1 Apr     | no       | waiting                     |      |               |
 * | 12 | BD     | in person | 27 Feb    | 27 Feb   | returned 3 Mar, early       | 4    |               |
 *
 * The app's clock is left at 10:00 on 2 April 2026.
 */
export async function statisticsFixture(): Promise<Fixture> {
  const t = await testApp({ now: vn('2026-02-27', '10:00') });
  const o = await officersOf(t);
  const codes: Record<number, string> = {};
  const secrets: Record<number, string> = {};
  const at = (date: string, time: string) => t.setNow(vn(date, time));
  const put = (n: number, filed: { code: string; secret: string }) => {
    codes[n] = filed.code;
    secrets[n] = filed.secret;
  };
  const bd = { receiver: o.receiver, all: o.admin };
  const hk = o.outsider;
  const toResultReady = async (n: number, by: Headers) => {
    for (const action of ['forward', 'forward', 'approve']) await acted(t, codes[n] as string, action, by);
  };
  const rate = async (n: number, rating: string) => {
    const { status, body } = await t.json(`/api/v1/dossiers/${codes[n]}/rating`, postJson({ rating }, { 'X-Dossier-Secret': secrets[n] as string }));
    assert.equal(status, 200, JSON.stringify(body));
  };
  const returned = (n: number, by: Headers, extra: Record<string, unknown> = {}) => acted(t, codes[n] as string, 'return', by, { method: 'in-person', ...extra });

  put(12, await file(t, BA_DINH, 'in-person', bd.receiver));
  await toResultReady(12, bd.all);

  at('2026-03-02', '10:00');
  for (const [n, agency, channel] of [[1, BA_DINH, 'online'], [2, BA_DINH, 'online'], [3, BA_DINH, 'in-person'], [4, BA_DINH, 'in-person'], [6, BA_DINH, 'online'], [7, HOAN_KIEM, 'in-person'], [8, HOAN_KIEM, 'online'], [9, HOAN_KIEM, 'postal'], [10, HOAN_KIEM, 'online']] as const) {
    put(n, await file(t, agency, channel, agency === BA_DINH ? bd.receiver : hk));
  }
  put(5, await file(t, BA_DINH, 'postal', bd.receiver, false));
  for (const n of [1, 2, 6]) await acted(t, codes[n] as string, 'receive', bd.receiver);
  await acted(t, codes[8] as string, 'receive', hk);
  for (const n of [1, 2, 3]) await toResultReady(n, bd.all);
  for (const n of [7, 8]) await toResultReady(n, hk);

  at('2026-03-03', '09:00');
  await acted(t, codes[4] as string, 'reject', bd.receiver, { reason: 'Giấy phép đã hết hiệu lực trước khi xin gia hạn.' });
  const withdrawn = await t.json(`/api/v1/dossiers/${codes[10]}/withdraw?secret=${secrets[10]}`, postJson({ reason: 'Nộp nhầm cơ quan.' }));
  assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
  await returned(12, bd.receiver);
  at('2026-03-04', '09:00');
  await returned(7, hk);
  at('2026-03-05', '09:00');
  await returned(1, bd.receiver);
  await rate(1, 'satisfied');
  at('2026-03-06', '09:00');
  await returned(8, hk);
  await rate(8, 'satisfied');
  at('2026-03-09', '16:00');
  await returned(2, bd.receiver);
  await rate(2, 'acceptable');
  at('2026-03-11', '10:00');
  await returned(3, bd.receiver, { lateReason: 'Chờ ý kiến của phòng quản lý đô thị.' });
  await rate(3, 'not-satisfied');
  at('2026-04-01', '10:00');
  put(11, await file(t, BA_DINH, 'online', bd.receiver));
  at('2026-04-02', '10:00');
  return { t, o, codes };
}

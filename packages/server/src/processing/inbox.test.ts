import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { COPY, dossiersOf, makeCtx } from '../bad-input/requests.js';
import { acted, filePermit, officersOf, vn } from '../test-support/processing.js';
import { postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let o: Awaited<ReturnType<typeof officersOf>>;
const codes = {} as Record<'copy' | 'early' | 'later' | 'waiting' | 'inPerson', string>;
const RECEIVE = { postedDocumentsReceived: ['giay-phep-da-cap'] };

before(async () => {
  t = await testApp({ now: vn('2026-03-02', '10:00') });
  o = await officersOf(t);
  const ctx = await makeCtx(t);
  codes.copy = ctx.filed.code;
  codes.early = (await filePermit(t, { tenChuDauTu: 'Phạm Thị Dung' })).code;
  await acted(t, codes.early, 'receive', o.receiver, RECEIVE);
  t.setNow(vn('2026-03-05', '10:00'));
  codes.later = (await filePermit(t, { tenChuDauTu: 'Đỗ Minh Đức' })).code;
  await acted(t, codes.later, 'receive', o.receiver, RECEIVE);
  await acted(t, codes.later, 'forward', o.receiver);
  codes.waiting = (await filePermit(t, { tenChuDauTu: 'Hoàng Văn Em' })).code;
  const copyBody = await ctx.copy({ channel: 'in-person', answers: { hoTen: 'Vũ Thị Giang', banSao: [{ tenGiayTo: 'Bằng', soTrang: 1, soBan: 1 }] } });
  const { status, body } = await t.json(dossiersOf(COPY), postJson(copyBody, { 'Idempotency-Key': 'inbox-copy-000001' }));
  assert.equal(status, 201, JSON.stringify(body));
  codes.inPerson = body.code;
});
after(() => t.close());

async function inbox(query: string): Promise<string[]> {
  const { status, body } = await t.json(`/api/v1/admin/agencies/phuong-ba-dinh/dossiers?${query}`, { headers: o.receiver });
  assert.equal(status, 200, JSON.stringify(body));
  return body.items.map((d: { code: string }) => d.code);
}

test('by status, step, channel and procedure', async () => {
  t.setNow(vn('2026-03-06', '09:00'));
  assert.deepEqual(await inbox('status=received'), [codes.early]);
  assert.deepEqual(await inbox('step=xem-xet'), [codes.later]);
  assert.deepEqual(await inbox('channel=in-person'), [codes.inPerson]);
  assert.deepEqual((await inbox('procedure=2.000815')).sort(), [codes.copy, codes.inPerson].sort());
  assert.equal((await inbox('')).length, 5);
});

test('due within N working days, soonest first, and overdue', async () => {
  // Friday 6 March: the first is due Monday 9, the later one Thursday 12 (received Thursday 5).
  t.setNow(vn('2026-03-06', '09:00'));
  assert.deepEqual(await inbox('dueWithin=0'), []);
  assert.deepEqual(await inbox('dueWithin=1'), [codes.early]);
  assert.deepEqual(await inbox('dueWithin=4&sort=due'), [codes.early, codes.later]);
  assert.deepEqual(await inbox('overdue=true'), []);
  t.setNow(vn('2026-03-10', '09:00'));
  assert.deepEqual(await inbox('overdue=true'), [codes.early]);
  assert.deepEqual(await inbox('dueWithin=2'), [codes.later], 'an overdue dossier is not "due soon"');
  const { body } = await t.json('/api/v1/admin/agencies/phuong-ba-dinh/dossiers?overdue=true', { headers: o.receiver });
  assert.equal(body.items[0].applicantName, 'Phạm Thị Dung');
});

test('search by the applicant’s name without diacritics, or by part of the code', async () => {
  assert.deepEqual(await inbox('q=do%20minh%20duc'), [codes.later]);
  assert.deepEqual(await inbox(`q=${encodeURIComponent('VŨ THỊ GIANG')}`), [codes.inPerson]);
  assert.deepEqual(await inbox(`q=${codes.waiting.slice(-6)}`), [codes.waiting]);
  assert.deepEqual(await inbox('q=50%25'), [], 'a LIKE wildcard is searched for as itself');
});

test('another agency’s officer sees none of it', async () => {
  const { status } = await t.json('/api/v1/admin/agencies/phuong-ba-dinh/dossiers', { headers: o.outsider });
  assert.equal(status, 403);
});

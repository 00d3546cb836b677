import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { acted, AGENCY, filePermit, officersOf, vn } from '../test-support/processing.js';
import { migrationsUpTo, postJson, testApp, type TestApp } from '../test-support/test-app.js';

let t: TestApp;
let o: Awaited<ReturnType<typeof officersOf>>;
const codes = {} as Record<'an' | 'anh' | 'percent' | 'forwarded', string>;

before(async () => {
  t = await testApp({ now: vn('2026-03-02', '10:00') });
  o = await officersOf(t);
  codes.an = (await filePermit(t, { tenChuDauTu: 'Nguyễn Văn An', soDienThoai: '0912000111', lyDoDeNghi: 'Chưa khởi công được do thời tiết.' })).code;
  codes.anh = (await filePermit(t, { tenChuDauTu: 'Trần Văn Ánh', soDienThoai: '0987654321', lyDoDeNghi: 'Đổi nhà thầu, mã hợp đồng a_b.' })).code;
  codes.percent = (await filePermit(t, { tenChuDauTu: 'Lê Thị Cúc', soDienThoai: '0977333444', lyDoDeNghi: 'Mới xong 50% phần móng.' })).code;
  codes.forwarded = (await filePermit(t, { tenChuDauTu: 'Phùng Xuân Hoà', soDienThoai: '0933777888' })).code;
  await acted(t, codes.forwarded, 'receive', o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
  await acted(t, codes.forwarded, 'forward', o.receiver, { toStep: 'ky', toAgency: 'phuong-hoan-kiem' });
});
after(() => t.close());

async function found(q: string, agency = AGENCY, headers = o.receiver): Promise<string[]> {
  const { status, body } = await t.json(`/api/v1/admin/agencies/${agency}/dossiers?q=${encodeURIComponent(q)}`, { headers });
  assert.equal(status, 200, JSON.stringify(body));
  assert.equal(body.total, body.items.length, 'the total counts what the search finds');
  return body.items.map((d: { code: string }) => d.code).sort();
}
const sorted = (...list: string[]) => [...list].sort();

/** FTS5's own check that the index holds exactly every dossier's current text (it throws otherwise). */
function assertIndexInStep(app: TestApp): void {
  assert.doesNotThrow(() => app.database.sqlite.exec("INSERT INTO dossier_search (dossier_search, rank) VALUES ('integrity-check', 1)"));
}

test('a name with or without diacritics, in any case, whole or in part', async () => {
  assert.deepEqual(await found('Nguyễn Văn An'), [codes.an]);
  assert.deepEqual(await found('nguyen van an'), [codes.an]);
  assert.deepEqual(await found('NGUYEN VAN'), [codes.an]);
  assert.deepEqual(await found('guyễ'), [codes.an], 'inside a word');
  assert.deepEqual(await found('van a'), sorted(codes.an, codes.anh), 'across the boundary of two words');
  assert.deepEqual(await found('văn ánh'), [codes.anh]);
  assert.deepEqual(await found('thời tiết'), [codes.an], 'in an answer');
});

test('a dossier code, whole or in part, and the digits of a phone number', async () => {
  assert.deepEqual(await found(codes.anh), [codes.anh]);
  assert.deepEqual(await found(codes.anh.toLowerCase()), [codes.anh]);
  assert.deepEqual(await found(codes.percent.slice(-7)), [codes.percent]);
  assert.deepEqual(await found('0912000'), [codes.an]);
  assert.deepEqual(await found('654321'), [codes.anh]);
  assert.deepEqual(await found('0912000111 x'), [], 'all of what is typed must be there');
});

test('what the officer types is searched for as itself: LIKE wildcards, quotes and full-text syntax', async () => {
  assert.deepEqual(await found('50%'), [codes.percent]);
  assert.deepEqual(await found('0%'), [codes.percent], 'two characters');
  assert.deepEqual(await found('a_b'), [codes.anh]);
  assert.deepEqual(await found('a_'), [codes.anh], 'two characters');
  assert.deepEqual(await found('a%b'), []);
  assert.deepEqual(await found('nguyen*'), []);
  assert.deepEqual(await found('"nguyen"'), []);
  assert.deepEqual(await found('an" OR "a'), []);
  assert.deepEqual(await found('NEAR(nguyen van)'), []);
  assert.deepEqual(await found('"'), []);
  assert.deepEqual(await found('van\0 a'), [], 'a NUL character');
});

test('one or two characters are searched for too', async () => {
  assert.deepEqual(await found('ánh'), [codes.anh]);
  assert.deepEqual(await found('xu'), [], 'Phùng Xuân Hoà is no longer held here');
  assert.deepEqual(await found('50'), [codes.percent]);
  assert.deepEqual(await found('cú'), [codes.percent], 'Lê Thị Cúc');
});

test('only the agency’s own dossiers, with its other filters, paging and total', async () => {
  assert.deepEqual(await found('phung xuan hoa'), [], 'forwarded to Hoàn Kiếm: no longer in Ba Đình’s inbox');
  assert.deepEqual(await found('phung xuan hoa', 'phuong-hoan-kiem', o.outsider), [codes.forwarded]);
  assert.deepEqual(await found('nguyen van an', 'phuong-hoan-kiem', o.outsider), []);
  assert.deepEqual(await found('van a', AGENCY, o.admin), sorted(codes.an, codes.anh));
  const page = async (query: string) => (await t.json(`/api/v1/admin/agencies/${AGENCY}/dossiers?${query}`, { headers: o.receiver })).body;
  const first = await page('q=van%20a&limit=1');
  const second = await page('q=van%20a&limit=1&offset=1');
  assert.deepEqual([first.total, second.total], [2, 2]);
  assert.deepEqual(sorted(first.items[0].code, second.items[0].code), sorted(codes.an, codes.anh));
  assert.deepEqual((await page('q=van%20a&status=submitted')).items.length, 2);
  assert.deepEqual((await page('q=van%20a&status=received')).items, []);
  assert.equal((await page('q=van%20a&sort=due')).total, 2);
});

test('a dossier whose answers were corrected is found by the new text and no longer by the old', async () => {
  const { code, secret } = await filePermit(t, { tenChuDauTu: 'Đinh Công Tráng', lyDoDeNghi: 'Thiếu vốn xây dựng.' });
  await acted(t, code, 'receive', o.receiver, { postedDocumentsReceived: ['giay-phep-da-cap'] });
  await acted(t, code, 'forward', o.receiver);
  await acted(t, code, 'request-supplement', o.specialist, { reason: 'Lý do gia hạn chưa rõ.', fields: ['/lyDoDeNghi'] });
  assert.deepEqual(await found('thieu von'), [code]);
  const answered = await t.json(`/api/v1/dossiers/${code}/supplement`, postJson({ answers: { lyDoDeNghi: 'Mưa bão kéo dài nhiều tuần.' } }, { 'X-Dossier-Secret': secret }));
  assert.equal(answered.status, 200, JSON.stringify(answered.body));
  assert.deepEqual(await found('mua bao keo dai'), [code]);
  assert.deepEqual(await found('thieu von'), []);
  assert.deepEqual(await found('dinh cong trang'), [code]);
  assertIndexInStep(t);
});

test('a database upgraded from the previous migration finds the dossiers it already held, and those filed after', async () => {
  const migrations = migrationsUpTo('0013_document_templates');
  const old = await testApp({ migrations, now: vn('2026-03-02', '10:00') });
  let upgraded: TestApp | undefined;
  try {
    const officers = await officersOf(old);
    const held = (await filePermit(old, { tenChuDauTu: 'Quách Thị Thu Hà', soDienThoai: '0944555666' })).code;
    const tables = old.database.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'dossier_search'").all();
    assert.deepEqual(tables, [], 'the previous schema has no index');
    old.database.close();
    upgraded = await testApp({ dir: old.dir, catalogue: false, now: vn('2026-03-02', '11:00') });
    const search = async (q: string) => (await upgraded!.json(`/api/v1/admin/agencies/${AGENCY}/dossiers?q=${encodeURIComponent(q)}`, { headers: officers.receiver })).body.items.map((d: { code: string }) => d.code);
    assert.deepEqual(await search('quach thi thu'), [held]);
    assert.deepEqual(await search('4555'), [held]);
    const filed = (await filePermit(upgraded, { tenChuDauTu: 'Quách Văn Tuấn' })).code;
    assert.deepEqual((await search('quach')).sort(), sorted(held, filed));
    assertIndexInStep(upgraded);
  } finally {
    if (upgraded) upgraded.close();
    else {
      old.database.close();
      rmSync(old.dir, { recursive: true, force: true });
    }
    rmSync(migrations, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BA_DINH, HOAN_KIEM, statisticsFixture, type Fixture } from './test-support/statistics-fixture.js';

let f: Fixture;
before(async () => {
  f = await statisticsFixture();
});
after(() => f.t.close());

/** Metrics spelled out by hand; nothing here is computed. */
const metrics = (
  received: [inPerson: number, online: number, postal: number, total: number],
  onlineShare: number | null,
  resolved: [early: number, onTime: number, late: number, total: number],
  onTimeRate: number | null,
  rejected: number,
  overdueNow: number,
  averageProcessingDays: number | null,
  satisfaction: [satisfied: number, acceptable: number, unsatisfied: number, rated: number, satisfiedShare: number | null],
) => ({
  received: { inPerson: received[0], online: received[1], postal: received[2], total: received[3] },
  onlineShare,
  resolved: { early: resolved[0], onTime: resolved[1], late: resolved[2], total: resolved[3] },
  onTimeRate,
  rejected,
  overdueNow,
  averageProcessingDays,
  satisfaction: { satisfied: satisfaction[0], acceptable: satisfaction[1], unsatisfied: satisfaction[2], rated: satisfaction[3], satisfiedShare: satisfaction[4] },
});

// March 2026, see the fixture's table. Returned in March: #12 (4 days), #7 (2), #1 (3), #8 (4) early, #2 (7) on time, #3 (9) late.
const MARCH_ALL = metrics([3, 5, 2, 10], 0.5, [4, 1, 1, 6], 0.8333, 1, 2, 4.83, [2, 1, 1, 4, 0.5]);
const MARCH_BA_DINH = metrics([2, 3, 1, 6], 0.5, [2, 1, 1, 4], 0.75, 1, 1, 5.75, [1, 1, 1, 3, 0.3333]);
const MARCH_HOAN_KIEM = metrics([1, 2, 1, 4], 0.5, [2, 0, 0, 2], 1, 0, 1, 3, [1, 0, 0, 1, 1]);
const NOTHING = metrics([0, 0, 0, 0], null, [0, 0, 0, 0], null, 0, 0, null, [0, 0, 0, 0, null]);

const get = (path: string, headers: Record<string, string>) => f.t.json(path, { headers });

test('an admin sees March for the whole province: by channel, timeliness, rejections, overdue now, processing days and satisfaction, per agency, procedure and month', async () => {
  const { status, body } = await get('/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31', f.o.admin);
  assert.equal(status, 200, JSON.stringify(body));
  assert.deepEqual(body.period, { from: '2026-03-01', to: '2026-03-31' });
  assert.deepEqual(body.filters, { agency: null, procedure: null });
  assert.deepEqual(body.totals, MARCH_ALL);
  assert.deepEqual(
    body.byAgency.map((a: any) => [a.agency, a.name.vi]),
    [
      [BA_DINH, 'Trung tâm Phục vụ hành chính công phường Ba Đình'],
      [HOAN_KIEM, 'Trung tâm Phục vụ hành chính công phường Hoàn Kiếm'],
    ],
    'most received first',
  );
  const { agency: _a, name: _n, ...baDinh } = body.byAgency[0];
  const { agency: _b, name: _m, ...hoanKiem } = body.byAgency[1];
  assert.deepEqual(baDinh, MARCH_BA_DINH);
  assert.deepEqual(hoanKiem, MARCH_HOAN_KIEM);
  assert.equal(body.byProcedure.length, 1);
  const { procedure, name, ...permit } = body.byProcedure[0];
  assert.equal(procedure, '1.013227');
  assert.match(name.vi, /^Gia hạn giấy phép xây dựng/);
  assert.match(name.en, /^Extension of a construction permit/);
  assert.deepEqual(permit, MARCH_ALL);
  assert.deepEqual(body.byMonth, [{ month: '2026-03', ...MARCH_ALL, overdueNow: 0 }], 'overdue now belongs to no month');
});

test('a period that cuts months counts the days it covers, and lists every month, those with nothing included', async () => {
  const short = await get('/api/v1/admin/statistics?from=2026-03-02&to=2026-03-05', f.o.admin);
  // Filed 2 March: #1–#10. Returned 3–5 March: #12 (4 days), #7 (2), #1 (3), all early. #4 rejected on the 3rd; #1 rated on the 5th.
  assert.deepEqual(short.body.totals, metrics([3, 5, 2, 10], 0.5, [3, 0, 0, 3], 1, 1, 2, 3, [1, 0, 0, 1, 1]));

  const wide = await get('/api/v1/admin/statistics?from=2026-01-15&to=2026-04-01', f.o.admin);
  assert.deepEqual(
    wide.body.byMonth.map((m: any) => [m.month, m.received.total, m.received.inPerson, m.received.online, m.resolved.total]),
    [
      ['2026-01', 0, 0, 0, 0],
      ['2026-02', 1, 1, 0, 0],
      ['2026-03', 10, 3, 5, 6],
      ['2026-04', 1, 0, 1, 0],
    ],
  );
  assert.deepEqual(wide.body.byMonth[0], { month: '2026-01', ...NOTHING });
  assert.deepEqual(wide.body.totals.received, { inPerson: 4, online: 6, postal: 2, total: 12 });
});

test('filters: one agency, one procedure, or a period with nothing in it', async () => {
  const one = await get(`/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31&agency=${HOAN_KIEM}&procedure=1.013227`, f.o.admin);
  assert.deepEqual(one.body.filters, { agency: HOAN_KIEM, procedure: '1.013227' });
  assert.deepEqual(one.body.totals, MARCH_HOAN_KIEM);
  assert.deepEqual(one.body.byAgency.map((a: any) => a.agency), [HOAN_KIEM]);
  const other = await get('/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31&procedure=2.000815', f.o.admin);
  assert.deepEqual([other.body.totals, other.body.byAgency, other.body.byProcedure], [NOTHING, [], []]);
  const empty = await get('/api/v1/admin/statistics?from=2025-03-01&to=2025-03-31', f.o.admin);
  assert.deepEqual(empty.body.totals, { ...NOTHING, overdueNow: 2 }, 'overdue now whatever the period');
});

test('an agency officer sees only their agencies; another agency is a 403, a reform officer has no statistics', async () => {
  const own = await get('/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31', f.o.receiver);
  assert.deepEqual(own.body.totals, MARCH_BA_DINH);
  assert.deepEqual(own.body.byAgency.map((a: any) => a.agency), [BA_DINH]);
  const theirs = await get('/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31', f.o.outsider);
  assert.deepEqual(theirs.body.totals, MARCH_HOAN_KIEM);
  for (const path of ['statistics', 'statistics.csv', 'dossiers.csv']) {
    const refused = await get(`/api/v1/admin/${path}?from=2026-03-01&to=2026-03-31&agency=${HOAN_KIEM}`, f.o.receiver);
    assert.deepEqual([refused.status, refused.body.error.code], [403, 'forbidden'], path);
  }
  const reform = await get('/api/v1/admin/statistics?from=2026-03-01&to=2026-03-31', f.o.reform);
  assert.equal(reform.status, 403);
});

test('statistics.csv: a BOM, the header row in the asker’s language, one row per agency × procedure with every metric', async () => {
  const response = await f.t.request('/api/v1/admin/statistics.csv?from=2026-03-01&to=2026-03-31&lang=en', { headers: f.o.admin });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(response.headers.get('content-disposition') ?? '', /attachment; filename="thong-ke-2026-03-01-2026-03-31\.csv"/);
  const bytes = new Uint8Array(await response.arrayBuffer());
  assert.deepEqual(Array.from(bytes.subarray(0, 3)), [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = new TextDecoder().decode(bytes).split('\r\n');
  assert.equal(
    lines[0],
    'Agency,Agency name,Procedure,Procedure name,Received in person,Received online,Received by post,Received total,Online share,Resolved early,Resolved on time,Resolved late,Resolved total,On-time rate,Rejected,Overdue now,Average processing days,Satisfied,Acceptable,Not satisfied,Rated,Satisfied share',
  );
  assert.equal(lines.length, 4, 'two rows and the final line break');
  assert.match(lines[1] ?? '', /^phuong-ba-dinh,Ba Đình Ward Public Administrative Service Centre,1\.013227,Extension of a construction permit for grade III and IV works and individual houses,2,3,1,6,0\.5,2,1,1,4,0\.75,1,1,5\.75,1,1,1,3,0\.3333$/);
  assert.match(lines[2] ?? '', /^phuong-hoan-kiem,Hoàn Kiếm Ward Public Administrative Service Centre,1\.013227,Extension[^,]+,1,2,1,4,0\.5,2,0,0,2,1,0,1,3,1,0,0,1,1$/);
  assert.equal(lines[3], '');

  const vi = await f.t.request('/api/v1/admin/statistics.csv?from=2026-03-01&to=2026-03-31', { headers: { ...f.o.receiver, 'Accept-Language': 'vi-VN' } });
  const text = (await vi.text()).replace(/^\uFEFF/, '');
  assert.match(text, /^Mã cơ quan,Tên cơ quan,Mã thủ tục,Tên thủ tục,Tiếp nhận trực tiếp,/);
  assert.match(text, /\r\nphuong-ba-dinh,Trung tâm Phục vụ hành chính công phường Ba Đình,1\.013227,/);
  assert.equal(text.split('\r\n').length, 3, 'an agency officer’s own agency only');
});

test('dossiers.csv: the period’s dossiers of the officer’s agencies, oldest first, filtered by status', async () => {
  const response = await f.t.request('/api/v1/admin/dossiers.csv?from=2026-02-01&to=2026-03-31&lang=en', { headers: f.o.receiver });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
  const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'Code,Procedure,Agency,Channel,Status,Submitted,Received,Due,Completed,Timeliness,Fee (VND),Rating');
  const rows = lines.slice(1, -1).map((line) => line.split(','));
  assert.deepEqual(
    rows.map((r) => r[0]),
    [12, 1, 2, 3, 4, 6, 5].map((n) => f.codes[n]),
    'Ba Đình’s seven, by submission (the same instant: by code, #5 filed last)',
  );
  const late = rows.find((r) => r[0] === f.codes[3]);
  assert.deepEqual(late?.slice(1), ['1.013227', BA_DINH, 'in-person', 'returned', '2026-03-02 10:00', '2026-03-02 10:00', '2026-03-09 17:00', '2026-03-11 10:00', 'late', late?.[10], 'not-satisfied']);
  const waiting = rows.find((r) => r[0] === f.codes[5]);
  assert.deepEqual(waiting?.slice(3, 10), ['postal', 'submitted', '2026-03-02 10:00', '', '', '', '']);

  const rejected = await f.t.request(`/api/v1/admin/dossiers.csv?from=2026-03-01&to=2026-03-31&status=rejected&agency=${BA_DINH}`, { headers: f.o.admin });
  const text = (await rejected.text()).replace(/^\uFEFF/, '');
  assert.match(text, /^Mã hồ sơ,Mã thủ tục,Cơ quan,Kênh nộp,Trạng thái,/);
  assert.deepEqual(text.split('\r\n').slice(1, -1).map((l) => l.split(',')[0]), [f.codes[4]]);
});

test('the statistics routes are in the OpenAPI document', async () => {
  const { body } = await f.t.json('/api/v1/openapi.json');
  for (const path of ['/api/v1/admin/statistics', '/api/v1/admin/statistics.csv', '/api/v1/admin/dossiers.csv']) assert.ok(body.paths[path]?.get, path);
  assert.ok(body.paths['/api/v1/admin/statistics.csv'].get.responses['200'].content['text/csv']);
});

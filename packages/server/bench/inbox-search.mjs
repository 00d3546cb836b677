// `pnpm bench` (server part, inbox search): the officers' search
// (GET /api/v1/admin/agencies/{id}/dossiers?q=) over BENCH_INBOX_DOSSIERS
// dossiers (100,000) held by one agency, with half as many again held by two
// others, generated straight into a SQLite file that has the real
// migrations (so the trigram index is filled by its triggers, as in
// production). Each search is timed through the real app, and through the
// inbox store twice in the same run: with the trigram index
// (SqliteDossierTextSearch) and with the LIKE it replaced
// (LikeDossierTextSearch), which must give the same page and total. Kinds are
// interleaved over BENCH_INBOX_ROUNDS rounds; figures are medians and 95th
// percentiles. Before that, what the index's trigger adds to filing a
// dossier, on the index the triggers filled.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepStrictEqual } from 'node:assert/strict';
import { createApp, loadConfig, openDatabase } from '../dist/index.js';
import { DossierInboxStore } from '../dist/db/dossier-inbox-store.js';
import { SessionStore } from '../dist/db/session-store.js';
import { UserStore } from '../dist/db/user-store.js';
import { searchTextOf } from '../dist/processing/applicant.js';
import { LikeDossierTextSearch } from '../dist/search/dossier-text-search.js';
import { SqliteDossierTextSearch } from '../dist/search/sqlite-dossier-text-search.js';
import { foldVietnamese } from '@motcua/core';

const DOSSIERS = Number(process.env.BENCH_INBOX_DOSSIERS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_INBOX_ROUNDS ?? 9);
const NOW = new Date('2026-01-05T03:00:00Z');
const started = performance.now();
const root = mkdtempSync(join(tmpdir(), 'motcua-bench-inbox-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const log = (message) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

let seed = 20_260_105;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc', 'Thanh', 'Quốc', 'Hữu', 'Kim', 'Anh', 'Thu', 'Hoài'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Em', 'Giang', 'Hạnh', 'Hoa', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phương', 'Quang', 'Sơn', 'Tâm', 'Trang', 'Tuấn', 'Việt', 'Yến', 'Hùng', 'Linh', 'Thảo'];
const STREETS = ['Điện Biên Phủ', 'Lê Lợi', 'Trần Hưng Đạo', 'Nguyễn Trãi', 'Hai Bà Trưng', 'Kim Mã', 'Đội Cấn', 'Giảng Võ', 'Liễu Giai', 'Quán Thánh', 'Phan Đình Phùng', 'Hoàng Hoa Thám'];
const WARDS = ['Phường Ba Đình', 'Phường Ngọc Hà', 'Phường Giảng Võ', 'Phường Hoàn Kiếm', 'Phường Cửa Nam'];
const REASONS = ['Chưa khởi công được do thời tiết.', 'Cần thêm thời gian hoàn thiện hồ sơ thiết kế.', 'Chủ đầu tư thay đổi nhà thầu thi công.', 'Vướng mắc giải phóng mặt bằng phần tiếp giáp.'];
const name = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
const address = () => ({ province: 'Hà Nội', commune: pick(WARDS), detail: `${1 + Math.floor(random() * 300)} ${pick(STREETS)}` });
const phone = () => `09${String(Math.floor(random() * 100_000_000)).padStart(8, '0')}`;

const config = loadConfig({ DATABASE_URL: join(root, 'inbox.sqlite'), RATE_LIMIT_PER_MINUTE: '0' }, root);
const handle = openDatabase(config.databasePath);
const { sqlite } = handle;
const AGENCIES = [
  { id: 'phuong-lon', code: 'PL', dossiers: DOSSIERS },
  { id: 'phuong-vua', code: 'PV', dossiers: DOSSIERS / 4 },
  { id: 'phuong-nho', code: 'PN', dossiers: DOSSIERS / 4 },
];
const BIG = AGENCIES[0];
const PROCEDURE = '1.013227';

const insert = sqlite.prepare(`INSERT INTO dossiers (code, procedure_code, version, agency_id, holder_agency_id, case_id, channel, delivery, answers, fee, fee_total, status,
  submitted_at, due_at, idempotency_key, request_hash, receipt, revision, step_id, applicant_name, search_text)
  VALUES (?, ?, 1, ?, ?, 'mac-dinh', ?, 'in-person', ?, ?, 0, ?, ?, ?, ?, ?, ?, 2, 'xem-xet', ?, ?)`);
const sequence = new Map(AGENCIES.map((a) => [a.id, 0]));
let filed = 0;
/** Files one generated dossier with agency `a`, submitted at `submitted`, as a submission writes it. */
function file(a, submitted) {
  const seq = sequence.get(a.id) + 1;
  sequence.set(a.id, seq);
  filed += 1;
  const code = `${a.code}-2025-${String(seq).padStart(6, '0')}`;
  const applicant = name();
  const answers = {
    tenChuDauTu: applicant,
    soDienThoai: phone(),
    email: `hoso${filed}@example.vn`,
    diaChiLienHe: address(),
    soGiayPhep: `${1 + Math.floor(random() * 999)}/GPXD`,
    ngayCapGiayPhep: '2025-09-01',
    diaDiemXayDung: address(),
    lyDoDeNghi: pick(REASONS),
    soLanDaGiaHan: Math.floor(random() * 2),
  };
  const receipt = JSON.stringify({ code, procedure: { code: PROCEDURE, name: 'Gia hạn giấy phép xây dựng' }, fee: { total: 0, lines: [] }, next: 'Cơ quan sẽ tiếp nhận và xử lý hồ sơ trong 5 ngày làm việc.'.repeat(4) });
  insert.run(code, PROCEDURE, a.id, a.id, pick(['online', 'in-person', 'postal']), JSON.stringify(answers), JSON.stringify({ total: 0, lines: [] }), random() < 0.3 ? 'returned' : 'in-process',
    submitted, submitted, `bench-${filed}`, randomUUID(), receipt, applicant, searchTextOf(code, applicant, answers));
}

function generate() {
  const at = NOW.toISOString();
  sqlite.pragma('synchronous = OFF');
  sqlite.transaction(() => {
    const agency = sqlite.prepare('INSERT INTO agencies (id, code, body, hash, updated_at) VALUES (?, ?, ?, ?, ?)');
    for (const a of AGENCIES) agency.run(a.id, a.code, JSON.stringify({ id: a.id, code: a.code, name: { vi: a.id, en: a.id }, tier: 'xa', offerings: [] }), a.id, at);
    sqlite.prepare("INSERT INTO procedures (code, status, created_at, updated_at) VALUES (?, 'published', ?, ?)").run(PROCEDURE, at, at);
  })();
  const order = AGENCIES.flatMap((a) => Array.from({ length: a.dossiers }, () => a));
  const BATCH = 20_000;
  for (let done = 0; done < order.length; done += BATCH) {
    sqlite.transaction(() => {
      for (let n = done; n < Math.min(order.length, done + BATCH); n += 1) {
        file(order[(n * 7_919) % order.length], new Date(Date.UTC(2025, 0, 1) + (n / order.length) * 365 * 86_400_000).toISOString());
      }
    })();
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

/**
 * What the index costs a write: dossiers filed with the big agency in
 * transactions of 20 (a group commit's size), without fsync so that the
 * disk does not hide it, in chunks taken in turn with the index's insert
 * trigger and without it (dropped, then created again as the migration
 * wrote it); microseconds per dossier, median of the chunks.
 */
const WRITE_CHUNKS = 10;
const CHUNK = 400;
function writeCosts() {
  const trigger = sqlite.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'dossiers_search_insert'").pluck().get();
  const at = NOW.toISOString();
  const chunk = () => {
    const t = performance.now();
    for (let n = 0; n < CHUNK; n += 20) sqlite.transaction(() => Array.from({ length: 20 }, () => file(BIG, at)))();
    return ((performance.now() - t) * 1000) / CHUNK;
  };
  sqlite.pragma('synchronous = OFF');
  const costs = { indexed: [], plain: [] };
  for (let round = 0; round < WRITE_CHUNKS; round += 1) {
    costs.indexed.push(chunk());
    sqlite.exec('DROP TRIGGER dossiers_search_insert');
    costs.plain.push(chunk());
    sqlite.exec(trigger);
  }
  sqlite.pragma('synchronous = FULL');
  return costs;
}

let t0 = performance.now();
generate();
const generation = performance.now() - t0;
const total = AGENCIES.reduce((sum, a) => sum + a.dossiers, 0);
log(`${total.toLocaleString('en')} dossiers generated, indexed by the triggers, in ${(generation / 1000).toFixed(1)} s`);
const writes = writeCosts();
log(`${(2 * WRITE_CHUNKS * CHUNK).toLocaleString('en')} more filed, in turn with and without the index's trigger`);
// Then the index is rebuilt whole (it indexes those filed without the trigger too), as migration 0014 does.
t0 = performance.now();
sqlite.exec("INSERT INTO dossier_search (dossier_search) VALUES ('rebuild')");
const rebuild = performance.now() - t0;
sqlite.exec('ANALYZE');
const pages = (glob) => sqlite.prepare('SELECT SUM(pgsize) AS bytes FROM dbstat WHERE name GLOB ?').get(glob).bytes;
const indexBytes = pages('dossier_search_*');
const textBytes = sqlite.prepare('SELECT SUM(LENGTH(search_text)) AS bytes FROM dossiers').get().bytes;
log(`index rebuilt (as the migration does) in ${(rebuild / 1000).toFixed(1)} s; ${(indexBytes / 1e6).toFixed(0)} MB for ${(textBytes / 1e6).toFixed(0)} MB of search text`);

const app = createApp({ db: handle.db, config, now: () => NOW });
const admin = new UserStore(handle.db).create({ id: randomUUID(), email: 'admin@bench.test', name: 'admin', role: 'admin', passwordHash: 'x', createdAt: NOW.toISOString() });
const token = new SessionStore(handle.db).create(admin.id, 'bearer', NOW, 365 * 86_400_000, 'bench');
const headers = { Authorization: `Bearer ${token}` };
const indexed = new DossierInboxStore(handle.db, new SqliteDossierTextSearch(handle.db));
const scanned = new DossierInboxStore(handle.db, new LikeDossierTextSearch());
const LIMIT = 50;

const someCode = sqlite.prepare('SELECT code, search_text FROM dossiers WHERE holder_agency_id = ? ORDER BY code LIMIT 1 OFFSET ?').get(BIG.id, Math.floor(BIG.dossiers / 3));
const somePhone = JSON.parse(sqlite.prepare('SELECT answers FROM dossiers WHERE code = ?').get(someCode.code).answers).soDienThoai;
const SEARCHES = [
  { name: 'a full name, as typed (Nguyễn Văn An)', q: 'Nguyễn Văn An' },
  { name: 'a surname and middle name (tran thi)', q: 'tran thi' },
  { name: `a dossier code (${someCode.code})`, q: someCode.code },
  { name: 'part of a code (2025-0123)', q: '2025-0123' },
  { name: `a phone number (${somePhone})`, q: somePhone },
  { name: 'four digits of a phone (0912)', q: '0912' },
  { name: 'an address (dien bien phu)', q: 'dien bien phu' },
  { name: 'across words (van a)', q: 'van a' },
  { name: 'nothing matches (khong co ai)', q: 'khong co ai' },
  { name: 'two characters (an: LIKE in both)', q: 'an' },
];

async function viaApp(q) {
  const response = await app.request(`/api/v1/admin/agencies/${BIG.id}/dossiers?q=${encodeURIComponent(q)}&limit=${LIMIT}`, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${q}: ${response.status} ${body.slice(0, 300)}`);
  return JSON.parse(body).total;
}
const filter = (q) => ({ agencyId: BIG.id, search: foldVietnamese(q), sort: 'submitted', limit: LIMIT, offset: 0 });
const codes = (page) => ({ total: page.total, items: page.items.map((d) => d.code) });

const totals = new Map();
for (const s of SEARCHES) {
  const a = codes(indexed.list(filter(s.q)));
  deepStrictEqual(a, codes(scanned.list(filter(s.q))), `${s.name}: the index and LIKE disagree`);
  totals.set(s.name, a.total);
  await viaApp(s.q);
}
log('every search gives the same page and total with the index as with LIKE');

const times = new Map(SEARCHES.flatMap((s) => ['app', 'index', 'like'].map((k) => [`${s.name} ${k}`, []])));
for (let round = 0; round < ROUNDS; round += 1) {
  for (const s of SEARCHES) {
    let t = performance.now();
    await viaApp(s.q);
    times.get(`${s.name} app`).push(performance.now() - t);
    t = performance.now();
    indexed.list(filter(s.q));
    times.get(`${s.name} index`).push(performance.now() - t);
    t = performance.now();
    scanned.list(filter(s.q));
    times.get(`${s.name} like`).push(performance.now() - t);
  }
}
log(`${ROUNDS} rounds measured`);

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
const lines = [
  `Inbox search over ${sequence.get(BIG.id).toLocaleString('en')} dossiers held by one agency (${filed.toLocaleString('en')} in all; database ${(statSync(config.databasePath).size / 1e6).toFixed(0)} MB): trigram index ${(indexBytes / 1e6).toFixed(0)} MB for ${(textBytes / 1e6).toFixed(0)} MB of folded text, rebuilt in ${(rebuild / 1000).toFixed(1)} s; ${ROUNDS} rounds, a page of ${LIMIT} newest first with the total.`,
  '',
  '| search | matches | app (route), median ms | p95 ms | store with the index, median ms | store with LIKE (before), median ms | index vs LIKE |',
  '|---|---:|---:|---:|---:|---:|---:|',
];
for (const s of SEARCHES) {
  const [own, index, like] = ['app', 'index', 'like'].map((k) => times.get(`${s.name} ${k}`));
  lines.push(`| ${s.name} | ${totals.get(s.name).toLocaleString('en')} | ${ms(median(own))} | ${ms(p95(own))} | ${ms(median(index))} | ${ms(median(like))} | ${(median(like) / median(index)).toFixed(0)}× |`);
}
lines.push(
  '',
  `Filing, 20 dossiers a transaction, no fsync, on the index the triggers filled: ${ms(median(writes.indexed))} µs per dossier with the index's trigger (p95 of ${WRITE_CHUNKS} chunks of ${CHUNK}: ${ms(p95(writes.indexed))}), ${ms(median(writes.plain))} µs without it.`,
);
process.stdout.write(`${lines.join('\n')}\n`);
handle.close();
log('done');

// `pnpm bench` (server part, statistics): a province's year of dossiers
// (1,000,000 over 200 agencies and 120 procedures; 80% in person, 16%
// online, 4% by post; 97% on time; 30% of returned dossiers rated) generated
// straight into a SQLite file that has the real migrations, the rollups
// rebuilt from it by the server's own StatisticsStore, then dashboard loads
// timed through the real app in process (GET /api/v1/admin/statistics and
// the CSV routes, as an admin with a bearer token: routing, checks, queries
// and JSON included), each next to a baseline measured in the same run: the
// same statistics computed by a plain GROUP BY over the dossiers table.
// Kinds of load are interleaved over BENCH_STATS_ROUNDS rounds; figures are
// medians and 95th percentiles of their rounds.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, loadConfig, openDatabase } from '../dist/index.js';
import { SessionStore } from '../dist/db/session-store.js';
import { UserStore } from '../dist/db/user-store.js';
import { StatisticsStore } from '../dist/statistics/statistics-store.js';

const DOSSIERS = Number(process.env.BENCH_STATS_DOSSIERS ?? 1_000_000);
const AGENCIES = 200;
const PROCEDURES = 120;
const ROUNDS = Number(process.env.BENCH_STATS_ROUNDS ?? 15);
const BASELINE_ROUNDS = Math.min(ROUNDS, Number(process.env.BENCH_STATS_BASELINE_ROUNDS ?? 1));
const YEAR = 2025;
/** Early January: the year is over, the last fortnight's dossiers are partly open, some overdue. */
const NOW = new Date(`${YEAR + 1}-01-05T03:00:00Z`);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const started = performance.now();
const root = mkdtempSync(join(tmpdir(), 'motcua-bench-stats-'));
process.on('exit', () => rmSync(root, { recursive: true, force: true }));
const log = (message) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

// A fixed-seed generator, so every run generates the same province.
let seed = 20_260_101;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
/** Zipf-like weights: a few big wards and popular procedures, a long tail. */
function picker(n, exponent) {
  const cumulative = [];
  let sum = 0;
  for (let i = 1; i <= n; i += 1) cumulative.push((sum += 1 / i ** exponent));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const config = loadConfig({ DATABASE_URL: join(root, 'stats.sqlite'), RATE_LIMIT_PER_MINUTE: '0' }, root);
const handle = openDatabase(config.databasePath);
const { sqlite } = handle;

// ---------------------------------------------------------------- generation

const agencyIds = Array.from({ length: AGENCIES }, (_, i) => `xa-${String(i + 1).padStart(3, '0')}`);
const procedureCodes = Array.from({ length: PROCEDURES }, (_, i) => `9.${String(100_001 + i)}`);
function generate() {
  const at = new Date().toISOString();
  // Bulk loading only: no fsync, and a cache that holds the indexes' insertion points; both are reset before anything is measured.
  sqlite.pragma('synchronous = OFF');
  const cache = sqlite.pragma('cache_size', { simple: true });
  sqlite.pragma('cache_size = -262144');
  sqlite.transaction(() => {
    const agency = sqlite.prepare('INSERT INTO agencies (id, code, body, hash, updated_at) VALUES (?, ?, ?, ?, ?)');
    agencyIds.forEach((id, i) => {
      const body = { id, code: `XA${String(i + 1).padStart(3, '0')}`, name: { vi: `Trung tâm Phục vụ hành chính công xã ${i + 1}`, en: `Commune ${i + 1} Public Service Centre` }, tier: 'xa', offerings: [] };
      agency.run(id, body.code, JSON.stringify(body), `h${i}`, at);
    });
    const procedure = sqlite.prepare("INSERT INTO procedures (code, status, created_at, updated_at) VALUES (?, 'published', ?, ?)");
    const version = sqlite.prepare("INSERT INTO procedure_versions (code, version, definition, hash, effective_from, published_at) VALUES (?, 1, '{}', ?, ?, ?)");
    const listing = sqlite.prepare("INSERT INTO version_listing (code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels) VALUES (?, 1, ?, ?, ?, 'ho-tich', 'xa', 'toan-trinh', ',in-person,online,postal,')");
    for (const [i, code] of procedureCodes.entries()) {
      procedure.run(code, at, at);
      version.run(code, `v${i}`, '2099-01-01T00:00:00Z', at);
      listing.run(code, '2099-01-01T00:00:00Z', `Thủ tục số ${i + 1}`, `Procedure number ${i + 1}`);
    }
  })();
  const insert = sqlite.prepare(`INSERT INTO dossiers (code, procedure_code, version, agency_id, holder_agency_id, case_id, channel, delivery, answers, fee, fee_total, status,
    submitted_at, due_at, idempotency_key, request_hash, receipt, revision, received_at, completed_at, timeliness, rating, rated_at)
    VALUES (?, ?, 1, ?, ?, 'mac-dinh', ?, 'in-person', '{}', '{}', ?, ?, ?, ?, ?, '', '{}', 3, ?, ?, ?, ?, ?)`);
  const agencyOf = picker(AGENCIES, 0.8);
  const procedureOf = picker(PROCEDURES, 1.1);
  const sequence = Array.from({ length: AGENCIES }, () => 0);
  const yearStart = Date.UTC(YEAR, 0, 1) - 7 * HOUR;
  const BATCH = 50_000;
  for (let done = 0; done < DOSSIERS; done += BATCH) {
    sqlite.transaction(() => {
      for (let n = done; n < Math.min(DOSSIERS, done + BATCH); n += 1) {
        // Spread over the year's weekdays, during office hours (8:00–17:00 local).
        let day = Math.floor((n / DOSSIERS) * 365);
        const weekday = new Date(yearStart + day * DAY + 7 * HOUR).getUTCDay();
        if (weekday === 0) day -= 2;
        else if (weekday === 6) day -= 1;
        const submitted = yearStart + Math.max(0, day) * DAY + (8 + random() * 9) * HOUR;
        const a = agencyOf();
        sequence[a] += 1;
        const r = random();
        const channel = r < 0.8 ? 'in-person' : r < 0.96 ? 'online' : 'postal';
        const received = channel === 'in-person' ? submitted : submitted + (0.2 + random() * 1.5) * DAY;
        const due = received + (7 + Math.floor(random() * 14)) * DAY;
        let status = 'returned';
        let completed = null;
        let timeliness = null;
        let rating = null;
        let ratedAt = null;
        const fate = random();
        if (NOW.getTime() - submitted < 20 * DAY && fate < 0.5) status = random() < 0.5 ? 'received' : 'in-process';
        else if (fate < 0.01) status = 'withdrawn';
        else if (fate < 0.03) {
          status = 'rejected';
          completed = received + random() * 3 * DAY;
        } else {
          const t = random();
          timeliness = t < 0.6 ? 'early' : t < 0.97 ? 'on-time' : 'late';
          completed = timeliness === 'early' ? received + random() * (due - received - DAY) : timeliness === 'on-time' ? due - random() * 8 * HOUR : due + (1 + random() * 10) * DAY;
          if (random() < 0.3) {
            const s = random();
            rating = s < 0.8 ? 'satisfied' : s < 0.95 ? 'acceptable' : 'not-satisfied';
            ratedAt = completed + random() * 3 * DAY;
          }
        }
        if (completed !== null && completed > NOW.getTime()) {
          status = 'in-process';
          completed = timeliness = rating = ratedAt = null;
        }
        const iso = (t) => (t === null ? null : new Date(t).toISOString());
        const open = status === 'received' || status === 'in-process';
        const withdrawn = status === 'withdrawn';
        insert.run(
          `XA${String(a + 1).padStart(3, '0')}-${YEAR}-${String(sequence[a]).padStart(6, '0')}`,
          procedureCodes[procedureOf()],
          agencyIds[a],
          agencyIds[a],
          channel,
          Math.floor(random() * 4) * 50_000,
          status,
          iso(submitted),
          withdrawn ? null : iso(due),
          `bench-${n}`,
          withdrawn ? null : iso(received),
          open || withdrawn ? null : iso(completed),
          timeliness,
          rating,
          iso(ratedAt),
        );
      }
    })();
  }
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma(`cache_size = ${cache}`);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
}

let t0 = performance.now();
generate();
const generation = performance.now() - t0;
log(`${DOSSIERS.toLocaleString('en')} dossiers generated in ${(generation / 1000).toFixed(1)} s`);
t0 = performance.now();
new StatisticsStore(handle.db).rebuild();
const rebuild = performance.now() - t0;
sqlite.exec('ANALYZE');
const counts = Object.fromEntries(['statistics_daily', 'statistics_monthly', 'statistics_open_dossiers'].map((table) => [table, sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n]));
log(`rollups rebuilt in ${(rebuild / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);

// ---------------------------------------------------------------- the app and the baseline

const app = createApp({ db: handle.db, config, now: () => NOW });
const admin = new UserStore(handle.db).create({ id: randomUUID(), email: 'admin@bench.test', name: 'admin', role: 'admin', passwordHash: 'x', createdAt: NOW.toISOString() });
const token = new SessionStore(handle.db).create(admin.id, 'bearer', NOW, 365 * DAY, 'bench');
const headers = { Authorization: `Bearer ${token}` };
async function load(path) {
  const response = await app.request(path, { headers });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${body.slice(0, 300)}`);
  return body.length;
}

const startOf = (date) => new Date(Date.parse(`${date}T00:00:00Z`) - 7 * HOUR).toISOString();
const endOf = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 17 * HOUR).toISOString();
/** The statistics by agency and procedure straight from the dossiers table, as one would without rollups. */
const baselineSql = (where) => `
  SELECT agency_id, procedure_code,
    SUM(channel = 'in-person' AND submitted_at >= @from AND submitted_at < @to) AS in_person,
    SUM(channel = 'online' AND submitted_at >= @from AND submitted_at < @to) AS online,
    SUM(channel = 'postal' AND submitted_at >= @from AND submitted_at < @to) AS postal,
    SUM(status = 'returned' AND timeliness = 'early' AND completed_at >= @from AND completed_at < @to) AS early,
    SUM(status = 'returned' AND timeliness = 'on-time' AND completed_at >= @from AND completed_at < @to) AS on_time,
    SUM(status = 'returned' AND timeliness = 'late' AND completed_at >= @from AND completed_at < @to) AS late,
    SUM(CASE WHEN status = 'returned' AND completed_at >= @from AND completed_at < @to THEN julianday(completed_at, '+7 hours', 'start of day') - julianday(received_at, '+7 hours', 'start of day') END) AS days,
    SUM(status = 'rejected' AND completed_at >= @from AND completed_at < @to) AS rejected,
    SUM(rating = 'satisfied' AND rated_at >= @from AND rated_at < @to) AS satisfied,
    SUM(rating = 'acceptable' AND rated_at >= @from AND rated_at < @to) AS acceptable,
    SUM(rating = 'not-satisfied' AND rated_at >= @from AND rated_at < @to) AS unsatisfied,
    SUM(status IN ('submitted', 'received', 'in-process', 'supplement-requested', 'result-ready') AND due_at < @now) AS overdue
  FROM dossiers ${where} GROUP BY agency_id, procedure_code`;
const baselineAll = sqlite.prepare(baselineSql(''));
const baselineAgency = sqlite.prepare(baselineSql('WHERE agency_id = @agency'));
const baselineProcedure = sqlite.prepare(baselineSql('WHERE procedure_code = @procedure'));

const BIG_AGENCY = agencyIds[0];
const SMALL_AGENCY = agencyIds[AGENCIES - 1];
const POPULAR = procedureCodes[0];
const year = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };
const yearQuery = `from=${year.from}&to=${year.to}`;
const params = { from: startOf(year.from), to: endOf(year.to), now: NOW.toISOString() };
const KINDS = [
  { name: 'province, the year', run: () => load(`/api/v1/admin/statistics?${yearQuery}`), baseline: () => baselineAll.all(params) },
  { name: `largest agency (${BIG_AGENCY}), the year`, run: () => load(`/api/v1/admin/statistics?${yearQuery}&agency=${BIG_AGENCY}`), baseline: () => baselineAgency.all({ ...params, agency: BIG_AGENCY }) },
  { name: `smallest agency (${SMALL_AGENCY}), the year`, run: () => load(`/api/v1/admin/statistics?${yearQuery}&agency=${SMALL_AGENCY}`) },
  { name: `most filed procedure (${POPULAR}), the year`, run: () => load(`/api/v1/admin/statistics?${yearQuery}&procedure=${POPULAR}`), baseline: () => baselineProcedure.all({ ...params, procedure: POPULAR }) },
  { name: 'province, 15 Mar – 14 Sep (months cut: daily rollup)', run: () => load(`/api/v1/admin/statistics?from=${YEAR}-03-15&to=${YEAR}-09-14`) },
  { name: 'province, the year as statistics.csv', run: () => load(`/api/v1/admin/statistics.csv?${yearQuery}`) },
  { name: `largest agency's June as dossiers.csv`, run: () => load(`/api/v1/admin/dossiers.csv?from=${YEAR}-06-01&to=${YEAR}-06-30&agency=${BIG_AGENCY}`) },
];

const times = new Map(KINDS.flatMap((k) => [[k.name, []], [`${k.name} baseline`, []]]));
const sizes = new Map();
for (const kind of KINDS) sizes.set(kind.name, await kind.run()); // warm-up
for (let round = 0; round < ROUNDS; round += 1) {
  for (const kind of KINDS) {
    let t = performance.now();
    await kind.run();
    times.get(kind.name).push(performance.now() - t);
    if (kind.baseline && round < BASELINE_ROUNDS) {
      t = performance.now();
      kind.baseline();
      times.get(`${kind.name} baseline`).push(performance.now() - t);
    }
  }
}
log(`${ROUNDS} rounds measured`);

const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const p95 = (values) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];
const ms = (value) => (value === undefined ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const lines = [
  `Statistics over ${DOSSIERS.toLocaleString('en')} dossiers (${AGENCIES} agencies, ${PROCEDURES} procedures, one year): generated in ${(generation / 1000).toFixed(1)} s, rollups rebuilt in ${(rebuild / 1000).toFixed(1)} s (${counts.statistics_monthly.toLocaleString('en')} monthly rows, ${counts.statistics_daily.toLocaleString('en')} daily, ${counts.statistics_open_dossiers.toLocaleString('en')} open dossiers); ${ROUNDS} rounds (baseline ${BASELINE_ROUNDS}).`,
  '',
  '| dashboard load | median ms | p95 ms | answer | baseline: GROUP BY over dossiers, median ms | rollups vs baseline |',
  '|---|---:|---:|---:|---:|---:|',
];
for (const kind of KINDS) {
  const own = times.get(kind.name);
  const base = times.get(`${kind.name} baseline`);
  const ratio = base.length > 0 ? `${(median(base) / median(own)).toFixed(0)}× faster` : '–';
  lines.push(`| ${kind.name} | ${ms(median(own))} | ${ms(p95(own))} | ${(sizes.get(kind.name) / 1024).toFixed(0)} KB | ${base.length > 0 ? ms(median(base)) : '–'} | ${ratio} |`);
}
process.stdout.write(`${lines.join('\n')}\n`);
handle.close();
log('done');

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { vn } from '../test-support/processing.js';
import { dossierExport } from './dossier-export.js';
import { StatisticsStore } from './statistics-store.js';
import { statisticsFixture, type Fixture } from './test-support/statistics-fixture.js';

let f: Fixture;
before(async () => {
  f = await statisticsFixture();
});
after(() => f.t.close());

const TABLES = ['statistics_daily', 'statistics_monthly', 'statistics_open_dossiers'] as const;

const COUNTS = ['received_in_person', 'received_online', 'received_postal', 'early', 'on_time', 'late', 'processing_days', 'rejected', 'satisfied', 'acceptable', 'unsatisfied'];

/** Every rollup row, in a fixed order; a row a correction left at zero counts nothing, as one never written. */
function rollups(): Record<string, unknown[]> {
  const rows = (table: string) => (f.t.database.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all() as Record<string, unknown>[]).filter((row) => table === 'statistics_open_dossiers' || COUNTS.some((c) => row[c] !== 0));
  return Object.fromEntries(TABLES.map((table) => [table, rows(table)]));
}

test('the rollups kept transition by transition equal those rebuilt from the dossiers table', () => {
  const incremental = rollups();
  assert.ok((incremental.statistics_daily?.length ?? 0) > 5, 'the fixture filled the daily rollup');
  assert.equal(incremental.statistics_open_dossiers?.length, 2, 'the two open dossiers with a due date (#6, #9)');
  new StatisticsStore(f.t.database.db).rebuild();
  assert.deepEqual(rollups(), incremental);
});

test('rollups emptied (as on the first start after the upgrade) are rebuilt when the app starts', async () => {
  const kept = rollups();
  for (const table of TABLES) f.t.database.sqlite.prepare(`DELETE FROM ${table}`).run();
  f.t.database.sqlite.prepare("DELETE FROM settings WHERE name = 'statistics-rollups'").run();
  const { createApp } = await import('../app.js');
  createApp({ db: f.t.database.db, config: f.t.config, now: () => vn('2026-04-02', '10:00') });
  assert.deepEqual(rollups(), kept);
});

test('the dossier export reads page by page without losing or repeating a dossier across page boundaries', async () => {
  const read = async (pageSize: number) => new Response(dossierExport(f.t.database.db, { period: { from: '2026-02-01', to: '2026-04-30' } }, 'en', pageSize)).text();
  const whole = await read(500);
  assert.equal(whole.split('\r\n').length, 12 + 2, 'a header, twelve dossiers and the final line break');
  for (const size of [1, 2, 5, 11, 12]) assert.equal(await read(size), whole, `pages of ${size}`);
});

test('a dossier whose agency or procedure is corrected moves its counts with it', () => {
  const store = new StatisticsStore(f.t.database.db);
  const code = f.codes[3] as string;
  const was = f.t.database.sqlite.prepare('SELECT * FROM dossiers WHERE code = ?').get(code) as Record<string, unknown>;
  const facts = (row: Record<string, unknown>) => ({
    code,
    agencyId: row.agency_id as string,
    procedureCode: row.procedure_code as string,
    channel: row.channel as string,
    status: row.status as string,
    submittedAt: row.submitted_at as string,
    receivedAt: row.received_at as string,
    completedAt: row.completed_at as string,
    timeliness: row.timeliness as string,
    dueAt: row.due_at as string,
    rating: row.rating as string,
    ratedAt: row.rated_at as string,
  });
  f.t.database.db.transaction(() => {
    f.t.database.sqlite.prepare("UPDATE dossiers SET agency_id = 'phuong-hoan-kiem', procedure_code = '1.013228' WHERE code = ?").run(code);
    store.record(facts(was), { ...facts(was), agencyId: 'phuong-hoan-kiem', procedureCode: '1.013228' });
  });
  const moved = rollups();
  store.rebuild();
  assert.deepEqual(rollups(), moved);
});

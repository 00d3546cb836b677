import type { LocalText } from '@motcua/core';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { and, asc, eq, gt, gte, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { dossiers, settings, statisticsDaily, statisticsMonthly, statisticsOpenDossiers, versionListing } from '../db/schema/index.js';
import { addContributions, changeOf, COUNTERS, openDueOf, type DayCounts, type DossierFacts } from './dossier-contributions.js';

/** A rollup row as the report reads it: [period (month), agency, procedure, ...COUNTERS]. */
export type RollupRow = [month: string, agency: string, procedure: string, ...counters: number[]];

export interface RollupFilter {
  /** Agencies to count; undefined: every agency. */
  agencies?: readonly string[];
  procedure?: string;
  /** Read agency × procedure rows even without a filter (the CSV lists every pair). */
  pairs?: boolean;
}

/** The agency or procedure of the rows that sum all agencies of a procedure, or all procedures of an agency. */
export const ALL = '*';

function byMonth(counts: DayCounts): DayCounts {
  const months: DayCounts = new Map();
  for (const [day, vector] of counts) {
    const month = day.slice(0, 7);
    const sum = months.get(month);
    months.set(month, sum ? sum.map((n, i) => n + (vector[i] ?? 0)) : [...vector]);
  }
  return months;
}

function rowValues(period: string, agencyId: string, procedureCode: string, vector: readonly number[]): Record<string, string | number> {
  const values: Record<string, string | number> = { period, agencyId, procedureCode };
  for (let i = 0; i < COUNTERS.length; i += 1) values[COUNTERS[i] as string] = vector[i] ?? 0;
  return values;
}

/** Bumped when what the rollups count changes: a start with another value rebuilds them. */
const ROLLUP_VERSION = '1';
const MARKER = 'statistics-rollups';
/** Dossiers a rebuild reads per query. */
const REBUILD_PAGE = 5000;
const p = (name: string) => sql.placeholder(name);
const FACTS = {
  code: dossiers.code,
  agencyId: dossiers.agencyId,
  procedureCode: dossiers.procedureCode,
  channel: dossiers.channel,
  status: dossiers.status,
  submittedAt: dossiers.submittedAt,
  receivedAt: dossiers.receivedAt,
  completedAt: dossiers.completedAt,
  timeliness: dossiers.timeliness,
  dueAt: dossiers.dueAt,
  rating: dossiers.rating,
  ratedAt: dossiers.ratedAt,
};

const insertInto = (db: Db, table: typeof statisticsDaily | typeof statisticsMonthly, period: 'day' | 'month') =>
  db.insert(table).values({ [period]: p('period'), agencyId: p('agencyId'), procedureCode: p('procedureCode'), ...Object.fromEntries(COUNTERS.map((c) => [c, p(c)])) } as unknown as typeof statisticsDaily.$inferInsert);

function upsert(db: Db, table: typeof statisticsDaily | typeof statisticsMonthly, period: 'day' | 'month') {
  const key = period === 'day' ? (table as typeof statisticsDaily).day : (table as typeof statisticsMonthly).month;
  return insertInto(db, table, period)
    .onConflictDoUpdate({
      target: [table.agencyId, key, table.procedureCode],
      set: Object.fromEntries(COUNTERS.map((c) => [c, sql`${table[c]} + excluded.${sql.identifier(table[c].name)}`])),
    })
    .prepare();
}

/**
 * The statistics rollups: counters per agency, procedure and local day (and
 * month), and the open dossiers' due dates, kept in the transaction of every
 * dossier write (the processing ledger calls `record`) and rebuildable from
 * the dossiers table.
 */
export class StatisticsStore {
  private readonly daily;
  private readonly monthly;
  /** A rebuild's plain inserts: it writes each row once. */
  private readonly newDaily;
  private readonly newMonthly;
  private readonly putOpen;
  private readonly dropOpen;

  constructor(private readonly db: Db) {
    this.daily = upsert(db, statisticsDaily, 'day');
    this.monthly = upsert(db, statisticsMonthly, 'month');
    this.newDaily = insertInto(db, statisticsDaily, 'day').prepare();
    this.newMonthly = insertInto(db, statisticsMonthly, 'month').prepare();
    this.putOpen = db
      .insert(statisticsOpenDossiers)
      .values({ code: p('code'), agencyId: p('agencyId'), procedureCode: p('procedureCode'), dueAt: p('dueAt') })
      .onConflictDoUpdate({ target: statisticsOpenDossiers.code, set: { agencyId: sql`excluded.agency_id`, procedureCode: sql`excluded.procedure_code`, dueAt: sql`excluded.due_at` } })
      .prepare();
    this.dropOpen = db.delete(statisticsOpenDossiers).where(eq(statisticsOpenDossiers.code, p('code'))).prepare();
  }

  /** Counts a dossier's write (`before` undefined for a new one); call inside the write's transaction. */
  record(before: DossierFacts | undefined, after: DossierFacts): void {
    const moved = before !== undefined && (before.agencyId !== after.agencyId || before.procedureCode !== after.procedureCode);
    if (moved) {
      const gone: DayCounts = new Map();
      addContributions(gone, before, -1);
      this.apply(before, gone);
    }
    this.apply(after, changeOf(moved ? undefined : before, after));
    const was = before ? openDueOf(before) : null;
    const due = openDueOf(after);
    if (due && (due !== was || moved)) this.putOpen.run({ code: after.code, agencyId: after.agencyId, procedureCode: after.procedureCode, dueAt: due });
    else if (!due && was) this.dropOpen.run({ code: after.code });
  }

  /** Adds counts to the agency × procedure rows and to the rows that sum all procedures of the agency and all agencies of the procedure. */
  private apply(key: { agencyId: string; procedureCode: string }, counts: DayCounts): void {
    const months = byMonth(counts);
    for (const [agencyId, procedureCode] of [[key.agencyId, key.procedureCode], [key.agencyId, ALL], [ALL, key.procedureCode]] as const) {
      for (const [day, vector] of counts) this.daily.run(rowValues(day, agencyId, procedureCode, vector));
      for (const [month, vector] of months) this.monthly.run(rowValues(month, agencyId, procedureCode, vector));
    }
  }

  /**
   * Recomputes every rollup from the dossiers table in one transaction. It
   * reads the dossiers in pages by submission, the order they were written
   * in, so the pages of the table are read once each, in order; the counts
   * are summed in memory (a few hundred thousand agency × procedure × day
   * vectors for a province's year) and written once.
   */
  rebuild(): void {
    this.db.transaction((tx) => {
      tx.delete(statisticsDaily).run();
      tx.delete(statisticsMonthly).run();
      tx.delete(statisticsOpenDossiers).run();
      const page = tx
        .select(FACTS)
        .from(dossiers)
        .where(and(gte(dossiers.submittedAt, p('at')), or(gt(dossiers.submittedAt, p('at')), and(eq(dossiers.submittedAt, p('at')), gt(dossiers.code, p('code'))))))
        .orderBy(asc(dossiers.submittedAt), asc(dossiers.code))
        .limit(REBUILD_PAGE)
        .prepare();
      const sums = new Map<string, DayCounts>();
      const open: DossierFacts[] = [];
      let after = { at: '', code: '' };
      for (;;) {
        const rows = page.all(after);
        for (const d of rows) {
          const own: DayCounts = new Map();
          addContributions(own, d, 1);
          for (const key of [`${d.agencyId}\t${d.procedureCode}`, `${d.agencyId}\t${ALL}`, `${ALL}\t${d.procedureCode}`]) {
            const into = sums.get(key) ?? (sums.set(key, new Map()).get(key) as DayCounts);
            for (const [day, vector] of own) {
              const sum = into.get(day);
              if (sum) for (let i = 0; i < vector.length; i += 1) sum[i] = (sum[i] ?? 0) + (vector[i] ?? 0);
              else into.set(day, [...vector]);
            }
          }
          if (openDueOf(d)) open.push(d);
        }
        const last = rows.at(-1);
        if (!last || rows.length < REBUILD_PAGE) break;
        after = { at: last.submittedAt, code: last.code };
      }
      for (const [key, counts] of sums) {
        const [agencyId, procedureCode] = key.split('\t') as [string, string];
        for (const [day, vector] of counts) this.newDaily.run(rowValues(day, agencyId, procedureCode, vector));
        for (const [month, vector] of byMonth(counts)) this.newMonthly.run(rowValues(month, agencyId, procedureCode, vector));
      }
      for (const d of open) this.putOpen.run({ code: d.code, agencyId: d.agencyId, procedureCode: d.procedureCode, dueAt: openDueOf(d) });
      tx.insert(settings).values({ name: MARKER, value: ROLLUP_VERSION }).onConflictDoUpdate({ target: settings.name, set: { value: ROLLUP_VERSION } }).run();
    });
  }

  /** Builds the rollups on the first start after they were added (or changed), when dossiers filed before are not yet counted. */
  ensureBuilt(): void {
    const marker = this.db.select({ value: settings.value }).from(settings).where(eq(settings.name, MARKER)).get();
    if (marker?.value !== ROLLUP_VERSION) this.rebuild();
  }

  private scope(table: typeof statisticsDaily | typeof statisticsMonthly | typeof statisticsOpenDossiers, filter: RollupFilter): SQL[] {
    return [filter.agencies ? inArray(table.agencyId, [...filter.agencies]) : undefined, filter.procedure ? eq(table.procedureCode, filter.procedure) : undefined].filter((c): c is SQL => c !== undefined);
  }

  /**
   * The rows of whole months and of the days of partly covered months, each
   * labelled with its month. Without a filter, the rows that already sum all
   * procedures of an agency (for byAgency) and all agencies of a procedure
   * (for the rest); with one, the agency × procedure rows it selects.
   */
  rows(filter: RollupFilter, months: readonly string[], dayRanges: readonly [string, string][]): { byAgency: RollupRow[]; byProcedure: RollupRow[] } {
    if (filter.agencies?.length === 0) return { byAgency: [], byProcedure: [] };
    const read = (scope: (table: typeof statisticsDaily | typeof statisticsMonthly) => SQL[]): RollupRow[] => {
      const out: RollupRow[] = [];
      const m = statisticsMonthly;
      const d = statisticsDaily;
      if (months.length > 0) out.push(...this.read(m, m.month, [inArray(m.month, [...months]), ...scope(m)]));
      // One query per range: an OR of ranges would not use the key's order.
      for (const [from, to] of dayRanges) out.push(...this.read(d, d.day, [gte(d.day, from), lte(d.day, to), ...scope(d)]));
      return out;
    };
    if (!filter.pairs && !filter.agencies && !filter.procedure) {
      return { byAgency: read((t) => [eq(t.procedureCode, ALL)]), byProcedure: read((t) => [eq(t.agencyId, ALL)]) };
    }
    const pairs = read((t) => [...this.scope(t, filter), ne(t.agencyId, ALL), ne(t.procedureCode, ALL)]);
    return { byAgency: pairs, byProcedure: pairs };
  }

  private read(table: typeof statisticsDaily | typeof statisticsMonthly, period: SQLiteColumn, where: SQL[]): RollupRow[] {
    return this.db
      .select({ period, agency: table.agencyId, procedure: table.procedureCode, ...Object.fromEntries(COUNTERS.map((c) => [c, table[c]])) })
      .from(table)
      .where(and(...where))
      .values()
      .map((row) => {
        // Arrays, not objects: a province's year is thousands of rows, and naming each column of each costs more than the query.
        row[0] = String(row[0]).slice(0, 7);
        return row as RollupRow;
      });
  }

  /** Open dossiers past their due date at `now`, per agency and procedure. */
  overdue(filter: RollupFilter, now: string): { agency: string; procedure: string; n: number }[] {
    if (filter.agencies?.length === 0) return [];
    const o = statisticsOpenDossiers;
    return this.db
      .select({ agency: o.agencyId, procedure: o.procedureCode, n: sql<number>`count(*)` })
      .from(o)
      .where(and(lt(o.dueAt, now), ...this.scope(o, filter)))
      .groupBy(o.agencyId, o.procedureCode)
      .all();
  }

  /** The names of procedures as their latest published versions give them. */
  procedureNames(codes: readonly string[]): Map<string, LocalText> {
    const names = new Map<string, LocalText>();
    if (codes.length === 0) return names;
    const v = versionListing;
    for (const row of this.db.select({ code: v.code, vi: v.nameVi, en: v.nameEn }).from(v).where(inArray(v.code, [...codes])).orderBy(asc(v.code), asc(v.version)).all()) {
      names.set(row.code, row.en ? { vi: row.vi, en: row.en } : { vi: row.vi });
    }
    return names;
  }
}

import { eq, sql, type SQL } from 'drizzle-orm';
import { bumpCatalogueGeneration } from '../db/catalogue-generation.js';
import type { Db } from '../db/open-database.js';
import { settings } from '../db/schema/index.js';
import type { ProcedurePage, ProcedureQuery, ProcedureSearch, ProcedureSummary, VersionListing } from './procedure-search.js';
import { searchWords } from './search-text.js';

interface Row {
  code: string;
  version: number;
  name_vi: string;
  name_en: string | null;
  sector: string;
  tier: string;
  online_level: string;
  channels: string;
  effective_from: string;
}

/** Beyond this many matches, bm25 ordering costs more than it tells. */
const RANKED_MATCHES = 500;
/** How many recent answers are kept (a few hundred kilobytes at most). */
const CACHED_ANSWERS = 500;

/**
 * An FTS5 phrase per word, each a prefix match: quoting every word is what
 * makes quotes, hyphens, OR, NOT and * typed by a citizen plain text.
 */
function matchExpression(text: string | undefined): string | undefined {
  const words = searchWords(text ?? '');
  return words.length === 0 ? undefined : words.map((word) => `"${word}"*`).join(' ');
}

function summary(row: Row): ProcedureSummary {
  const name: ProcedureSummary['name'] = { vi: row.name_vi };
  if (row.name_en) name.en = row.name_en;
  return {
    code: row.code,
    version: row.version,
    name,
    sector: row.sector,
    tier: row.tier,
    onlineLevel: row.online_level,
    channels: row.channels.split(',').filter(Boolean),
    effectiveFrom: row.effective_from,
  };
}

/**
 * SQLite implementation of ProcedureSearch: `catalogue_listing` holds just
 * the version in force of each published procedure and `listing_search`
 * (FTS5 over text folded by foldVietnamese) indexes exactly those rows. Both
 * are brought up to date when a publication or retirement has happened (the
 * catalogue generation moved) or a version published for later comes into force.
 */
export class SqliteProcedureSearch implements ProcedureSearch {
  private generation: string | undefined;
  private builtFor: string | undefined;
  private nextChange: string | undefined;
  private readonly readGeneration;
  /**
   * Answers to recent queries. The catalogue changes rarely and citizens ask
   * for the same procedures over and over; the cache is emptied whenever the
   * listing changes, so it never answers from a stale catalogue.
   */
  private readonly answers = new Map<string, ProcedurePage>();

  constructor(private readonly db: Db) {
    this.readGeneration = db.select({ value: settings.value }).from(settings).where(eq(settings.name, 'catalogue-generation')).prepare();
  }

  indexVersion(entry: { code: string; version: number; text: string; listing: VersionListing }): void {
    const { code, version, text, listing: l } = entry;
    this.db.run(sql`INSERT INTO version_listing (code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels, search_text)
      VALUES (${code}, ${version}, ${l.effectiveFrom}, ${l.nameVi}, ${l.nameEn}, ${l.sector}, ${l.tier}, ${l.onlineLevel}, ${l.channels}, ${text})`);
    bumpCatalogueGeneration(this.db);
  }

  /**
   * Makes `catalogue_listing` and its full-text index the catalogue in force
   * at `now`, touching only the procedures whose version in force changed.
   */
  private current(now: string): void {
    const generation = this.readGeneration.get()?.value ?? '0';
    const fresh = generation === this.generation && this.builtFor !== undefined && now >= this.builtFor && (this.nextChange === undefined || now < this.nextChange);
    if (fresh) return;
    this.db.transaction((tx) => {
      const wanted = tx.all<{ code: string; version: number }>(sql`
        SELECT vl.code, MAX(vl.version) AS version FROM version_listing vl JOIN procedures p ON p.code = vl.code
        WHERE p.status = 'published' AND vl.effective_from <= ${now} GROUP BY vl.code`);
      const have = new Map(tx.all<{ id: number; code: string; version: number }>(sql`SELECT rowid AS id, code, version FROM catalogue_listing`).map((row) => [row.code, row]));
      for (const { code, version } of wanted) {
        const current = have.get(code);
        have.delete(code);
        if (current?.version === version) continue;
        tx.run(sql`INSERT INTO catalogue_listing (code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels)
          SELECT code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels FROM version_listing WHERE code = ${code} AND version = ${version}
          ON CONFLICT (code) DO UPDATE SET version = excluded.version, effective_from = excluded.effective_from, name_vi = excluded.name_vi, name_en = excluded.name_en,
            sector = excluded.sector, tier = excluded.tier, online_level = excluded.online_level, channels = excluded.channels`);
        const id = tx.get<{ id: number }>(sql`SELECT rowid AS id FROM catalogue_listing WHERE code = ${code}`)?.id as number;
        tx.run(sql`DELETE FROM listing_search WHERE rowid = ${id}`);
        tx.run(sql`INSERT INTO listing_search (rowid, text) SELECT ${id}, search_text FROM version_listing WHERE code = ${code} AND version = ${version}`);
      }
      // What is left is no longer in force: retired, or never published.
      for (const { id } of have.values()) {
        tx.run(sql`DELETE FROM listing_search WHERE rowid = ${id}`);
        tx.run(sql`DELETE FROM catalogue_listing WHERE rowid = ${id}`);
      }
    });
    this.nextChange = this.db.get<{ next: string | null }>(sql`SELECT MIN(effective_from) AS next FROM version_listing WHERE effective_from > ${now}`)?.next ?? undefined;
    this.generation = generation;
    this.builtFor = now;
    this.answers.clear();
  }

  find(query: ProcedureQuery): ProcedurePage {
    this.current(query.now);
    const { now: _now, ...asked } = query;
    const key = JSON.stringify(asked);
    const cached = this.answers.get(key);
    if (cached) return cached;
    const page = this.query(query);
    if (this.answers.size >= CACHED_ANSWERS) this.answers.delete(this.answers.keys().next().value as string);
    this.answers.set(key, page);
    return page;
  }

  private query(query: ProcedureQuery): ProcedurePage {
    const match = matchExpression(query.text);
    const filters: SQL[] = [];
    if (query.sector) filters.push(sql`l.sector = ${query.sector}`);
    if (query.tier) filters.push(sql`l.tier = ${query.tier}`);
    if (query.onlineLevel) filters.push(sql`l.online_level = ${query.onlineLevel}`);
    if (query.channel) filters.push(sql`l.channels LIKE ${`%,${query.channel},%`}`);
    if (query.agency) filters.push(sql`EXISTS (SELECT 1 FROM offerings o WHERE o.procedure_code = l.code AND o.agency_id = ${query.agency})`);
    const where = (extra: SQL[]) => {
      const all = [...extra, ...filters];
      return all.length > 0 ? sql` WHERE ${sql.join(all, sql` AND `)}` : sql``;
    };
    const matching = match ? [sql`listing_search MATCH ${match}`] : [];
    const from = match ? sql`FROM listing_search s JOIN catalogue_listing l ON l.rowid = s.rowid${where(matching)}` : sql`FROM catalogue_listing l${where([])}`;
    // Without filters, the full-text index counts its matches alone.
    const total =
      (match && filters.length === 0
        ? this.db.get<{ total: number }>(sql`SELECT COUNT(*) AS total FROM listing_search${where(matching)}`)
        : this.db.get<{ total: number }>(sql`SELECT COUNT(*) AS total ${from}`)
      )?.total ?? 0;
    // A broad query is listed in the index's own order, which lets the page stop early.
    const order = match ? (total <= RANKED_MATCHES ? sql`ORDER BY s.rank, l.code` : sql`ORDER BY s.rowid`) : sql`ORDER BY l.code`;
    const rows = this.db.all<Row>(sql`
      SELECT l.code, l.version, l.name_vi, l.name_en, l.sector, l.tier, l.online_level, l.channels, l.effective_from
      ${from} ${order} LIMIT ${query.limit} OFFSET ${query.offset}`);
    return { items: rows.map(summary), total };
  }
}

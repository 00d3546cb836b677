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

/** Beyond this many matches, bm25 ordering costs more than it tells: the list is ordered by code. */
const RANKED_MATCHES = 500;

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
 * SQLite implementation of ProcedureSearch: FTS5 over text folded by
 * foldVietnamese, joined to `catalogue_listing`, a small table holding just
 * the version in force of each published procedure. The listing is rebuilt
 * when another publication or retirement has happened (the catalogue
 * generation moved) or when a version published for later comes into force.
 */
export class SqliteProcedureSearch implements ProcedureSearch {
  private generation: string | undefined;
  private builtFor: string | undefined;
  private nextChange: string | undefined;
  private readonly readGeneration;

  constructor(private readonly db: Db) {
    this.readGeneration = db.select({ value: settings.value }).from(settings).where(eq(settings.name, 'catalogue-generation')).prepare();
  }

  indexVersion(entry: { code: string; version: number; text: string; listing: VersionListing }): void {
    const { code, version, text, listing: l } = entry;
    this.db.run(sql`INSERT INTO procedure_search (code, version, text) VALUES (${code}, ${version}, ${text})`);
    this.db.run(sql`INSERT INTO version_listing (code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels)
      VALUES (${code}, ${version}, ${l.effectiveFrom}, ${l.nameVi}, ${l.nameEn}, ${l.sector}, ${l.tier}, ${l.onlineLevel}, ${l.channels})`);
    bumpCatalogueGeneration(this.db);
  }

  /** Makes `catalogue_listing` the catalogue in force at `now`, unless it already is. */
  private current(now: string): void {
    const generation = this.readGeneration.get()?.value ?? '0';
    const fresh = generation === this.generation && this.builtFor !== undefined && now >= this.builtFor && (this.nextChange === undefined || now < this.nextChange);
    if (fresh) return;
    this.db.transaction((tx) => {
      tx.run(sql`DELETE FROM catalogue_listing`);
      tx.run(sql`INSERT INTO catalogue_listing (code, version, effective_from, name_vi, name_en, sector, tier, online_level, channels)
        SELECT l.code, l.version, l.effective_from, l.name_vi, l.name_en, l.sector, l.tier, l.online_level, l.channels
        FROM version_listing l JOIN (
          SELECT vl.code, MAX(vl.version) AS version FROM version_listing vl JOIN procedures p ON p.code = vl.code
          WHERE p.status = 'published' AND vl.effective_from <= ${now} GROUP BY vl.code
        ) f ON f.code = l.code AND f.version = l.version`);
    });
    this.nextChange = this.db.get<{ next: string | null }>(sql`SELECT MIN(effective_from) AS next FROM version_listing WHERE effective_from > ${now}`)?.next ?? undefined;
    this.generation = generation;
    this.builtFor = now;
  }

  find(query: ProcedureQuery): ProcedurePage {
    this.current(query.now);
    const match = matchExpression(query.text);
    const filters: SQL[] = [];
    if (query.sector) filters.push(sql`l.sector = ${query.sector}`);
    if (query.tier) filters.push(sql`l.tier = ${query.tier}`);
    if (query.onlineLevel) filters.push(sql`l.online_level = ${query.onlineLevel}`);
    if (query.channel) filters.push(sql`l.channels LIKE ${`%,${query.channel},%`}`);
    if (query.agency) filters.push(sql`EXISTS (SELECT 1 FROM offerings o WHERE o.procedure_code = l.code AND o.agency_id = ${query.agency})`);
    if (match) filters.push(sql`procedure_search MATCH ${match}`);
    const where = filters.length > 0 ? sql` WHERE ${sql.join(filters, sql` AND `)}` : sql``;
    const from = match
      ? sql`FROM procedure_search s JOIN catalogue_listing l ON l.code = s.code AND l.version = s.version${where}`
      : sql`FROM catalogue_listing l${where}`;
    const total = this.db.get<{ total: number }>(sql`SELECT COUNT(*) AS total ${from}`)?.total ?? 0;
    const order = match && total <= RANKED_MATCHES ? sql`ORDER BY s.rank, l.code` : sql`ORDER BY l.code`;
    const rows = this.db.all<Row>(sql`
      SELECT l.code, l.version, l.name_vi, l.name_en, l.sector, l.tier, l.online_level, l.channels, l.effective_from
      ${from} ${order} LIMIT ${query.limit} OFFSET ${query.offset}`);
    return { items: rows.map(summary), total };
  }
}

import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import type { ProcedurePage, ProcedureQuery, ProcedureSearch, ProcedureSummary } from './procedure-search.js';
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

/** SQLite implementation of ProcedureSearch (FTS5 over text folded by foldVietnamese). */
export class SqliteProcedureSearch implements ProcedureSearch {
  constructor(private readonly db: Db) {}

  indexVersion(entry: { code: string; version: number; text: string }): void {
    this.db.run(sql`INSERT INTO procedure_search (code, version, text) VALUES (${entry.code}, ${entry.version}, ${entry.text})`);
  }

  find(query: ProcedureQuery): ProcedurePage {
    const match = matchExpression(query.text);
    const filters: SQL[] = [];
    if (query.sector) filters.push(sql`v.sector = ${query.sector}`);
    if (query.tier) filters.push(sql`v.tier = ${query.tier}`);
    if (query.onlineLevel) filters.push(sql`v.online_level = ${query.onlineLevel}`);
    if (query.channel) filters.push(sql`v.channels LIKE ${`%,${query.channel},%`}`);
    if (query.agency) filters.push(sql`EXISTS (SELECT 1 FROM offerings o WHERE o.procedure_code = v.code AND o.agency_id = ${query.agency})`);
    if (match) filters.push(sql`s.text MATCH ${match}`);
    const where = filters.length > 0 ? sql` WHERE ${sql.join(filters, sql` AND `)}` : sql``;
    const from = sql`
      FROM (
        SELECT pv.code, MAX(pv.version) AS version
        FROM procedure_versions pv JOIN procedures p ON p.code = pv.code
        WHERE p.status = 'published' AND pv.effective_from <= ${query.now}
        GROUP BY pv.code
      ) f
      JOIN procedure_versions v ON v.code = f.code AND v.version = f.version
      ${match ? sql`JOIN procedure_search s ON s.code = v.code AND s.version = v.version` : sql``}
      ${where}`;
    const order = match ? sql`ORDER BY s.rank, v.code` : sql`ORDER BY v.code`;
    const rows = this.db.all<Row>(sql`
      SELECT v.code, v.version, v.name_vi, v.name_en, v.sector, v.tier, v.online_level, v.channels, v.effective_from
      ${from} ${order} LIMIT ${query.limit} OFFSET ${query.offset}`);
    const [count] = this.db.all<{ total: number }>(sql`SELECT COUNT(*) AS total ${from}`);
    return { items: rows.map(summary), total: count?.total ?? 0 };
  }
}

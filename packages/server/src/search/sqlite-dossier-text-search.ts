import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { dossiers } from '../db/schema/index.js';
import { LikeDossierTextSearch, type DossierTextSearch } from './dossier-text-search.js';

/** The trigram tokenizer indexes 3 characters; a shorter phrase matches nothing. */
const TRIGRAM = 3;
/**
 * From this many matches (in every agency) on, looking each one up costs
 * more than walking the agency's own index and checking it against them.
 */
const BROAD = 2000;

/**
 * SQLite implementation of DossierTextSearch over `dossier_search`, the FTS5
 * trigram index of `dossiers.search_text` that triggers keep in step with
 * every write (migration 0014). A search of 3 characters or more is one FTS5
 * phrase: the trigram tokenizer makes a phrase match exactly the texts that
 * contain it as a substring, answered from the index without reading the
 * dossiers. Quoting the whole search (its own quotes doubled) makes whatever
 * the officer typed, wildcards and FTS5 syntax included, plain text.
 * Searches of 1 or 2 characters have no trigram to look up: they keep the
 * plain LIKE, which is as fast as anything for text that matches most dossiers.
 */
export class SqliteDossierTextSearch implements DossierTextSearch {
  private readonly short = new LikeDossierTextSearch();

  constructor(private readonly db: Db) {}

  containing(folded: string): SQL {
    // FTS5 reads a query up to its first NUL only ("unterminated string"): such a search keeps the LIKE's answer.
    if ([...folded].length < TRIGRAM || folded.includes('\0')) return this.short.containing(folded);
    const phrase = `"${folded.replaceAll('"', '""')}"`;
    const found = this.db.all<{ id: number }>(sql`SELECT rowid AS id FROM dossier_search WHERE dossier_search MATCH ${phrase} LIMIT ${BROAD}`);
    // A few matches: the index is asked once, and they are looked up by rowid (SQLite takes an empty list).
    if (found.length < BROAD) return sql`${dossiers}.rowid IN (${sql.join(found.map(({ id }) => sql`${id}`), sql`, `)})`;
    // Many: the unary + keeps SQLite from looking each up, so the agency's own
    // index leads, in the inbox's order (a page stops early), and each of its
    // entries is checked against the matches.
    return sql`+${dossiers}.rowid IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH ${phrase})`;
  }
}

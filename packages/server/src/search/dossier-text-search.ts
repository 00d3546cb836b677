import { sql, type SQL } from 'drizzle-orm';
import { dossiers } from '../db/schema/index.js';

/**
 * The officers' search in the dossiers an agency holds: a condition on
 * `dossiers` that holds when the dossier's folded text (code, applicant and
 * answers, see searchTextOf) contains the folded search text anywhere, in the
 * middle of a word or across words. The inbox adds it to its other filters,
 * so the SQL that answers it fast is the implementation's business only.
 */
export interface DossierTextSearch {
  /** `folded` is what the officer typed, folded by foldVietnamese; never query syntax. */
  containing(folded: string): SQL;
}

/** Escapes LIKE's wildcards, so a search for "50%" finds "50%". */
function likeEscaped(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The portable answer: LIKE over `search_text`. Every database runs it; on
 * PostgreSQL a pg_trgm GIN index on `search_text` (gin_trgm_ops) serves this
 * very LIKE, so a PostgreSQL implementation is this class and that index. On
 * SQLite it reads every dossier of the agency.
 */
export class LikeDossierTextSearch implements DossierTextSearch {
  containing(folded: string): SQL {
    return sql`${dossiers.searchText} LIKE ${likeEscaped(folded)} ESCAPE '\\'`;
  }
}

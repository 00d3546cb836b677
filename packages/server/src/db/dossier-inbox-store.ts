import { and, asc, desc, eq, gte, isNotNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from './open-database.js';
import type { DossierTextSearch } from '../search/dossier-text-search.js';
import type { DossierRow } from './dossier-store.js';
import { dossiers } from './schema/index.js';

export interface InboxFilter {
  agencyId: string;
  status?: string;
  step?: string;
  channel?: string;
  procedure?: string;
  /** Folded text (no case, no diacritics) to find in the code, the applicant's name or the answers. */
  search?: string;
  /** Still open, and due at or after this instant (ISO). */
  dueFrom?: string;
  /** Still open, and due at or before this instant (ISO). */
  dueUntil?: string;
  /** Still open, and due before this instant (ISO): overdue at it. */
  dueBefore?: string;
  sort: 'submitted' | 'due';
  limit: number;
  offset: number;
}

/**
 * The officers' inbox: the dossiers an agency holds (filed with it, or
 * forwarded to it) by status, step, channel, procedure, due soon, overdue
 * or search. Indexed by holder and submission, holder and status, and the
 * open dossiers by holder and due date; the search is `textSearch`'s.
 */
export class DossierInboxStore {
  constructor(
    private readonly db: Db,
    private readonly textSearch: DossierTextSearch,
  ) {}

  list(filter: InboxFilter): { items: DossierRow[]; total: number } {
    const dueFilter = filter.dueFrom !== undefined || filter.dueUntil !== undefined || filter.dueBefore !== undefined;
    const conditions: (SQL | undefined)[] = [
      eq(dossiers.holderAgencyId, filter.agencyId),
      filter.status ? eq(dossiers.status, filter.status) : undefined,
      filter.step ? eq(dossiers.stepId, filter.step) : undefined,
      filter.channel ? eq(dossiers.channel, filter.channel) : undefined,
      filter.procedure ? eq(dossiers.procedureCode, filter.procedure) : undefined,
      filter.search ? this.textSearch.containing(filter.search) : undefined,
    ];
    // Written out as the open-due index's condition is, so that the index serves it.
    if (dueFilter) conditions.push(isNotNull(dossiers.dueAt), sql`${dossiers.status} NOT IN ('returned', 'rejected', 'withdrawn')`);
    if (filter.dueFrom) conditions.push(gte(dossiers.dueAt, filter.dueFrom));
    if (filter.dueUntil) conditions.push(lte(dossiers.dueAt, filter.dueUntil));
    if (filter.dueBefore) conditions.push(lt(dossiers.dueAt, filter.dueBefore));
    const where = and(...conditions);
    // Dossiers without a due date last, whatever the database's default place for nulls; a due filter has none.
    const order = filter.sort === 'due' ? [...(dueFilter ? [] : [asc(sql`${dossiers.dueAt} IS NULL`)]), asc(dossiers.dueAt), asc(dossiers.code)] : [desc(dossiers.submittedAt), desc(dossiers.code)];
    const items = this.db.select().from(dossiers).where(where).orderBy(...order).limit(filter.limit).offset(filter.offset).all();
    const total = this.db.select({ n: sql<number>`COUNT(*)` }).from(dossiers).where(where).get()?.n ?? 0;
    return { items, total };
  }
}

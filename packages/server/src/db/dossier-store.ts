import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { dossierDocuments, dossierEvents, dossiers, dossierSequences } from './schema/index.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossier = Omit<typeof dossiers.$inferInsert, 'code'>;

export interface DossierDocumentRow {
  documentId: string;
  uploadId: string | null;
  byPost: boolean;
}

export interface DossierEvent {
  at: string;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
}

/** Dossiers, their documents and their history. */
export class DossierStore {
  private readonly byKey;
  private readonly byCode;

  constructor(private readonly db: Db) {
    this.byKey = db.select().from(dossiers).where(eq(dossiers.idempotencyKey, sql.placeholder('key'))).prepare();
    this.byCode = db.select().from(dossiers).where(eq(dossiers.code, sql.placeholder('code'))).prepare();
  }

  withIdempotencyKey(key: string): DossierRow | undefined {
    return this.byKey.get({ key });
  }

  get(code: string): DossierRow | undefined {
    return this.byCode.get({ code });
  }

  history(code: string): DossierEvent[] {
    return this.db
      .select({ at: dossierEvents.at, actor: dossierEvents.actor, action: dossierEvents.action, fromStatus: dossierEvents.fromStatus, toStatus: dossierEvents.toStatus, note: dossierEvents.note })
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierCode, code))
      .orderBy(asc(dossierEvents.id))
      .all();
  }

  /** The next number of an agency's dossiers in a year; call inside the transaction that uses it. */
  nextSequence(agencyId: string, year: number): number {
    const row = this.db
      .insert(dossierSequences)
      .values({ agencyId, year, last: 1 })
      .onConflictDoUpdate({ target: [dossierSequences.agencyId, dossierSequences.year], set: { last: sql`${dossierSequences.last} + 1` } })
      .returning({ last: dossierSequences.last })
      .get();
    return row.last;
  }

  /** Writes a dossier with its documents and first event; call inside a transaction. */
  insert(dossier: typeof dossiers.$inferInsert, documents: readonly DossierDocumentRow[], event: DossierEvent): void {
    this.db.insert(dossiers).values(dossier).run();
    for (const document of documents) this.db.insert(dossierDocuments).values({ dossierCode: dossier.code, ...document }).run();
    this.db.insert(dossierEvents).values({ dossierCode: dossier.code, ...event }).run();
  }

  /** An agency's dossiers, newest first, optionally in one status. */
  listForAgency(agencyId: string, status: string | undefined, limit: number, offset: number): { items: DossierRow[]; total: number } {
    const where = and(eq(dossiers.agencyId, agencyId), status ? eq(dossiers.status, status) : undefined);
    const items = this.db.select().from(dossiers).where(where).orderBy(desc(dossiers.submittedAt), desc(dossiers.code)).limit(limit).offset(offset).all();
    const total = this.db.select({ n: sql<number>`COUNT(*)` }).from(dossiers).where(where).get()?.n ?? 0;
    return { items, total };
  }

  documents(code: string): DossierDocumentRow[] {
    return this.db
      .select({ documentId: dossierDocuments.documentId, uploadId: dossierDocuments.uploadId, byPost: dossierDocuments.byPost })
      .from(dossierDocuments)
      .where(and(eq(dossierDocuments.dossierCode, code)))
      .all();
  }
}

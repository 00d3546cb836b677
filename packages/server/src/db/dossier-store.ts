import { and, asc, desc, eq, getTableColumns, sql } from 'drizzle-orm';
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
const p = (name: string) => sql.placeholder(name);

export class DossierStore {
  private readonly byKey;
  private readonly byCode;
  // The writes of a submission, prepared once: building their SQL per call costs more than running it.
  private readonly sequence;
  private readonly insertDossier;
  private readonly insertDocument;
  private readonly insertEvent;

  constructor(private readonly db: Db) {
    this.byKey = db.select().from(dossiers).where(eq(dossiers.idempotencyKey, p('key'))).prepare();
    this.byCode = db.select().from(dossiers).where(eq(dossiers.code, p('code'))).prepare();
    this.sequence = db
      .insert(dossierSequences)
      .values({ agencyId: p('agencyId'), year: p('year'), last: 1 })
      .onConflictDoUpdate({ target: [dossierSequences.agencyId, dossierSequences.year], set: { last: sql`${dossierSequences.last} + 1` } })
      .returning({ last: dossierSequences.last })
      .prepare();
    this.insertDossier = db
      .insert(dossiers)
      .values(Object.fromEntries(Object.keys(getTableColumns(dossiers)).map((key) => [key, p(key)])) as unknown as typeof dossiers.$inferInsert)
      .prepare();
    this.insertDocument = db
      .insert(dossierDocuments)
      .values({ dossierCode: p('dossierCode'), documentId: p('documentId'), uploadId: p('uploadId'), byPost: p('byPost') })
      .prepare();
    this.insertEvent = db
      .insert(dossierEvents)
      .values({ dossierCode: p('dossierCode'), at: p('at'), actor: p('actor'), action: p('action'), fromStatus: p('fromStatus'), toStatus: p('toStatus'), note: p('note') })
      .prepare();
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
    return (this.sequence.get({ agencyId, year }) as { last: number }).last;
  }

  /** Writes a dossier with its documents and first event; call inside a transaction. */
  insert(dossier: typeof dossiers.$inferInsert, documents: readonly DossierDocumentRow[], event: DossierEvent): void {
    this.insertDossier.run(dossier);
    for (const document of documents) this.insertDocument.run({ dossierCode: dossier.code, ...document, byPost: document.byPost ? 1 : 0 });
    this.insertEvent.run({ dossierCode: dossier.code, ...event });
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
      .where(eq(dossierDocuments.dossierCode, code))
      .all();
  }
}

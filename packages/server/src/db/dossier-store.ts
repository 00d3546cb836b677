import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { dossierDocuments, dossierEvents, dossiers, dossierSequences } from './schema/index.js';

export type DossierRow = typeof dossiers.$inferSelect;
export type NewDossier = Omit<typeof dossiers.$inferInsert, 'code'>;
/** The columns an action may change; status and revision are the ledger's. */
export type DossierChanges = Partial<Omit<DossierRow, 'code' | 'revision'>>;

export interface DossierDocumentRow {
  documentId: string;
  uploadId: string | null;
  byPost: boolean;
  supplementId?: number | null;
}

export interface DossierEvent {
  at: string;
  /** "citizen", or the officer's user id. */
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  actorName?: string | null;
  actorRole?: string | null;
  fromStep?: string | null;
  toStep?: string | null;
  toAgency?: string | null;
  details?: Record<string, unknown> | null;
}

export interface StoredDossierEvent extends DossierEvent {
  id: number;
}

/** Dossiers, their documents and their history. */
const p = (name: string) => sql.placeholder(name);

const EVENT_COLUMNS = ['dossierCode', 'at', 'actor', 'action', 'fromStatus', 'toStatus', 'note', 'actorName', 'actorRole', 'fromStep', 'toStep', 'toAgency', 'details'] as const;

export class DossierStore {
  private readonly byKey;
  private readonly byCode;
  // The writes of a submission, prepared once: building their SQL per call costs more than running it.
  private readonly sequence;
  private readonly insertDossier;
  private readonly insertDocument;
  private readonly insertEvent;
  /** Every column null, so a new dossier need name only the ones it has. */
  private readonly blank: Record<string, null>;

  constructor(private readonly db: Db) {
    this.byKey = db.select().from(dossiers).where(eq(dossiers.idempotencyKey, p('key'))).prepare();
    this.byCode = db.select().from(dossiers).where(eq(dossiers.code, p('code'))).prepare();
    this.sequence = db
      .insert(dossierSequences)
      .values({ agencyId: p('agencyId'), year: p('year'), last: 1 })
      .onConflictDoUpdate({ target: [dossierSequences.agencyId, dossierSequences.year], set: { last: sql`${dossierSequences.last} + 1` } })
      .returning({ last: dossierSequences.last })
      .prepare();
    this.blank = Object.fromEntries(Object.keys(getTableColumns(dossiers)).map((key) => [key, null]));
    this.insertDossier = db
      .insert(dossiers)
      .values(Object.fromEntries(Object.keys(getTableColumns(dossiers)).map((key) => [key, p(key)])) as unknown as typeof dossiers.$inferInsert)
      .prepare();
    this.insertDocument = db
      .insert(dossierDocuments)
      .values({ dossierCode: p('dossierCode'), documentId: p('documentId'), uploadId: p('uploadId'), byPost: p('byPost'), supplementId: p('supplementId') })
      .prepare();
    this.insertEvent = db
      .insert(dossierEvents)
      .values(Object.fromEntries(EVENT_COLUMNS.map((key) => [key, p(key)])) as unknown as typeof dossierEvents.$inferInsert)
      .prepare();
  }

  withIdempotencyKey(key: string): DossierRow | undefined {
    return this.byKey.get({ key });
  }

  get(code: string): DossierRow | undefined {
    return this.byCode.get({ code });
  }

  history(code: string): StoredDossierEvent[] {
    return this.db
      .select()
      .from(dossierEvents)
      .where(eq(dossierEvents.dossierCode, code))
      .orderBy(asc(dossierEvents.id))
      .all()
      .map(({ dossierCode: _code, details, ...event }) => ({ ...event, details: details ? (JSON.parse(details) as Record<string, unknown>) : null }));
  }

  /** The next number of an agency's dossiers in a year; call inside the transaction that uses it. */
  nextSequence(agencyId: string, year: number): number {
    return (this.sequence.get({ agencyId, year }) as { last: number }).last;
  }

  /** Writes a dossier with its documents and first event; call inside a transaction (the processing ledger does). */
  insert(dossier: typeof dossiers.$inferInsert, documents: readonly DossierDocumentRow[], event: DossierEvent): void {
    this.insertDossier.run({ ...this.blank, revision: 0, extensionDays: 0, ...dossier });
    this.addDocuments(dossier.code, documents);
    this.appendEvent(dossier.code, event);
  }

  /**
   * Applies an action's changes if the dossier is still at `revision`, and
   * moves it to the next; false when another action got there first.
   */
  update(code: string, revision: number, changes: DossierChanges): boolean {
    const result = this.db
      .update(dossiers)
      .set({ ...changes, revision: revision + 1 })
      .where(and(eq(dossiers.code, code), eq(dossiers.revision, revision)))
      .run();
    return result.changes === 1;
  }

  appendEvent(code: string, event: DossierEvent): void {
    this.insertEvent.run({
      dossierCode: code,
      actorName: null,
      actorRole: null,
      fromStep: null,
      toStep: null,
      toAgency: null,
      ...event,
      details: event.details ? JSON.stringify(event.details) : null,
    });
  }

  addDocuments(code: string, documents: readonly DossierDocumentRow[]): void {
    for (const document of documents) this.insertDocument.run({ dossierCode: code, supplementId: null, ...document, byPost: document.byPost ? 1 : 0 });
  }

  documents(code: string): DossierDocumentRow[] {
    return this.db
      .select({ documentId: dossierDocuments.documentId, uploadId: dossierDocuments.uploadId, byPost: dossierDocuments.byPost, supplementId: dossierDocuments.supplementId })
      .from(dossierDocuments)
      .where(eq(dossierDocuments.dossierCode, code))
      .orderBy(asc(dossierDocuments.id))
      .all();
  }
}

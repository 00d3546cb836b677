import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { drafts } from './schema/index.js';

export interface StoredDraft {
  procedureCode: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

/** Drafts, found by the hash of their resume code. */
export class DraftStore {
  private readonly byHash;

  constructor(private readonly db: Db) {
    this.byHash = db.select().from(drafts).where(eq(drafts.codeHash, sql.placeholder('hash'))).prepare();
  }

  get(codeHash: string): StoredDraft | undefined {
    const row = this.byHash.get({ hash: codeHash });
    if (!row) return undefined;
    const { codeHash: _hash, ...draft } = row;
    return draft;
  }

  put(codeHash: string, draft: StoredDraft): void {
    this.db
      .insert(drafts)
      .values({ codeHash, ...draft })
      .onConflictDoUpdate({ target: drafts.codeHash, set: { body: draft.body, updatedAt: draft.updatedAt, expiresAt: draft.expiresAt } })
      .run();
  }

  delete(codeHash: string): boolean {
    return this.db.delete(drafts).where(eq(drafts.codeHash, codeHash)).run().changes > 0;
  }

  /** The uploads live drafts keep. */
  keptUploads(): Set<string> {
    const kept = new Set<string>();
    for (const row of this.db.select({ body: drafts.body }).from(drafts).all()) {
      const draft = JSON.parse(row.body) as { documents?: { uploads?: string[] }[] };
      for (const document of draft.documents ?? []) for (const id of document.uploads ?? []) kept.add(id);
    }
    return kept;
  }

  /** Removes drafts past their expiry; returns how many. */
  sweep(now: string): number {
    return this.db.delete(drafts).where(lt(drafts.expiresAt, now)).run().changes;
  }
}

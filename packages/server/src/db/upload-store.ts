import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { uploads } from './schema/index.js';

export interface StoredUpload {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  name: string;
  createdAt: string;
  dossierCode: string | null;
}

/** Upload records; the bytes are in the FileStore. */
export class UploadStore {
  private readonly byId;
  private readonly attachOne;

  constructor(private readonly db: Db) {
    this.byId = db.select().from(uploads).where(eq(uploads.id, sql.placeholder('id'))).prepare();
    this.attachOne = db.update(uploads).set({ dossierCode: sql.placeholder('dossierCode') as unknown as string }).where(eq(uploads.id, sql.placeholder('id'))).prepare();
  }

  insert(upload: Omit<StoredUpload, 'dossierCode'>): void {
    this.db.insert(uploads).values(upload).run();
  }

  get(id: string): StoredUpload | undefined {
    return this.byId.get({ id });
  }

  /** Every digest some upload record refers to. */
  digests(): Set<string> {
    return new Set(this.db.selectDistinct({ sha256: uploads.sha256 }).from(uploads).all().map((row) => row.sha256));
  }

  /**
   * Deletes upload records older than `before` that no dossier holds and no
   * draft keeps; returns how many it deleted.
   */
  sweepAbandoned(before: string, keptByDrafts: ReadonlySet<string>): number {
    const abandoned = this.db
      .select({ id: uploads.id })
      .from(uploads)
      .where(and(isNull(uploads.dossierCode), lt(uploads.createdAt, before)))
      .all()
      .filter((row) => !keptByDrafts.has(row.id));
    for (const row of abandoned) this.db.delete(uploads).where(eq(uploads.id, row.id)).run();
    return abandoned.length;
  }

  /** Marks uploads as part of a dossier; call inside the submission's transaction. */
  attach(ids: readonly string[], dossierCode: string): void {
    for (const id of ids) this.attachOne.run({ id, dossierCode });
  }
}

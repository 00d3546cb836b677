import { eq, sql } from 'drizzle-orm';
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

  constructor(private readonly db: Db) {
    this.byId = db.select().from(uploads).where(eq(uploads.id, sql.placeholder('id'))).prepare();
  }

  insert(upload: Omit<StoredUpload, 'dossierCode'>): void {
    this.db.insert(uploads).values(upload).run();
  }

  get(id: string): StoredUpload | undefined {
    return this.byId.get({ id });
  }

  /** Marks uploads as part of a dossier; call inside the submission's transaction. */
  attach(ids: readonly string[], dossierCode: string): void {
    for (const id of ids) this.db.update(uploads).set({ dossierCode }).where(eq(uploads.id, id)).run();
  }
}

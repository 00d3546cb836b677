import { eq, sql } from 'drizzle-orm';
import type { Db } from './open-database.js';
import { documentTemplates } from './schema/index.js';

export interface StoredTemplate {
  id: string;
  sha256: string;
  name: string;
  mime: string;
  size: number;
  createdAt: string;
  createdBy: string;
}

/** Document template records; the bytes are in the FileStore. Rows are never changed or deleted. */
export class TemplateStore {
  private readonly byId;

  constructor(private readonly db: Db) {
    this.byId = db.select().from(documentTemplates).where(eq(documentTemplates.id, sql.placeholder('id'))).prepare();
  }

  insert(template: StoredTemplate): void {
    this.db.insert(documentTemplates).values(template).run();
  }

  get(id: string): StoredTemplate | undefined {
    return this.byId.get({ id });
  }

  /** Every digest some template refers to: files the sweep must keep. */
  digests(): Set<string> {
    return new Set(this.db.selectDistinct({ sha256: documentTemplates.sha256 }).from(documentTemplates).all().map((row) => row.sha256));
  }
}

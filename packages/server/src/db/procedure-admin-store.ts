import { desc, eq, sql } from 'drizzle-orm';
import { bumpCatalogueGeneration } from './catalogue-generation.js';
import type { Db } from './open-database.js';
import { procedureDrafts, procedures, procedureVersions } from './schema/index.js';

export type ProcedureStatus = 'draft' | 'published' | 'retired';

export interface ProcedureOverview {
  code: string;
  status: ProcedureStatus;
  latestVersion: number | null;
  hasDraft: boolean;
  name: string | null;
  updatedAt: string;
}

/** What reform officers work on: statuses, working copies and the list of versions. */
export class ProcedureAdminStore {
  constructor(private readonly db: Db) {}

  list(status?: ProcedureStatus): ProcedureOverview[] {
    const rows = this.db
      .select({
        code: procedures.code,
        status: procedures.status,
        updatedAt: procedures.updatedAt,
        latestVersion: sql<number | null>`(SELECT MAX(v.version) FROM procedure_versions v WHERE v.code = ${procedures.code})`,
        name: sql<string | null>`(SELECT l.name_vi FROM version_listing l WHERE l.code = ${procedures.code} ORDER BY l.version DESC LIMIT 1)`,
        draft: procedureDrafts.code,
      })
      .from(procedures)
      .leftJoin(procedureDrafts, eq(procedureDrafts.code, procedures.code))
      .where(status ? eq(procedures.status, status) : undefined)
      .orderBy(procedures.code)
      .all();
    return rows.map(({ draft, ...row }) => ({ ...row, hasDraft: draft !== null }));
  }

  status(code: string): ProcedureStatus | undefined {
    return this.db.select({ status: procedures.status }).from(procedures).where(eq(procedures.code, code)).get()?.status;
  }

  draft(code: string): { body: string; updatedAt: string; updatedBy: string } | undefined {
    return this.db.select({ body: procedureDrafts.body, updatedAt: procedureDrafts.updatedAt, updatedBy: procedureDrafts.updatedBy }).from(procedureDrafts).where(eq(procedureDrafts.code, code)).get();
  }

  /** Saves the working copy, creating the procedure as a draft when the code is new. */
  putDraft(code: string, body: string, by: string, at: string): void {
    this.db.transaction((tx) => {
      tx.insert(procedures).values({ code, status: 'draft', createdAt: at, updatedAt: at }).onConflictDoNothing().run();
      tx.insert(procedureDrafts)
        .values({ code, body, updatedAt: at, updatedBy: by })
        .onConflictDoUpdate({ target: procedureDrafts.code, set: { body, updatedAt: at, updatedBy: by } })
        .run();
    });
  }

  deleteDraft(code: string): void {
    this.db.delete(procedureDrafts).where(eq(procedureDrafts.code, code)).run();
  }

  setStatus(code: string, status: ProcedureStatus, at: string): void {
    this.db.transaction(() => {
      this.db.update(procedures).set({ status, updatedAt: at }).where(eq(procedures.code, code)).run();
      bumpCatalogueGeneration(this.db);
    });
  }

  versions(code: string): { version: number; effectiveFrom: string; publishedAt: string; hash: string }[] {
    return this.db
      .select({ version: procedureVersions.version, effectiveFrom: procedureVersions.effectiveFrom, publishedAt: procedureVersions.publishedAt, hash: procedureVersions.hash })
      .from(procedureVersions)
      .where(eq(procedureVersions.code, code))
      .orderBy(desc(procedureVersions.version))
      .all();
  }
}

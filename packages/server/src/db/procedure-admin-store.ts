import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { bumpCatalogueGeneration } from './catalogue-generation.js';
import type { Db } from './open-database.js';
import { auditLog, offerings, procedureDrafts, procedures, procedureVersions, users } from './schema/index.js';

export type ProcedureStatus = 'draft' | 'published' | 'retired';

export interface ProcedureOverview {
  code: string;
  status: ProcedureStatus;
  latestVersion: number | null;
  hasDraft: boolean;
  name: string | null;
  /** The sector of the latest published version, else the one the draft names. */
  sector: string | null;
  updatedAt: string;
}

/** What the officers' list can be narrowed to; absent members do not narrow it. */
export interface ProcedureFilter {
  status?: ProcedureStatus;
  sector?: string;
  /** Only the procedures this agency offers. */
  agency?: string;
}

export interface VersionOverview {
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  hash: string;
  /** The officer who published it, from the audit log; null for a version loaded from the catalogue. */
  publishedBy: { id: string; name: string } | null;
}

/** The names and sector a draft gives itself, read only for a procedure with no published version yet. */
function draftListing(body: string): { name: string | null; sector: string | null } {
  try {
    const draft = JSON.parse(body) as { name?: { vi?: unknown }; sector?: unknown };
    return { name: typeof draft.name?.vi === 'string' ? draft.name.vi : null, sector: typeof draft.sector === 'string' ? draft.sector : null };
  } catch {
    return { name: null, sector: null };
  }
}

/** What reform officers work on: statuses, working copies and the list of versions. */
export class ProcedureAdminStore {
  constructor(private readonly db: Db) {}

  list(filter: ProcedureFilter = {}): ProcedureOverview[] {
    const rows = this.db
      .select({
        code: procedures.code,
        status: procedures.status,
        updatedAt: procedures.updatedAt,
        latestVersion: sql<number | null>`(SELECT MAX(v.version) FROM procedure_versions v WHERE v.code = ${procedures.code})`,
        name: sql<string | null>`(SELECT l.name_vi FROM version_listing l WHERE l.code = ${procedures.code} ORDER BY l.version DESC LIMIT 1)`,
        sector: sql<string | null>`(SELECT l.sector FROM version_listing l WHERE l.code = ${procedures.code} ORDER BY l.version DESC LIMIT 1)`,
        draft: procedureDrafts.code,
        // Only read when nothing is published: a draft is the one place an unpublished procedure's name and sector are.
        draftBody: sql<string | null>`CASE WHEN NOT EXISTS (SELECT 1 FROM procedure_versions v WHERE v.code = ${procedures.code}) THEN ${procedureDrafts.body} END`,
      })
      .from(procedures)
      .leftJoin(procedureDrafts, eq(procedureDrafts.code, procedures.code))
      .where(
        and(
          filter.status ? eq(procedures.status, filter.status) : undefined,
          filter.agency ? inArray(procedures.code, this.db.select({ code: offerings.procedureCode }).from(offerings).where(eq(offerings.agencyId, filter.agency))) : undefined,
        ),
      )
      .orderBy(procedures.code)
      .all();
    const overviews = rows.map(({ draft, draftBody, ...row }) => ({ ...row, ...(draftBody === null ? {} : draftListing(draftBody)), hasDraft: draft !== null }));
    return filter.sector ? overviews.filter((row) => row.sector === filter.sector) : overviews;
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

  /**
   * The published versions, newest first, each with who published it. The audit log already
   * records every publication with its officer and version, so it is read rather than copied.
   */
  versions(code: string): VersionOverview[] {
    const publishers = new Map<number, { id: string; name: string }>();
    const published = this.db
      .select({ details: auditLog.details, id: users.id, name: users.name })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.userId))
      .where(and(eq(auditLog.action, 'procedure-publish'), eq(auditLog.target, code)))
      .all();
    for (const { details, id, name } of published) {
      const version = (JSON.parse(details ?? '{}') as { version?: unknown }).version;
      if (typeof version === 'number') publishers.set(version, { id, name });
    }
    return this.db
      .select({ version: procedureVersions.version, effectiveFrom: procedureVersions.effectiveFrom, publishedAt: procedureVersions.publishedAt, hash: procedureVersions.hash })
      .from(procedureVersions)
      .where(eq(procedureVersions.code, code))
      .orderBy(desc(procedureVersions.version))
      .all()
      .map((row) => ({ ...row, publishedBy: publishers.get(row.version) ?? null }));
  }
}

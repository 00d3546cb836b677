import { createHash } from 'node:crypto';
import { and, desc, eq, lte, sql } from 'drizzle-orm';
import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition } from '@motcua/core';
import type { ProcedureSearch } from '../search/procedure-search.js';
import { searchTextOf } from '../search/search-text.js';
import type { Db } from './open-database.js';
import { procedures, procedureVersions } from './schema/index.js';

/** A published version, without its (large) definition text. */
export interface VersionRef {
  code: string;
  version: number;
  hash: string;
  effectiveFrom: string;
  publishedAt: string;
}

/** A published version as stored: the definition's text is kept byte for byte. */
export interface StoredVersion extends VersionRef {
  definitionText: string;
}

/** A version's browser validator module as stored, with the `moduleFormat` it was built in. */
export interface StoredModule {
  source: string;
  format: number;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

const refColumns = {
  code: procedureVersions.code,
  version: procedureVersions.version,
  hash: procedureVersions.hash,
  effectiveFrom: procedureVersions.effectiveFrom,
  publishedAt: procedureVersions.publishedAt,
};
const columns = { ...refColumns, definitionText: procedureVersions.definition };

/**
 * Reads and writes procedures and their versions. Statements are prepared
 * once (drizzle's query builder would otherwise rebuild the SQL on every call).
 */
export class ProcedureStore {
  private readonly inForce;
  private readonly exact;
  private readonly latest;
  private readonly module;
  private readonly moduleUpdate;

  constructor(
    private readonly db: Db,
    private readonly search: ProcedureSearch,
  ) {
    this.inForce = db
      .select(refColumns)
      .from(procedureVersions)
      .innerJoin(procedures, eq(procedures.code, procedureVersions.code))
      .where(
        and(
          eq(procedureVersions.code, sql.placeholder('code')),
          eq(procedures.status, 'published'),
          lte(procedureVersions.effectiveFrom, sql.placeholder('now')),
        ),
      )
      .orderBy(desc(procedureVersions.version))
      .limit(1)
      .prepare();
    this.exact = db
      .select(columns)
      .from(procedureVersions)
      .where(and(eq(procedureVersions.code, sql.placeholder('code')), eq(procedureVersions.version, sql.placeholder('version'))))
      .prepare();
    this.module = db
      .select({ source: procedureVersions.validatorModule, format: procedureVersions.validatorModuleFormat })
      .from(procedureVersions)
      .where(and(eq(procedureVersions.code, sql.placeholder('code')), eq(procedureVersions.version, sql.placeholder('version'))))
      .prepare();
    this.moduleUpdate = db
      .update(procedureVersions)
      .set({ validatorModule: sql.placeholder('source') as unknown as string, validatorModuleFormat: VALIDATOR_MODULE_FORMAT })
      .where(and(eq(procedureVersions.code, sql.placeholder('code')), eq(procedureVersions.version, sql.placeholder('version'))))
      .prepare();
    this.latest = db
      .select(refColumns)
      .from(procedureVersions)
      .where(eq(procedureVersions.code, sql.placeholder('code')))
      .orderBy(desc(procedureVersions.version))
      .limit(1)
      .prepare();
  }

  /** The latest published version whose effective date has come (its text is read only when needed). */
  versionInForce(code: string, now: string): VersionRef | undefined {
    return this.inForce.get({ code, now });
  }

  /** An exact version, whatever the procedure's status now: dossiers filed under it still need it. */
  version(code: string, version: number): StoredVersion | undefined {
    return this.exact.get({ code, version });
  }

  latestVersion(code: string): VersionRef | undefined {
    return this.latest.get({ code });
  }

  /** A version's browser validator module, in whatever format it was built. */
  validatorModule(code: string, version: number): StoredModule | undefined {
    return this.module.get({ code, version });
  }

  /**
   * Replaces a version's module with one this server built, in today's format. The version
   * itself (its definition, hash and dates) never changes; its module is derived from it, and
   * is rebuilt when the shape runtimes expect changes.
   */
  replaceValidatorModule(code: string, version: number, source: string): void {
    this.moduleUpdate.run({ code, version, source });
  }

  /**
   * Publishes a definition as the next version of its code, in one
   * transaction with its search entry. The text is stored as given, so the
   * hash (and the ETag) is of exactly what clients receive. The module is
   * one this server's `buildValidatorModule` built, so of today's format.
   */
  publish(definition: ProcedureDefinition, text: string, validatorModule: string, at: { effectiveFrom: string; publishedAt: string }): StoredVersion {
    return this.db.transaction((tx) => {
      const previous = tx
        .select({ version: procedureVersions.version })
        .from(procedureVersions)
        .where(eq(procedureVersions.code, definition.code))
        .orderBy(desc(procedureVersions.version))
        .limit(1)
        .get();
      const version = (previous?.version ?? 0) + 1;
      tx.insert(procedures)
        .values({ code: definition.code, status: 'published', createdAt: at.publishedAt, updatedAt: at.publishedAt })
        .onConflictDoUpdate({ target: procedures.code, set: { status: 'published', updatedAt: at.publishedAt } })
        .run();
      const stored: StoredVersion = { code: definition.code, version, definitionText: text, hash: sha256(text), ...at };
      tx.insert(procedureVersions)
        .values({
          code: definition.code,
          version,
          definition: text,
          hash: stored.hash,
          effectiveFrom: at.effectiveFrom,
          publishedAt: at.publishedAt,
          validatorModule,
          validatorModuleFormat: VALIDATOR_MODULE_FORMAT,
        })
        .run();
      this.search.indexVersion({
        code: definition.code,
        version,
        text: searchTextOf(definition),
        listing: {
          effectiveFrom: at.effectiveFrom,
          nameVi: definition.name.vi,
          nameEn: definition.name.en ?? null,
          sector: definition.sector,
          tier: definition.tier,
          onlineLevel: definition.onlineLevel,
          channels: `,${definition.channels.map((c) => c.kind).join(',')},`,
        },
      });
      return stored;
    });
  }
}

import type { JsonChange, Taxonomy, ValidationIssue } from '@motcua/core';
import { ApiProblem, OfficerApi } from '@motcua/runtime';

// The shared officers' pieces, under the names the builder's modules import them by.
export { ApiProblem, type Officer } from '@motcua/runtime';

export type ProcedureStatus = 'draft' | 'published' | 'retired';

/** A row of the officers' procedure list (`GET /api/v1/admin/procedures`). */
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

/** What the officers' list can be narrowed to on the server. */
export interface ProcedureFilter {
  status?: ProcedureStatus;
  sector?: string;
  agency?: string;
}

/** One published version (`GET …/versions`). */
export interface PublishedVersion {
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  hash: string;
  /** Who published it; null for a version loaded from the catalogue. */
  publishedBy: { id: string; name: string } | null;
}

/** An agency as the officers' API gives it (its offerings and the sites allowed to embed its forms). */
export interface Agency {
  id: string;
  code: string;
  name: { vi: string; en?: string };
  origins: string[];
  offerings: { procedure: string }[];
}

/** The public version in force, with the agencies offering it (`GET /api/v1/procedures/{code}`). */
export interface InForce {
  version: number;
  offerings: { agency: { id: string; name: { vi: string; en?: string } } }[];
}

/** The officers' API as the builder uses it: procedures, their drafts and versions, agencies. */
export class BuilderApi extends OfficerApi {
  async procedures(filter: ProcedureFilter = {}): Promise<ProcedureOverview[]> {
    const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
    return (await this.call<{ items: ProcedureOverview[] }>('GET', `/api/v1/admin/procedures${query ? `?${query}` : ''}`)).items;
  }

  /**
   * What an officer edits: the working copy with its revision when there is one, else the latest
   * published version (no revision: no draft exists yet).
   */
  async definition(procedure: Pick<ProcedureOverview, 'code' | 'hasDraft' | 'latestVersion'>): Promise<{ definition: unknown; revision?: string }> {
    const code = encodeURIComponent(procedure.code);
    if (procedure.hasDraft) {
      const { definition, revision } = await this.call<{ definition: unknown; revision: string }>('GET', `/api/v1/admin/procedures/${code}/draft`);
      return { definition, revision };
    }
    return { definition: (await this.call<{ definition: unknown }>('GET', `/api/v1/procedures/${code}/versions/${procedure.latestVersion ?? 1}`)).definition };
  }

  /**
   * Saves the working copy, even an invalid one, made from the draft at `revision` (null: no draft
   * is expected, a first save). The server answers the new revision and its own validation, or
   * refuses with a 412 `draft-changed` (details: who saved it when, and its revision) when another
   * save came first, so that two officers never undo each other's work unknowingly.
   */
  saveDraft(code: string, definition: unknown, revision: string | null): Promise<{ savedAt: string; revision: string; validation: { valid: boolean; errors: ValidationIssue[] } }> {
    return this.call('PUT', `/api/v1/admin/procedures/${encodeURIComponent(code)}/draft`, definition, revision === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${revision}"` });
  }

  /** The server's verdict on the saved working copy: what publishing it would meet. */
  validateDraft(code: string): Promise<{ valid: boolean; errors: ValidationIssue[] }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/validate`);
  }

  /** What publishing the working copy would change since a published version. */
  async changesSince(code: string, version: number): Promise<JsonChange[]> {
    return (await this.call<{ changes: JsonChange[] }>('GET', `/api/v1/admin/procedures/${encodeURIComponent(code)}/diff?from=${version}&to=draft`)).changes;
  }

  /**
   * Publishes the working copy as a new version, in force from `effectiveFrom` (an ISO date-time),
   * now when absent; given the draft's `revision`, only if nobody has saved over it since.
   */
  publish(code: string, effectiveFrom?: string, revision?: string): Promise<{ code: string; version: number; effectiveFrom: string }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/publish`, effectiveFrom ? { effectiveFrom } : {}, revision ? { 'If-Match': `"${revision}"` } : {});
  }

  /** The published versions, newest first. */
  async versions(code: string): Promise<PublishedVersion[]> {
    return (await this.call<{ items: PublishedVersion[] }>('GET', `/api/v1/admin/procedures/${encodeURIComponent(code)}/versions`)).items;
  }

  /** Withdraws a published procedure from the catalogue; its versions stay readable. */
  retire(code: string): Promise<{ code: string; status: 'retired' }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/retire`);
  }

  async agencies(): Promise<Agency[]> {
    return (await this.call<{ items: Agency[] }>('GET', '/api/v1/admin/agencies')).items;
  }

  /** The version in force and who offers it, or undefined while none is in force. */
  async inForce(code: string): Promise<InForce | undefined> {
    try {
      return await this.call<InForce>('GET', `/api/v1/procedures/${encodeURIComponent(code)}`);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) return undefined;
      throw error;
    }
  }

  async addOrigin(agency: string, origin: string): Promise<string[]> {
    return (await this.call<{ origins: string[] }>('POST', `/api/v1/admin/agencies/${encodeURIComponent(agency)}/origins`, { origin })).origins;
  }

  async removeOrigin(agency: string, origin: string): Promise<string[]> {
    return (await this.call<{ origins: string[] }>('DELETE', `/api/v1/admin/agencies/${encodeURIComponent(agency)}/origins?origin=${encodeURIComponent(origin)}`)).origins;
  }

  /** The agency offers the procedure in force (no local overrides). */
  async offer(agency: string, code: string): Promise<void> {
    await this.call('PUT', `/api/v1/admin/agencies/${encodeURIComponent(agency)}/offerings/${encodeURIComponent(code)}`, {});
  }

  taxonomy(): Promise<Taxonomy> {
    return this.call('GET', '/api/v1/taxonomy');
  }
}

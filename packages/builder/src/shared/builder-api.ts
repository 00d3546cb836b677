import type { JsonChange, Locale, Taxonomy, ValidationIssue } from '@motcua/core';

export interface Officer {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'reform-officer' | 'agency-officer';
}

export type ProcedureStatus = 'draft' | 'published' | 'retired';

/** A row of the officers' procedure list (`GET /api/v1/admin/procedures`). */
export interface ProcedureOverview {
  code: string;
  status: ProcedureStatus;
  latestVersion: number | null;
  hasDraft: boolean;
  name: string | null;
  updatedAt: string;
}

/** One published version (`GET …/versions`); the server does not say who published it. */
export interface PublishedVersion {
  version: number;
  effectiveFrom: string;
  publishedAt: string;
  hash: string;
}

/** The server's refusal, its message already in the officer's language (`Accept-Language`). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The officers' API, same origin by default so the session cookie goes with every call; the
 * server checks each write's Origin against its own (its CSRF defence), which the browser sends.
 */
export class BuilderApi {
  constructor(
    private readonly server: string,
    private readonly locale: Locale,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { 'Accept-Language': this.locale };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.server}${path}`, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    if (response.status === 204) return undefined as T;
    const answer = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string } };
    if (!response.ok) throw new ApiProblem(response.status, answer.error?.code ?? 'http', answer.error?.message ?? `HTTP ${response.status}`);
    return answer as T;
  }

  /** The signed-in officer, or undefined when the session is missing or over. */
  async me(): Promise<Officer | undefined> {
    try {
      return await this.call<Officer>('GET', '/api/v1/admin/me');
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401) return undefined;
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<Officer> {
    return (await this.call<{ officer: Officer }>('POST', '/api/v1/admin/session', { email, password })).officer;
  }

  signOut(): Promise<void> {
    return this.call('DELETE', '/api/v1/admin/session');
  }

  async procedures(status?: ProcedureStatus): Promise<ProcedureOverview[]> {
    return (await this.call<{ items: ProcedureOverview[] }>('GET', `/api/v1/admin/procedures${status ? `?status=${status}` : ''}`)).items;
  }

  /** What an officer edits: the working copy when there is one, else the latest published version. */
  async definition(procedure: Pick<ProcedureOverview, 'code' | 'hasDraft' | 'latestVersion'>): Promise<unknown> {
    const code = encodeURIComponent(procedure.code);
    if (procedure.hasDraft) return (await this.call<{ definition: unknown }>('GET', `/api/v1/admin/procedures/${code}/draft`)).definition;
    return (await this.call<{ definition: unknown }>('GET', `/api/v1/procedures/${code}/versions/${procedure.latestVersion ?? 1}`)).definition;
  }

  /** Saves the working copy, even an invalid one; the server answers with its own validation. */
  saveDraft(code: string, definition: unknown): Promise<{ savedAt: string; validation: { valid: boolean; errors: ValidationIssue[] } }> {
    return this.call('PUT', `/api/v1/admin/procedures/${encodeURIComponent(code)}/draft`, definition);
  }

  /** The server's verdict on the saved working copy: what publishing it would meet. */
  validateDraft(code: string): Promise<{ valid: boolean; errors: ValidationIssue[] }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/validate`);
  }

  /** What publishing the working copy would change since a published version. */
  async changesSince(code: string, version: number): Promise<JsonChange[]> {
    return (await this.call<{ changes: JsonChange[] }>('GET', `/api/v1/admin/procedures/${encodeURIComponent(code)}/diff?from=${version}&to=draft`)).changes;
  }

  /** Publishes the working copy as a new version, in force from `effectiveFrom` (an ISO date-time), now when absent. */
  publish(code: string, effectiveFrom?: string): Promise<{ code: string; version: number; effectiveFrom: string }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/publish`, effectiveFrom ? { effectiveFrom } : {});
  }

  /** The published versions, newest first. */
  async versions(code: string): Promise<PublishedVersion[]> {
    return (await this.call<{ items: PublishedVersion[] }>('GET', `/api/v1/admin/procedures/${encodeURIComponent(code)}/versions`)).items;
  }

  /** Withdraws a published procedure from the catalogue; its versions stay readable. */
  retire(code: string): Promise<{ code: string; status: 'retired' }> {
    return this.call('POST', `/api/v1/admin/procedures/${encodeURIComponent(code)}/retire`);
  }

  taxonomy(): Promise<Taxonomy> {
    return this.call('GET', '/api/v1/taxonomy');
  }
}

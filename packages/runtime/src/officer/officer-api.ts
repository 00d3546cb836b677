import type { Locale, StepRole } from '@motcua/core';

/** An agency the officer works for, with the roles they may take in its procedures' steps. */
export interface Membership {
  agency: string;
  stepRoles: StepRole[];
}

/** The signed-in officer, as the server gives it (`GET /api/v1/admin/me`). */
export interface Officer {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'reform-officer' | 'agency-officer';
  memberships: Membership[];
}

/** The server's refusal, its message already in the officer's language (`Accept-Language`). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * What every officers' app's API client starts from: the session calls and the request helper.
 * Same origin by default, so the session cookie goes with every call; the server checks each
 * write's Origin against its own (its CSRF defence), which the browser sends.
 */
export class OfficerApi {
  constructor(
    protected readonly server: string,
    protected readonly locale: Locale,
  ) {}

  /** Sends JSON (or a FormData as it is) and answers the server's JSON; a refusal throws an ApiProblem. */
  protected async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const sent: Record<string, string> = { 'Accept-Language': this.locale, ...headers };
    const form = body instanceof FormData;
    if (body !== undefined && !form) sent['Content-Type'] = 'application/json';
    // Public answers are cacheable for citizens; an officer who has just acted must see the server's state now.
    const response = await fetch(`${this.server}${path}`, { method, headers: sent, credentials: 'same-origin', cache: 'no-cache', ...(body !== undefined ? { body: form ? body : JSON.stringify(body) } : {}) });
    if (response.status === 204) return undefined as T;
    const answer = (await response.json().catch(() => ({}))) as { error?: { code: string; message: string; details?: unknown } };
    if (!response.ok) throw new ApiProblem(response.status, answer.error?.code ?? 'http', answer.error?.message ?? `HTTP ${response.status}`, answer.error?.details);
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
}

import type { DossierStatus } from './dossier-status-view.js';

/** A problem the server found, as `{ error: { code, message, details } }` says it, in the language asked for. */
export interface ServerProblem {
  status: number;
  code: string;
  message: string;
  details: unknown;
}

export type DossierAnswer = { ok: true; status: DossierStatus } | { ok: false; problem: ServerProblem } | { ok: false; unreachable: unknown };

/**
 * The citizen's calls about one dossier. The secret always travels in the
 * `X-Dossier-Secret` header, never in a URL: a URL ends up in the browser's
 * history, the server's logs and the Referer of the next page.
 */
export class DossierClient {
  constructor(
    private readonly server: string,
    readonly code: string,
    private readonly secret: string,
    private readonly language: string,
  ) {}

  private url(path = ''): string {
    return `${this.server}/api/v1/dossiers/${encodeURIComponent(this.code)}${path}`;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { 'X-Dossier-Secret': this.secret, 'Accept-Language': this.language, ...extra };
  }

  status(): Promise<DossierAnswer> {
    return this.call(this.url(), { headers: this.headers() });
  }

  /** `supplement`, `rating` or `withdraw`; each answers the dossier's new status. */
  act(action: 'supplement' | 'rating' | 'withdraw', body: Record<string, unknown>): Promise<DossierAnswer> {
    return this.call(this.url(`/${action}`), { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(body) });
  }

  /** The result file of a dossier returned online. */
  async result(): Promise<{ ok: true; file: Blob } | { ok: false; cause: unknown }> {
    try {
      const response = await fetch(this.url('/result'), { headers: this.headers(), cache: 'no-store' });
      if (!response.ok) return { ok: false, cause: { status: response.status } };
      return { ok: true, file: await response.blob() };
    } catch (cause) {
      return { ok: false, cause };
    }
  }

  private async call(url: string, init: RequestInit): Promise<DossierAnswer> {
    let response: Response;
    let body: unknown;
    try {
      response = await fetch(url, { ...init, cache: 'no-store' });
      body = await response.json().catch(() => null);
    } catch (unreachable) {
      return { ok: false, unreachable };
    }
    if (response.ok) return { ok: true, status: body as DossierStatus };
    const error = ((body ?? {}) as { error?: Partial<ServerProblem> }).error ?? {};
    return { ok: false, problem: { status: response.status, code: String(error.code ?? 'http-error'), message: String(error.message ?? ''), details: error.details ?? null } };
  }
}

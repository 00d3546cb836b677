import type { FormState } from './form-session.js';

/** What autosave keeps for one procedure version on this device. */
export interface SavedForm {
  state: FormState;
  /** The idempotency key of a submission begun but not confirmed: a reload retries it, never files twice. */
  pendingKey?: string;
  savedAt: string;
}

const PREFIX = 'motcua:form:';

function keyOf(server: string, procedure: string, version: number | string): string {
  return `${PREFIX}${server}|${procedure}|${version}`;
}

/**
 * Autosave in the browser's localStorage. Storage can be missing or full
 * (private browsing, a full phone): the form then works without it rather
 * than failing, so every access is guarded.
 */
export class FormStorage {
  private readonly key: string;

  constructor(server: string, procedure: string, version: number | string) {
    this.key = keyOf(server, procedure, version);
  }

  load(): SavedForm | undefined {
    try {
      const raw = globalThis.localStorage?.getItem(this.key);
      if (!raw) return undefined;
      const saved = JSON.parse(raw) as SavedForm;
      return saved && typeof saved === 'object' && saved.state && typeof saved.state.answers === 'object' ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  save(saved: Omit<SavedForm, 'savedAt'>): void {
    try {
      globalThis.localStorage?.setItem(this.key, JSON.stringify({ ...saved, savedAt: new Date().toISOString() }));
    } catch {
      // Quota or privacy mode: the citizen keeps typing; only the autosave is lost.
    }
  }

  clear(): void {
    try {
      globalThis.localStorage?.removeItem(this.key);
    } catch {
      // As above.
    }
  }
}

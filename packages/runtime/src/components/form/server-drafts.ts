import { formatDate, type Locale } from '@motcua/core';
import { html, type TemplateResult } from 'lit';
import type { DraftNotice } from './form-drafts.js';
import type { FormState } from './form-session.js';
import type { SayAny } from './render-form.js';

/** A draft saved on the server, for another device or another day. */
export interface ServerDraft {
  resumeCode: string;
  expiresAt: string;
  draft: Partial<FormState> & { procedure: string; version?: number; documents?: unknown };
}

export async function saveServerDraft(server: string, resumeCode: string | undefined, body: object, locale: string): Promise<ServerDraft | undefined> {
  try {
    const response = await fetch(`${server}/api/v1/drafts${resumeCode ? `/${encodeURIComponent(resumeCode)}` : ''}`, {
      method: resumeCode ? 'PUT' : 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
      body: JSON.stringify(body),
    });
    return response.ok ? ((await response.json()) as ServerDraft) : undefined;
  } catch {
    return undefined;
  }
}

export async function loadServerDraft(server: string, resumeCode: string): Promise<ServerDraft | undefined> {
  try {
    const response = await fetch(`${server}/api/v1/drafts/${encodeURIComponent(resumeCode)}`);
    return response.ok ? ((await response.json()) as ServerDraft) : undefined;
  } catch {
    return undefined;
  }
}

/** A saved draft as the form's state, or undefined when the code is unknown, expired or of another procedure. */
export async function resumeDraft(server: string, resumeCode: string, procedure: string): Promise<{ resumeCode: string; state: FormState } | undefined> {
  const found = await loadServerDraft(server, resumeCode);
  if (!found || found.draft.procedure !== procedure) return undefined;
  const { draft } = found;
  const documents: FormState['documents'] = {};
  // A draft keeps upload ids only: the slot shows the id until the file is replaced.
  for (const entry of (draft.documents ?? []) as { document: string; uploads?: string[]; byPost?: true }[]) {
    documents[entry.document] = { uploads: (entry.uploads ?? []).map((id) => ({ id, name: id, size: 0, type: '' })), ...(entry.byPost ? { byPost: true } : {}) };
  }
  const state: FormState = { answers: draft.answers ?? {}, documents };
  for (const key of ['case', 'applicantCategory', 'agency', 'delivery', 'deliveryAddress'] as const) {
    if (draft[key] !== undefined) Object.assign(state, { [key]: draft[key] });
  }
  return { resumeCode: found.resumeCode, state };
}

/** Saves (or saves again, under the same code) the draft of a published version. */
export function saveDraft(server: string, resumeCode: string | undefined, published: { code: string; version: number }, state: FormState, answers: Record<string, unknown>, locale: string): Promise<ServerDraft | undefined> {
  const body: Record<string, unknown> = { procedure: published.code, version: published.version, answers };
  for (const key of ['case', 'applicantCategory', 'agency', 'delivery'] as const) if (state[key]) body[key] = state[key];
  const address = state.deliveryAddress;
  // The server takes an address only when whole; a half-typed one waits in the browser's autosave.
  if (address && Object.values(address).filter(Boolean).length === 5) body.deliveryAddress = address;
  body.documents = Object.entries(state.documents ?? {}).flatMap(([document, given]): { document: string; uploads?: string[]; byPost?: true }[] =>
    given.byPost ? [{ document, byPost: true as const }] : given.uploads.length ? [{ document, uploads: given.uploads.map((u) => u.id) }] : [],
  );
  return saveServerDraft(server, resumeCode, body, locale);
}

/** What the form says after saving a draft, or failing to save or find one. */
export function renderDraftNotice(notice: Exclude<DraftNotice, { kind: 'restored' }>, server: string, locale: Locale, say: SayAny): TemplateResult {
  if (notice.kind === 'saved') {
    const link = new URL(globalThis.location?.href ?? server);
    link.searchParams.set('motcua-resume', notice.code);
    const date = formatDate(notice.expiresAt, locale);
    return html`<div class="notice" role="status" tabindex="-1"><p>${say('saved', { code: notice.code, date })}</p><p><a href=${link.href}>${link.href}</a></p></div>`;
  }
  return html`<div class="notice error" role="alert" tabindex="-1"><p>${say(notice.kind === 'save-failed' ? 'saveFailed' : 'resumeFailed')}</p></div>`;
}

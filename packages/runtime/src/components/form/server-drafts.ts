import type { FormState } from './form-session.js';

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

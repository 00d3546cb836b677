import type { Locale } from '@motcua/core';
import { ApiProblem } from './builder-api.js';

/** What the server kept of an uploaded file. */
export interface StoredUpload {
  id: string;
  name: string;
  size: number;
  mime: string;
}

/**
 * Uploads a document's template through the server's one upload route (`POST /api/v1/uploads`,
 * the route citizens' documents use: the file is checked by its content against every known type
 * and the server's size limit). The server has no route for templates, nor one that serves an
 * upload back, so the address written is where such a route would serve it.
 */
export async function uploadTemplate(server: string, locale: Locale, file: File): Promise<{ upload: StoredUpload; url: string }> {
  const body = new FormData();
  body.set('file', file);
  const response = await fetch(`${server}/api/v1/uploads`, { method: 'POST', body, headers: { 'Accept-Language': locale }, credentials: 'same-origin' });
  const answer = (await response.json().catch(() => ({}))) as Partial<StoredUpload> & { error?: { code: string; message: string } };
  if (!response.ok) throw new ApiProblem(response.status, answer.error?.code ?? 'http', answer.error?.message ?? `HTTP ${response.status}`);
  const upload = answer as StoredUpload;
  const origin = server || location.origin;
  return { upload, url: new URL(`/api/v1/uploads/${encodeURIComponent(upload.id)}`, origin).href };
}

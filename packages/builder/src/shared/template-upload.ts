import type { Locale } from '@motcua/core';
import { ApiProblem } from './builder-api.js';

/** What the server kept of an uploaded template. */
export interface StoredTemplate {
  id: string;
  name: string;
  size: number;
  mime: string;
}

/**
 * Uploads a document's template (mẫu đơn, tờ khai) to the server's template route
 * (`POST /api/v1/admin/templates`, for reform officers and admins: the file is checked by its
 * content against core's file-type table and the server's size limit) and gives back the URL the
 * server answered: absolute from the server's public address, public, serving these bytes under
 * their name for good (the server never sweeps a template), so citizens download the form from
 * the posting and `<motcua-procedure>` on any agency's page.
 */
export async function uploadTemplate(server: string, locale: Locale, file: File): Promise<{ upload: StoredTemplate; url: string }> {
  const body = new FormData();
  body.set('file', file);
  const response = await fetch(`${server}/api/v1/admin/templates`, { method: 'POST', body, headers: { 'Accept-Language': locale }, credentials: 'same-origin' });
  const answer = (await response.json().catch(() => ({}))) as Partial<StoredTemplate> & { url?: string; error?: { code: string; message: string } };
  if (!response.ok) throw new ApiProblem(response.status, answer.error?.code ?? 'http', answer.error?.message ?? `HTTP ${response.status}`);
  const { url, ...upload } = answer as StoredTemplate & { url: string };
  return { upload, url };
}

import type { ProcedureDefinition } from '@motcua/core';
import type { DossierRecord } from '../shared/office-api.js';
export { accessibilityViolations, cleanup, fixture, until } from '@motcua/runtime/test-support';

declare global {
  interface Window {
    MOTCUA_ADMIN: { email: string; password: string };
  }
}

/** The first admin of the server the test runner started (the runner passes /api/ to it). */
export const ADMIN = window.MOTCUA_ADMIN;

async function json(path: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(path, { ...init, headers: { 'Content-Type': 'application/json', 'Accept-Language': 'vi', ...(init.headers as Record<string, string> | undefined) } });
  return { status: response.status, body: response.status === 204 ? null : await response.json() };
}

/** Signs the page in, as the back office's sign-in form does (the admin by default). */
export async function signIn(account: { email: string; password: string } = ADMIN): Promise<void> {
  const { status } = await json('/api/v1/admin/session', { method: 'POST', body: JSON.stringify(account) });
  if (status !== 200) throw new Error(`sign-in failed: HTTP ${status}`);
}

export async function signOut(): Promise<void> {
  await fetch('/api/v1/admin/session', { method: 'DELETE' });
}

let accounts = 0;

/** A new agency officer of `agency` with only these step roles; the admin must be signed in. */
export async function agencyOfficer(agency: string, stepRoles: string[]): Promise<{ email: string; password: string; name: string }> {
  accounts += 1;
  const account = { email: `officer-${accounts}-${Date.now()}@motcua.test`, password: 'mật khẩu của cán bộ một cửa', name: `Cán bộ ${stepRoles.join(' + ')} ${accounts}` };
  const made = await json('/api/v1/admin/users', { method: 'POST', body: JSON.stringify({ ...account, role: 'agency-officer' }) });
  if (made.status !== 201) throw new Error(`user: HTTP ${made.status} ${JSON.stringify(made.body)}`);
  const member = await json(`/api/v1/admin/users/${made.body.id}/memberships`, { method: 'PUT', body: JSON.stringify([{ agency, stepRoles }]) });
  if (member.status !== 200) throw new Error(`membership: HTTP ${member.status} ${JSON.stringify(member.body)}`);
  return account;
}

/** A small valid PDF, as a scanned document arrives. */
export function pdfFile(name = 'ban-chinh.pdf'): File {
  return new File([`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${name}\ntrailer << /Root 1 0 R >>\n%%EOF\n`], name, { type: 'application/pdf' });
}

/** Uploads a document through the citizens' upload route; answers its id. */
export async function upload(file: File): Promise<string> {
  const body = new FormData();
  body.set('file', file);
  const response = await fetch('/api/v1/uploads', { method: 'POST', body });
  const answer = await response.json();
  if (response.status !== 201) throw new Error(`upload: HTTP ${response.status} ${JSON.stringify(answer)}`);
  return answer.id as string;
}

let keys = 0;

/**
 * Files a certified-copy dossier (2.000815) with Ba Đình ward as a citizen does online, for
 * `applicant`; answers the receipt.
 */
export async function fileDossier(applicant: string, overrides: Record<string, unknown> = {}): Promise<{ code: string; secret: string }> {
  keys += 1;
  const request = {
    version: 1,
    agency: 'phuong-ba-dinh',
    channel: 'online',
    delivery: 'in-person',
    answers: { hoTen: applicant, banSao: [{ tenGiayTo: 'Học bạ', soTrang: 3, soBan: 2 }] },
    documents: [{ document: 'ban-chinh', uploads: [await upload(pdfFile())] }],
    ...overrides,
  };
  const { status, body } = await json('/api/v1/procedures/2.000815/dossiers', { method: 'POST', body: JSON.stringify(request), headers: { 'Idempotency-Key': `office-test-${keys}-${Date.now()}` } });
  if (status !== 201) throw new Error(`submission: HTTP ${status} ${JSON.stringify(body)}`);
  return body;
}

/** Files a dossier at an agency's counter (2.000815) as the signed-in officer does; answers the receipt. */
export async function fileAtCounter(applicant: string, channel: 'in-person' | 'postal', receive = false, agency = 'phuong-ba-dinh'): Promise<{ code: string; secret: string }> {
  keys += 1;
  const request = {
    version: 1,
    channel,
    delivery: 'in-person',
    answers: { hoTen: applicant, banSao: [{ tenGiayTo: 'Giấy khai sinh', soTrang: 1, soBan: 1 }] },
    documents: [{ document: 'ban-chinh', uploads: [await upload(pdfFile())] }],
    applicant: { name: applicant },
    receive,
  };
  const { status, body } = await json(`/api/v1/admin/agencies/${agency}/procedures/2.000815/dossiers`, { method: 'POST', body: JSON.stringify(request), headers: { 'Idempotency-Key': `office-counter-${keys}-${Date.now()}` } });
  if (status !== 201) throw new Error(`counter intake: HTTP ${status} ${JSON.stringify(body)}`);
  return body.receipt;
}

/** An officer's action through the real route, on the revision just read, as the back office sends it. */
export async function actOn(code: string, action: string, body: Record<string, unknown> = {}): Promise<{ status: number; body: any }> {
  const seen = await fetch(`/api/v1/admin/dossiers/${code}`);
  return json(`/api/v1/admin/dossiers/${code}/${action}`, { method: 'POST', body: JSON.stringify(body), headers: { 'If-Match': seen.headers.get('etag') ?? '"0"' } });
}

/**
 * A dossier in full, as the back office reads it. Read here over HTTP: the back office's own client
 * comes from the runtime, which only the bundle (`loadOffice`) carries to the browser.
 */
export async function dossierRecord(code: string): Promise<DossierRecord> {
  const { status, body } = await json(`/api/v1/admin/dossiers/${code}`);
  if (status !== 200) throw new Error(`dossier: HTTP ${status} ${JSON.stringify(body)}`);
  return body as DossierRecord;
}

/** A published version's definition, as the dossier's page reads it. */
export async function publishedDefinition(code: string, version: number): Promise<ProcedureDefinition> {
  const { status, body } = await json(`/api/v1/procedures/${code}/versions/${version}`);
  if (status !== 200) throw new Error(`definition: HTTP ${status} ${JSON.stringify(body)}`);
  return body.definition as ProcedureDefinition;
}

export const shadow = (element: Element) => element.shadowRoot as ShadowRoot;

/** Loads dist/public/office.js, the very bundle the server's /office page loads, so the tests exercise what ships. */
export async function loadOffice(): Promise<void> {
  await import(new URL('../public/office.js', import.meta.url).href);
}

import type { Bilingual, ChannelKind, DocumentRequirement, FeeBreakdown, LocalText } from '@motcua/core';
import { CHOICE } from './choice-paths.js';
import type { DeliveryAddress, FormSession } from './form-session.js';
import { issuePath } from './form-pages.js';
import type { FieldView } from './form-view.js';

/** The body of `POST /api/v1/procedures/{code}/dossiers`. */
export interface SubmissionBody {
  version: number;
  agency: string;
  case?: string;
  channel: ChannelKind;
  delivery: ChannelKind;
  deliveryAddress?: Required<DeliveryAddress>;
  applicantCategory?: string;
  answers: Record<string, unknown>;
  documents: { document: string; uploads?: string[]; byPost?: true }[];
}

/** What the form sends: the answers shown, the choices made, and each required document's uploads or promise to post it. */
export function submissionBody(session: FormSession, version: number, documents: readonly DocumentRequirement[], deliveries: readonly ChannelKind[]): SubmissionBody {
  const state = session.state;
  const body: SubmissionBody = {
    version,
    agency: state.agency ?? '',
    channel: session.channel,
    delivery: state.delivery ?? (deliveries[0] as ChannelKind),
    answers: session.answers(),
    documents: documents.flatMap((d): SubmissionBody['documents'] => {
      const given = state.documents?.[d.id];
      if (given?.byPost) return [{ document: d.id, byPost: true }];
      return given?.uploads.length ? [{ document: d.id, uploads: given.uploads.map((u) => u.id) }] : [];
    }),
  };
  const chosen = session.caseId;
  if (chosen) body.case = chosen;
  if (state.applicantCategory) body.applicantCategory = state.applicantCategory;
  if (body.delivery === 'postal' && state.deliveryAddress) body.deliveryAddress = state.deliveryAddress as SubmissionBody['deliveryAddress'];
  return body;
}

/** The server's receipt for a filed dossier. */
export interface Receipt {
  code: string;
  secret: string;
  status: string;
  procedure: { code: string; version: number; name: LocalText };
  agency: { id: string; name: LocalText };
  case: { id: string; name: LocalText };
  channel: ChannelKind;
  delivery: ChannelKind;
  submittedAt: string;
  expectedDate: string | null;
  fee: FeeBreakdown;
  documentsByPost: string[];
  next: Bilingual;
}

export interface SubmissionIssue {
  path: string;
  code: string;
  message: Bilingual;
  details?: { document?: unknown };
}

export type SubmitOutcome =
  | { kind: 'submitted'; receipt: Receipt }
  | { kind: 'invalid'; issues: SubmissionIssue[]; message: string }
  | { kind: 'version-changed' }
  | { kind: 'network' }
  | { kind: 'refused'; code: string; message: string };

/** A dossier filed at a counter by a signed-in officer: for which agency, and what the officer adds (`applicant`, `receive`…). */
export interface CounterIntake {
  agency: string;
  fields: Record<string, unknown>;
}

/**
 * Files the dossier under an idempotency key. The same key is sent again on
 * every retry (after a dropped connection the citizen cannot know whether the
 * first attempt arrived), so the server files it once and answers a retry
 * with the original receipt.
 */
export async function submitDossier(server: string, procedure: string, key: string, body: SubmissionBody, locale: string, intake?: CounterIntake): Promise<SubmitOutcome> {
  let response: Response;
  // At a counter the officers' route files it, the agency in its path, with the officer's additions.
  const { agency: _agency, ...atCounter } = body;
  const url = intake ? `${server}/api/v1/admin/agencies/${encodeURIComponent(intake.agency)}/procedures/${encodeURIComponent(procedure)}/dossiers` : `${server}/api/v1/procedures/${encodeURIComponent(procedure)}/dossiers`;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'Accept-Language': locale },
      body: JSON.stringify(intake ? { ...atCounter, ...intake.fields } : body),
    });
  } catch {
    return { kind: 'network' };
  }
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    // A proxy's HTML error page, or a connection cut mid-answer: the dossier may be filed, and a retry with the key says so.
    return { kind: 'network' };
  }
  if (response.status === 201 || response.status === 200) return { kind: 'submitted', receipt: (intake ? (answer as { receipt: Receipt }).receipt : answer) as Receipt };
  if (response.status >= 500 || response.status === 429) return { kind: 'network' };
  const error = (answer as { error?: { code?: string; message?: string; details?: { errors?: SubmissionIssue[] } } }).error ?? {};
  if (error.code === 'version-not-in-force') return { kind: 'version-changed' };
  if (response.status === 422 && Array.isArray(error.details?.errors)) return { kind: 'invalid', issues: error.details.errors, message: error.message ?? '' };
  return { kind: 'refused', code: error.code ?? `http-${response.status}`, message: error.message ?? `HTTP ${response.status}` };
}

/** Where on the form a server issue belongs: answers by their field, documents by their slot, the address by its input. */
export function serverPath(issue: SubmissionIssue, documents: readonly string[], views: ReadonlyMap<string, FieldView>): string {
  const { path } = issue;
  if (typeof issue.details?.document === 'string') return `$document/${issue.details.document}`;
  if (path.startsWith('/answers')) return issuePath(path.slice('/answers'.length), views);
  const document = /^\/documents\/(\d+)/.exec(path);
  if (document) return `$document/${documents[Number(document[1])] ?? ''}`;
  if (path.startsWith('/deliveryAddress')) return `${CHOICE.address}${path.slice('/deliveryAddress'.length) || '/detail'}`;
  if (path === '/case') return CHOICE.case;
  if (path === '/agency') return CHOICE.agency;
  return path;
}

import type { Quote } from '@motcua/core';
import type { FormFlow } from './form-flow.js';
import { newIdempotencyKey } from './form-pages.js';
import { serverPath, submissionBody, submitDossier, type Receipt, type SubmitOutcome } from './form-submit.js';

/**
 * Sends the dossier once the form has found nothing to fix, and shows what
 * the server answered. The key is kept (in the autosave too) until the server
 * has answered, so that a retry, even after a reload, can only get the first
 * dossier's receipt.
 */
export async function submitForm(flow: FormFlow, published: { code: string; version: number }, quote: Quote): Promise<Receipt | undefined> {
  const { drafts, host, session } = flow;
  const key = drafts.pendingKey ?? newIdempotencyKey();
  drafts.pendingKey = key;
  drafts.autosave(session.state, true);
  const body = submissionBody(session, published.version, quote.documents, flow.deliveries);
  flow.submitting = true;
  flow.submitProblem = undefined;
  host.requestUpdate();
  const { intake } = host;
  const outcome = await submitDossier(flow.server, published.code, key, body, flow.locale, intake && body.agency ? { agency: body.agency, fields: intake } : undefined);
  flow.submitting = false;
  settle(flow, outcome, body.documents.map((d) => d.document));
  host.requestUpdate();
  return flow.receipt;
}

function settle(flow: FormFlow, outcome: SubmitOutcome, sent: readonly string[]): void {
  const { drafts, host } = flow;
  if (outcome.kind === 'network') {
    flow.submitProblem = { key: 'networkFailed' };
    return;
  }
  // The server did not file it: a corrected dossier is a new request and needs a new key.
  drafts.pendingKey = undefined;
  if (outcome.kind === 'submitted') {
    flow.receipt = outcome.receipt;
    drafts.close();
    host.dispatchEvent(new CustomEvent('motcua-submitted', { detail: outcome.receipt, bubbles: true, composed: true }));
  } else if (outcome.kind === 'version-changed') {
    flow.submitProblem = { key: 'versionChanged' };
  } else if (outcome.kind === 'invalid') {
    flow.summary = outcome.issues.map((issue) => ({ path: serverPath(issue, sent, flow.session.build.byPath), message: issue.message[flow.locale] }));
    flow.errors = new Map(flow.summary.map((i) => [i.path, i.message]));
  } else {
    flow.submitProblem = { message: outcome.message };
    host.dispatchEvent(new CustomEvent('motcua-error', { detail: { code: 'submit-refused', message: outcome.message }, bubbles: true, composed: true }));
  }
}

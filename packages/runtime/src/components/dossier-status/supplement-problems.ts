import { parsePointer, type Bilingual, type Locale } from '@motcua/core';
import type { ServerProblem } from './dossier-client.js';
import type { SupplementRequest } from './dossier-status-view.js';
import type { Problem } from './error-summary.js';
import { slotId, type AnswerGroup } from './supplement-fields.js';

interface Issue {
  path?: string;
  message?: Bilingual | string;
  details?: { document?: string };
}

/**
 * The input an answer's path belongs to: the input of that very answer, or
 * of the answer that holds it (a missing member of an address is reported
 * at the address), or the first input of its top-level answer.
 */
function inputFor(path: string, groups: readonly AnswerGroup[]): string | undefined {
  const inputs = groups.flatMap((g) => g.inputs);
  const exact = inputs.filter((i) => path === i.pointer || path.startsWith(`${i.pointer}/`)).sort((a, b) => b.pointer.length - a.pointer.length)[0];
  if (exact) return exact.id;
  const member = parsePointer(path)[0];
  return groups.find((g) => g.member === member)?.inputs[0]?.id;
}

/**
 * The server's refusal of a supplement, as problems at the fields they are
 * about: `/answers/…` paths at their inputs, `/documents/N…` at the slot of
 * the N-th document sent, a missing document at its slot, and anything else
 * in the summary alone, in the server's words.
 */
export function problemsFromServer(
  problem: ServerProblem,
  request: SupplementRequest,
  groups: readonly AnswerGroup[],
  sent: readonly Record<string, unknown>[],
  fallback: string,
  language: Locale,
): Problem[] {
  const details = (problem.details ?? {}) as { errors?: Issue[]; fields?: string[] };
  if (problem.code === 'supplement-incomplete' && Array.isArray(details.fields)) {
    return details.fields.map((member) => {
      const target = inputFor(`/${member}`, groups);
      return target ? { target, message: problem.message } : { message: problem.message };
    });
  }
  const issues = Array.isArray(details.errors) ? details.errors : [];
  if (issues.length === 0) return [{ message: problem.message || fallback }];
  return issues.map((issue) => {
    const message = typeof issue.message === 'string' ? issue.message : (issue.message?.[language] ?? problem.message);
    const path = (issue.path ?? '').replace(/^\/body(?=\/)/, '');
    let target: string | undefined;
    if (path.startsWith('/answers/')) target = inputFor(path.slice('/answers'.length), groups);
    const documentAt = /^\/documents\/(\d+)/.exec(path);
    if (documentAt) target = slotId(String(sent[Number(documentAt[1])]?.document ?? ''));
    if (path === '/documents' && issue.details?.document) target = slotId(issue.details.document);
    const known = target && (target.startsWith('supplement-field-') || request.documents.some((d) => slotId(d.id) === target));
    return known ? { target, message } : { message };
  });
}

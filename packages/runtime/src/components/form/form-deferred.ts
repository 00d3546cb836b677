// What the form needs only once its first fields show: fees, documents and the
// working-day calendar, the wording of validation errors, the upload slots and
// the receipt. None of it is needed to start typing, so it stays out of the first
// download and is fetched right after the first render.
import {
  MotcuaError,
  quote,
  resolveCalendar,
  type CalendarFile,
  type ConditionContext,
  type ConditionEvaluator,
  type Offering,
  type ProcedureDefinition,
  type Quote,
  type ResolvedCalendar,
} from '@motcua/core';
import '../document-slot/motcua-document-slot.js';
import '../receipt/motcua-receipt.js';

export { formProblems, onPage, shownErrors } from './form-problems.js';
export { submitForm } from './form-submission.js';
export { LATER_TEXT } from './form-text-later.js';
export { deferredStyles, renderDelivery, renderDocuments, renderSummary } from './render-deferred.js';
export { renderDraftNotice, resumeDraft, saveDraft } from './server-drafts.js';

const calendars = new Map<string, Promise<ResolvedCalendar | undefined>>();

/** The agency's working-day calendar, fetched once per page; without it there is no promised date, not an error. */
export function calendarFor(server: string, id: string): Promise<ResolvedCalendar | undefined> {
  const key = `${server}|${id}`;
  let pending = calendars.get(key);
  if (!pending) {
    pending = fetch(`${server}/api/v1/calendars/${encodeURIComponent(id)}`)
      .then(async (response) => {
        if (!response.ok) return undefined;
        const body = (await response.json()) as { id: string; files: CalendarFile[] };
        return resolveCalendar(body.files, body.id);
      })
      .catch(() => {
        calendars.delete(key);
        return undefined;
      });
    calendars.set(key, pending);
  }
  return pending;
}

/** What the citizen is told beside the form; undefined while no case applies yet. */
export function quoteFor(
  definition: ProcedureDefinition,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
  offering: Offering | undefined,
  calendar: ResolvedCalendar | undefined,
): Quote | undefined {
  try {
    return quote(definition, context, { evaluator, ...(offering ? { offering } : {}), ...(calendar ? { calendar } : {}) });
  } catch (error) {
    // No case applies yet (the citizen has not chosen one): nothing to quote, not a failure.
    if (error instanceof MotcuaError) return undefined;
    throw error;
  }
}

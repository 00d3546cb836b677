// What the form needs only once its first fields show: fees, documents and the
// working-day calendar, the wording of validation errors, the upload slots and
// the receipt. None of it is needed to start typing, so it stays out of the first
// download and is fetched right after the first render.
import {
  joinPointer,
  labelAtPath,
  localizeErrors,
  MotcuaError,
  parsePointer,
  quote,
  resolveCalendar,
  type Bilingual,
  type CalendarFile,
  type ConditionContext,
  type ConditionEvaluator,
  type Form,
  type Offering,
  type ProcedureDefinition,
  type Quote,
  type ResolvedCalendar,
  type StandaloneValidate,
  type ValidationIssue,
} from '@motcua/core';
import '../document-slot/motcua-document-slot.js';
import '../receipt/motcua-receipt.js';

export { choiceIssues, documentIssues } from './form-checks.js';
export { serverPath, submissionBody, submitDossier } from './form-submit.js';
export { LATER_TEXT } from './form-text-later.js';
export { renderDelivery, renderDocuments, renderSummary } from './render-deferred.js';
export { resumeDraft, saveDraft } from './server-drafts.js';

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

/** What the form calls the field at an answer path: as its label does, the uiSchema's `ui:title` before the schema's title. */
function labelOf(form: Form, path: string): Bilingual | undefined {
  const steps = parsePointer(path).map((token) => (/^\d+$/.test(token) ? 'items' : token));
  const ui = steps.reduce<unknown>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), form.uiSchema);
  const title = ui !== null && typeof ui === 'object' ? (ui as Record<string, unknown>)['ui:title'] : undefined;
  if (typeof title !== 'string') return labelAtPath(form, path);
  return { vi: title, en: form.i18n?.en?.[joinPointer('/uiSchema', ...steps, 'ui:title')] ?? title };
}

/** ajv's errors in plain words, each field named as the form names it, in the reader's language. */
export function localizeAnswerErrors(errors: NonNullable<StandaloneValidate['errors']>, form: Form): ValidationIssue[] {
  return localizeErrors(errors, (path) => labelOf(form, path));
}

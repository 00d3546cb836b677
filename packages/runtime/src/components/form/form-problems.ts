import {
  format,
  joinPointer,
  labelAtPath,
  localizeErrors,
  parsePointer,
  type Bilingual,
  type ChannelKind,
  type Form,
  type Locale,
  type Quote,
  type StandaloneValidate,
  type ValidationIssue,
} from '@motcua/core';
import { CHOICE, type FormIssue } from './choice-paths.js';
import { choiceIssues, documentIssues } from './form-checks.js';
import { issuePath, type FormPage } from './form-pages.js';
import type { FormSession } from './form-session.js';
import { LATER_TEXT } from './form-text-later.js';

export interface ProblemSources {
  session: FormSession;
  chooseAgency: boolean;
  deliveries: readonly ChannelKind[];
  locale: Locale;
  quote: Quote | undefined;
  /** Documents whose slot is still uploading. */
  uploading: readonly string[];
}

/** Every problem now: the choices, the answers (by the server's module), the documents. */
export function formProblems(sources: ProblemSources): FormIssue[] {
  const { session, locale, quote } = sources;
  const issues = choiceIssues(session.definition, session.state, sources.chooseAgency, sources.deliveries, locale);
  for (const issue of localizeAnswerErrors(session.validateAnswers(), session.definition.form)) {
    issues.push({ path: issuePath(issue.path, session.build.byPath), message: issue.message[locale] });
  }
  if (quote) issues.push(...documentIssues(quote.documents, session.state, locale));
  for (const id of sources.uploading) issues.push({ path: `$document/${id}`, message: format(LATER_TEXT.documentsPending[locale], {}) });
  return issues;
}

/** The errors to show: every problem after a submit attempt, else those of the fields the citizen has left. */
export function shownErrors(problems: readonly FormIssue[], touched: ReadonlySet<string>, showAll: boolean): Map<string, string> {
  const shown = new Map<string, string>();
  for (const issue of problems) {
    if ((showAll || touched.has(issue.path)) && !shown.has(issue.path)) shown.set(issue.path, issue.message);
  }
  return shown;
}

/** Whether a problem is the current page's to fix: choices on the first, documents and delivery on the last. */
export function onPage(issue: FormIssue, pages: readonly FormPage[], page: number): boolean {
  const names = pages[page]?.fields;
  if (issue.path.startsWith('$')) {
    const last = issue.path.startsWith('$document') || issue.path.startsWith(CHOICE.address) || issue.path === CHOICE.delivery;
    return last ? page === pages.length - 1 : page === 0;
  }
  return !names || names.has(issue.path.split('/')[1] ?? '');
}

/** ajv's errors in plain words, each field named as the form names it, in the reader's language. */
function localizeAnswerErrors(errors: NonNullable<StandaloneValidate['errors']>, form: Form): ValidationIssue[] {
  return localizeErrors(errors, (path) => labelOf(form, path));
}

/** What the form calls the field at an answer path: as its label does, the uiSchema's `ui:title` before the schema's title. */
function labelOf(form: Form, path: string): Bilingual | undefined {
  const steps = parsePointer(path).map((token) => (/^\d+$/.test(token) ? 'items' : token));
  const ui = steps.reduce<unknown>((node, step) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined), form.uiSchema);
  const title = ui !== null && typeof ui === 'object' ? (ui as Record<string, unknown>)['ui:title'] : undefined;
  if (typeof title !== 'string') return labelAtPath(form, path);
  return { vi: title, en: form.i18n?.en?.[joinPointer('/uiSchema', ...steps, 'ui:title')] ?? title };
}

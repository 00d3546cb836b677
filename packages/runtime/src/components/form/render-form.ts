import type { Locale, ProcedureDefinition } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';
import { CHOICE, type FormIssue } from './choice-paths.js';
import type { FormState } from './form-session.js';
import type { LaterTextKey } from './form-text-later.js';
import type { FormTextKey } from './form-text.js';
import { fieldId } from './form-view.js';

/** A form's words: those of the first paint, and those of the deferred module once it is there. */
export type SayAny = (key: FormTextKey | LaterTextKey, values?: Record<string, string | number>) => string;

export function errorLine(id: string, message: string | undefined, say: SayAny): TemplateResult | typeof nothing {
  return message ? html`<p class="error-message" id="${id}-e"><span class="vh">${say('errorPrefix')}</span> ${message}</p>` : nothing;
}

export function radioGroup(name: string, legend: string, options: { value: string; label: string; hint?: string }[], current: string | undefined, error: string | undefined, say: SayAny): TemplateResult {
  const id = fieldId(name);
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${id} aria-describedby=${error ? `${id}-e` : nothing}><legend>${legend}</legend>${errorLine(id, error, say)}${options.map(
    (o, i) => html`<div class="check"><input type="radio" id="${id}-${i}" name=${name} value=${o.value} .checked=${current === o.value} aria-describedby=${o.hint ? `${id}-${i}-h` : nothing}><label for="${id}-${i}">${o.label}</label>${o.hint ? html`<div class="hint" id="${id}-${i}-h">${o.hint}</div>` : nothing}</div>`,
  )}</fieldset>`;
}

/** The choices before the questions: where to file, which case, which applicant category. */
export function renderChoices(definition: ProcedureDefinition, offerings: readonly ProcedureOffering[], state: FormState, chooseAgency: boolean, errors: ReadonlyMap<string, string>, locale: Locale, say: SayAny): TemplateResult {
  const agency = chooseAgency
    ? (() => {
        const id = fieldId(CHOICE.agency);
        const error = errors.get(CHOICE.agency);
        return html`<div class=${error ? 'field invalid' : 'field'}><label for=${id}>${say('agencyLabel')}</label>${errorLine(id, error, say)}<select id=${id} name=${CHOICE.agency} aria-describedby=${error ? `${id}-e` : nothing}><option value="">${say('choose')}</option>${offerings.map((o) => html`<option value=${o.agency.id} ?selected=${state.agency === o.agency.id}>${textIn(o.agency.name, locale)}</option>`)}</select></div>`;
      })()
    : nothing;
  const cases =
    definition.caseSelection === 'choice' && definition.cases.length > 1
      ? radioGroup(CHOICE.case, say('caseLegend'), definition.cases.map((c) => ({ value: c.id, label: textIn(c.name, locale), ...(c.description ? { hint: textIn(c.description, locale) } : {}) })), state.case, errors.get(CHOICE.case), say)
      : nothing;
  const categories = definition.applicantCategories?.length
    ? radioGroup(
        CHOICE.category,
        say('categoryLegend'),
        [{ value: '', label: say('categoryNone') }, ...definition.applicantCategories.map((c) => ({ value: c.id, label: textIn(c.name, locale) }))],
        state.applicantCategory ?? '',
        undefined,
        say,
      )
    : nothing;
  return html`${agency}${cases}${categories}`;
}

/** GOV.UK's error summary: the first thing read after a failed submit, linking to each field. */
export function renderErrorSummary(issues: readonly FormIssue[], say: SayAny): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary"><h2>${say('problem')}</h2><ul>${issues.map((issue) => html`<li><a href="#${fieldId(issue.path)}" data-target=${fieldId(issue.path)}>${issue.message}</a></li>`)}</ul></div>`;
}

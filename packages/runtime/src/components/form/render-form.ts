import type { ChannelKind, Locale, ProcedureDefinition } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';
import { ADDRESS_FIELDS, CHOICE, type FormIssue } from './choice-paths.js';
import type { FormState } from './form-session.js';
import type { FormTextKey } from './form-text.js';
import { fieldId } from './form-view.js';

export type Say = (key: FormTextKey, values?: Record<string, string | number>) => string;

export function errorLine(id: string, message: string | undefined, say: Say): TemplateResult | typeof nothing {
  return message ? html`<p class="error-message" id="${id}-e"><span class="vh">${say('errorPrefix')}</span> ${message}</p>` : nothing;
}

function radioGroup(name: string, legend: string, options: { value: string; label: string; hint?: string }[], current: string | undefined, error: string | undefined, say: Say): TemplateResult {
  const id = fieldId(name);
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${id} aria-describedby=${error ? `${id}-e` : nothing}><legend>${legend}</legend>${errorLine(id, error, say)}${options.map(
    (o, i) => html`<div class="check"><input type="radio" id="${id}-${i}" name=${name} value=${o.value} .checked=${current === o.value} aria-describedby=${o.hint ? `${id}-${i}-h` : nothing}><label for="${id}-${i}">${o.label}</label>${o.hint ? html`<div class="hint" id="${id}-${i}-h">${o.hint}</div>` : nothing}</div>`,
  )}</fieldset>`;
}

/** The choices before the questions: where to file, which case, which applicant category. */
export function renderChoices(definition: ProcedureDefinition, offerings: readonly ProcedureOffering[], state: FormState, chooseAgency: boolean, errors: ReadonlyMap<string, string>, locale: Locale, say: Say): TemplateResult {
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

/** How to receive the result, and where to post it. */
export function renderDelivery(deliveries: readonly ChannelKind[], state: FormState, errors: ReadonlyMap<string, string>, say: Say): TemplateResult | typeof nothing {
  if (deliveries.length === 0) return nothing;
  const choice =
    deliveries.length > 1
      ? radioGroup(CHOICE.delivery, say('deliveryLegend'), deliveries.map((d) => ({ value: d, label: say(`delivery.${d}`) })), state.delivery, errors.get(CHOICE.delivery), say)
      : html`<p>${say('deliveryLegend')} <strong>${say(`delivery.${deliveries[0] as ChannelKind}`)}</strong></p>`;
  if (state.delivery !== 'postal') return html`<section class="delivery">${choice}</section>`;
  const address = state.deliveryAddress ?? {};
  return html`<section class="delivery">${choice}<fieldset class="group"><legend>${say('addressLegend')}</legend><div class="fields cols-2">${ADDRESS_FIELDS.map((field) => {
    const path = `${CHOICE.address}/${field}`;
    const id = fieldId(path);
    const error = errors.get(path);
    const auto = { recipient: 'name', phone: 'tel', province: 'address-level1', commune: 'address-level2', detail: 'street-address' }[field];
    return html`<div class=${error ? 'field invalid' : 'field'}><label for=${id}>${say(field)}</label>${errorLine(id, error, say)}<input id=${id} name=${path} type=${field === 'phone' ? 'tel' : 'text'} autocomplete=${auto} .value=${address[field] ?? ''} maxlength=${field === 'detail' ? 500 : 200} aria-describedby=${error ? `${id}-e` : nothing} aria-invalid=${error ? 'true' : nothing}></div>`;
  })}</div></fieldset></section>`;
}

/** GOV.UK's error summary: the first thing read after a failed submit, linking to each field. */
export function renderErrorSummary(issues: readonly FormIssue[], say: Say): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div class="error-summary" role="alert" tabindex="-1" part="error-summary"><h2>${say('problem')}</h2><ul>${issues.map((issue) => html`<li><a href="#${fieldId(issue.path)}" data-target=${fieldId(issue.path)}>${issue.message}</a></li>`)}</ul></div>`;
}

import { formatDate, formatMoney, type ChannelKind, type DocumentRequirement, type Locale, type Quote } from '@motcua/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { FormState } from './form-session.js';
import { fieldId } from './form-view.js';
import { ADDRESS_FIELDS, CHOICE } from './choice-paths.js';
import { errorLine, radioGroup, type SayAny } from './render-form.js';

/** The documents the answers call for, each an upload slot. */
/** The styles of what this module renders, adopted by the form when it arrives. */
export const deferredStyles = css`
  .documents, .delivery { margin-top: 1.5em; }
  motcua-document-slot { display: block; margin-bottom: 1.25em; }
  .summary dl { margin: 0; }
  .summary dt { font-weight: 700; margin-top: 0.5em; }
  .summary dd { margin: 0; }
  .fee-lines { list-style: none; margin: 0; padding: 0; }
  .fee-lines li { display: flex; justify-content: space-between; gap: 0.5em; }
  .amount { white-space: nowrap; }
`;

/** Where the slots upload to and which rules the server checks the files against. */
export interface SlotContext {
  server: string;
  locale: Locale;
  procedure?: string;
  version?: number;
}

export function renderDocuments(documents: readonly DocumentRequirement[] | undefined, state: FormState, errors: ReadonlyMap<string, string>, say: SayAny, slot: SlotContext): TemplateResult {
  // No case applies until the citizen chooses one: nothing is loading, the list just depends on that choice.
  if (!documents) return html`<section class="documents"><h3>${say('documents')}</h3><p>${say('chooseCaseFirst')}</p></section>`;
  return html`<section class="documents"><h3>${say('documents')}</h3>${
    documents.length === 0
      ? html`<p>${say('noDocuments')}</p>`
      : documents.map(
          (d) => html`<motcua-document-slot id=${fieldId(`$document/${d.id}`)} server=${slot.server} locale=${slot.locale} procedure=${slot.procedure ?? nothing} version=${slot.version ?? nothing} .requirement=${d} .value=${state.documents?.[d.id] ?? { uploads: [] }} error=${errors.get(`$document/${d.id}`) ?? nothing}></motcua-document-slot>`,
        )
  }</section>`;
}

/** Fee, documents count and promised date, beside the form, as the answers change. */
export function renderSummary(quote: Quote | undefined, locale: Locale, say: SayAny): TemplateResult {
  if (!quote) return html`<h3>${say('summary')}</h3><p>${say('chooseCaseFirst')}</p>`;
  const { fees, promised } = quote;
  const total = !fees.complete && fees.total === 0 ? say('feeUnknown') : fees.total === 0 ? say('free') : `${formatMoney(fees.total, locale)}${fees.complete ? '' : ` + ${say('feeUnknown')}`}`;
  return html`<h3>${say('summary')}</h3><dl><dt>${say('fee')}</dt><dd>${fees.lines.length > 0
    ? html`<ul class="fee-lines">${fees.lines.map((line) => html`<li><span>${textIn(line.label, locale)}</span> <span class="amount">${line.amount === null ? say('feeUnknown') : line.amount === 0 && (line.base ?? 0) > 0 ? say('exempt') : formatMoney(line.amount, locale)}</span></li>`)}</ul>`
    : nothing}<strong class="total" part="fee-total">${say('total')}: ${total}</strong></dd>${
    promised?.dueDate
      ? html`<dt>${say('promised')}</dt><dd><strong part="promised-date">${formatDate(promised.dueDate, locale)}</strong><br><small>${say('promisedNote')}</small></dd>`
      : nothing
  }</dl>`;
}

/** How to receive the result, and where to post it. */
export function renderDelivery(deliveries: readonly ChannelKind[], state: FormState, errors: ReadonlyMap<string, string>, say: SayAny): TemplateResult | typeof nothing {
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

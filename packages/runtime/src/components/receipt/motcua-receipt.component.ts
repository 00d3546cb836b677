import { format, formatDate, formatDateTime, formatMoney, type Bilingual } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { Receipt } from '../form/form-submit.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { RECEIPT_TEXT, type ReceiptTextKey } from './receipt-text.js';
import { receiptStyles } from './motcua-receipt.styles.js';

/**
 * The receipt of a filed dossier (giấy biên nhận): the dossier code and the
 * secret to track it, when the result is expected, the fee, and what happens
 * next. Prints on its own: the host page's chrome is the page's business,
 * but nothing of the receipt is cut or hidden on paper.
 *
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @prop receipt - The server's receipt, as `motcua-submitted` gives it.
 * @csspart panel - The confirmation panel with the dossier code.
 * @csspart code - The dossier code.
 * @csspart details - The list of facts under the panel.
 * @csspart print - The print button.
 * @cssprop --motcua-color-accent - The panel's background (default #00703c).
 */
export class MotcuaReceipt extends MotcuaElement {
  static override styles = [hostStyles, receiptStyles];

  static override properties = {
    ...MotcuaElement.properties,
    receipt: { attribute: false },
  };

  declare receipt: Receipt | undefined;

  private say(key: ReceiptTextKey, values: Record<string, string> = {}): string {
    return format((RECEIPT_TEXT[key] as Bilingual)[this.language], values);
  }

  private date(iso: string, withTime: boolean): string {
    return withTime && iso.length !== 10 ? formatDateTime(iso, this.language) : formatDate(iso, this.language);
  }

  protected override render(): TemplateResult {
    const r = this.receipt;
    if (!r) return html``;
    const locale = this.language;
    const fee = r.fee.total === 0 && r.fee.complete ? this.say('free') : formatMoney(r.fee.total, locale);
    return html`<section class="panel" part="panel" tabindex="-1"><h2>${this.say('title')}</h2><p>${this.say('codeIs')}<br><strong class="code" part="code">${r.code}</strong></p></section>
      <dl part="details">
        <dt>${this.say('secret')}</dt><dd><strong class="secret">${r.secret}</strong><br><small>${this.say('secretHint')}</small></dd>
        <dt>${this.say('procedure')}</dt><dd>${textIn(r.procedure.name, locale)}</dd>
        <dt>${this.say('agency')}</dt><dd>${textIn(r.agency.name, locale)}</dd>
        ${r.case ? html`<dt>${this.say('case')}</dt><dd>${textIn(r.case.name, locale)}</dd>` : nothing}
        <dt>${this.say('submittedAt')}</dt><dd>${this.date(r.submittedAt, true)}</dd>
        <dt>${this.say('expected')}</dt><dd>${r.expectedDate ? html`<strong>${this.date(r.expectedDate, false)}</strong>` : this.say('noDate')}</dd>
        <dt>${this.say('fee')}</dt><dd>${fee}${r.fee.complete ? nothing : html` (${this.say('feeMore')})`}</dd>
        ${r.documentsByPost.length ? html`<dt>${this.say('byPost')}</dt><dd>${r.documentsByPost.length}</dd>` : nothing}
      </dl>
      <h3>${this.say('next')}</h3><p class="next">${textIn(r.next, locale)}</p>
      <button type="button" part="print" @click=${() => globalThis.print()}>${this.say('print')}</button>`;
  }

  protected override firstUpdated(): void {
    // The receipt replaces the form: whoever pressed Submit should land on it, and screen readers read it.
    (this.renderRoot.querySelector('.panel') as HTMLElement | null)?.focus();
  }
}

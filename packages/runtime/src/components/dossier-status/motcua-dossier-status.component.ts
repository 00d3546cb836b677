import type { DossierState, LocalText } from '@motcua/core';
import { html, nothing } from 'lit';
import { textIn, wording } from '../../i18n/runtime-text.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { DOSSIER_STATUS_TEXT } from './dossier-status-text.js';
import { dossierStatusStyles } from './motcua-dossier-status.styles.js';

export interface DossierStatus {
  code: string;
  status: DossierState;
  procedure: { code: string; version: number; name: LocalText };
  agency: { id: string; name: LocalText };
  submittedAt: string;
  expectedDate: string | null;
  dueAt: string | null;
  history: { at: string; action: string; status: DossierState; note: string | null }[];
}

const DOSSIER_CODE = /^[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6,}$/;

/**
 * Lets a citizen follow a dossier with the code and secret of its receipt:
 * where it stands, the dates, and its history. Errors follow GOV.UK's
 * pattern: a summary that takes focus and links to each field, and the
 * message beside the field, tied to it by `aria-describedby`.
 *
 * @attr code - Prefills the dossier code (a receipt link can carry it).
 * @attr secret - Prefills the secret.
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @fires motcua-status - The dossier was found; `detail` is its status.
 * @fires motcua-error - The server could not be reached; `detail` is `{ code, message }`.
 * @csspart form - The look-up form.
 * @csspart status - The dossier's status once found.
 * @cssprop --motcua-color-accent - The button's colour.
 * @cssprop --motcua-color-error - Error colour.
 */
export class MotcuaDossierStatus extends MotcuaElement {
  static override styles = [hostStyles, dossierStatusStyles];

  static override properties = {
    ...MotcuaElement.properties,
    code: { type: String },
    secret: { type: String },
    errors: { state: true },
    result: { state: true },
    failure: { state: true },
  };

  private readonly t = wording(DOSSIER_STATUS_TEXT, () => this.language);

  declare code: string;
  declare secret: string;
  declare errors: { field: 'code' | 'secret'; message: string }[];
  declare result: DossierStatus | undefined;
  declare failure: string | undefined;

  constructor() {
    super();
    this.code = '';
    this.secret = '';
    this.errors = [];
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.code = (form.elements.namedItem('code') as HTMLInputElement).value.trim().toUpperCase();
    this.secret = (form.elements.namedItem('secret') as HTMLInputElement).value.trim();
    this.failure = undefined;
    this.result = undefined;
    const errors: MotcuaDossierStatus['errors'] = [];
    if (!this.code) errors.push({ field: 'code', message: this.t('codeMissing') });
    else if (!DOSSIER_CODE.test(this.code)) errors.push({ field: 'code', message: this.t('codeInvalid') });
    if (!this.secret) errors.push({ field: 'secret', message: this.t('secretMissing') });
    this.errors = errors;
    if (errors.length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    try {
      const response = await fetch(`${this.serverUrl}/api/v1/dossiers/${encodeURIComponent(this.code)}`, { headers: { 'X-Dossier-Secret': this.secret, 'Accept-Language': this.language } });
      if (response.status === 404) {
        this.failure = this.t('notFound');
      } else if (!response.ok) {
        throw new Error(`HTTP ${response.status}`);
      } else {
        this.result = (await response.json()) as DossierStatus;
        this.dispatchEvent(new CustomEvent('motcua-status', { detail: this.result, bubbles: true, composed: true }));
      }
    } catch (error) {
      this.failure = this.t('unreachable');
      this.fail('dossier-status-unreachable', this.failure, error);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-answer]')?.focus();
  }

  private field(name: 'code' | 'secret', label: string, hint: string, value: string) {
    const error = this.errors.find((e) => e.field === name);
    const described = [`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`
      <label for=${name}>${label}</label>
      <span class="hint" id=${`${name}-hint`}>${hint}</span>
      ${error ? html`<span class="field-error" id=${`${name}-error`}>${error.message}</span>` : nothing}
      <input id=${name} name=${name} .value=${value} autocomplete="off" spellcheck="false" aria-describedby=${described} aria-invalid=${error ? 'true' : 'false'} />
    `;
  }

  private date(iso: string | null): string {
    if (!iso) return '—';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+07:00`) : new Date(iso);
    return new Intl.DateTimeFormat(this.language === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
  }

  protected override render() {
    const lang = this.language;
    return html`
      <div lang=${lang}>
        <h2>${this.t('trackTitle')}</h2>
        ${this.errors.length > 0
          ? html`<div class="summary" role="alert" tabindex="-1" aria-labelledby="summary-title">
              <h3 id="summary-title">${this.t('problem')}</h3>
              <ul>${this.errors.map((e) => html`<li><a href=${`#${e.field}`} @click=${(event: Event) => this.focusField(event, e.field)}>${e.message}</a></li>`)}</ul>
            </div>`
          : nothing}
        <form part="form" novalidate @submit=${this.submit}>
          ${this.field('code', this.t('dossierCode'), this.t('dossierCodeHint'), this.code)}
          ${this.field('secret', this.t('secret'), this.t('secretHint'), this.secret)}
          <button type="submit">${this.t('look')}</button>
        </form>
        ${this.failure ? html`<p role="alert" data-answer tabindex="-1">${this.failure}</p>` : nothing}
        ${this.result
          ? html`<section part="status" data-answer tabindex="-1" aria-label=${this.t('status')}>
              <dl>
                <dt>${this.t('dossierCode')}</dt><dd>${this.result.code}</dd>
                <dt>${this.t('status')}</dt><dd><strong>${this.t(`status.${this.result.status}`)}</strong></dd>
                <dt>${this.t('code')}</dt><dd>${textIn(this.result.procedure.name, lang)}</dd>
                <dt>${this.t('agency')}</dt><dd>${textIn(this.result.agency.name, lang)}</dd>
                <dt>${this.t('submittedAt')}</dt><dd>${this.date(this.result.submittedAt)}</dd>
                <dt>${this.result.dueAt ? this.t('dueDate') : this.t('expectedDate')}</dt><dd>${this.date(this.result.dueAt ?? this.result.expectedDate)}</dd>
              </dl>
              <h3>${this.t('history')}</h3>
              <ol>${this.result.history.map((h) => html`<li>${this.date(h.at)}: ${this.t(`status.${h.status}`)}${h.note ? ` — ${h.note}` : ''}</li>`)}</ol>
            </section>`
          : nothing}
      </div>
    `;
  }

  private focusField(event: Event, field: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLInputElement>(`#${field}`)?.focus();
  }
}

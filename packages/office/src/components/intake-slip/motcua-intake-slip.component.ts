import { formatMoney } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing, type PropertyValues } from 'lit';
import { CHANNEL_WORDS, dateOnly, dateTime } from '../../shared/dossier-words.js';
import { type CounterSlip } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { INTAKE_SLIP_TEXT } from './intake-slip-text.js';
import { intakeSlipStyles } from './motcua-intake-slip.styles.js';

/**
 * The receipt and appointment slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) an officer prints
 * for a citizen at the counter: the dossier's code (and tracking secret, right after filing), the
 * citizen, the procedure, the documents received, the fee, the appointment date, the receiving
 * officer, and room for both signatures. Its print stylesheet leaves the slip alone on the page.
 *
 * @attr code - The dossier's code (required): the slip is read from the server, so it prints again later.
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop secret - The dossier's tracking secret, known only right after filing (the receipt gives it).
 * @csspart slip - The printable slip.
 */
export class MotcuaIntakeSlip extends OfficeElement {
  static override styles = [officeStyles, intakeSlipStyles];

  static override properties = {
    ...OfficeElement.properties,
    code: { type: String },
    secret: { attribute: false },
    slip: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(INTAKE_SLIP_TEXT);

  declare code: string | undefined;
  declare secret: string | undefined;
  declare slip: CounterSlip | undefined;
  declare problem: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('code') || changed.has('server')) && this.code) void this.load(this.code);
  }

  private async load(code: string): Promise<void> {
    this.problem = undefined;
    try {
      const slip = await this.api.slip(code);
      if (this.code === code) this.slip = slip;
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private renderDocuments(slip: CounterSlip) {
    const t = this.t;
    const locale = this.language;
    if (slip.documents.length === 0) return html`<dd>${t('noDocuments')}</dd>`;
    return html`<dd>
      <ol>
        ${slip.documents.map((d) => html`<li>${d.byPost ? t('byPost', { name: textIn(d.name, locale) }) : t('files', { name: textIn(d.name, locale), n: d.files })}</li>`)}
      </ol>
    </dd>`;
  }

  override render() {
    const t = this.t;
    const locale = this.language;
    const slip = this.slip;
    if (this.problem) return html`<p role="alert">${this.problem}</p>`;
    if (!slip) return html`<p role="status">${t('loading')}</p>`;
    const applicant = slip.applicant;
    return html`<p class="no-print"><button type="button" @click=${() => window.print()}>${t('print')}</button></p>
      <article part="slip" aria-labelledby="slip-title">
        <header>
          <p>${t('country')}</p>
          <p>${t('motto')}</p>
          <p>${textIn(slip.agency.name, locale)}</p>
        </header>
        <h2 id="slip-title">${t('title')}</h2>
        <dl>
          <dt>${t('code')}</dt>
          <dd><strong>${slip.code}</strong></dd>
          ${this.secret ? html`<dt>${t('secret')}</dt><dd>${this.secret}</dd>` : nothing}
          <dt>${t('applicant')}</dt>
          <dd>${[applicant.name, applicant.idNumber, applicant.phone, applicant.address].filter(Boolean).join(' · ')}</dd>
          <dt>${t('procedure')}</dt>
          <dd>${slip.procedure.code} ${textIn(slip.procedure.name, locale)} (${textIn(slip.case.name, locale)})</dd>
          <dt>${t('channel')}</dt>
          <dd>${CHANNEL_WORDS[slip.channel][locale]}</dd>
          <dt>${t('delivery')}</dt>
          <dd>${CHANNEL_WORDS[slip.delivery][locale]}</dd>
          <dt>${t('receivedAt')}</dt>
          <dd>${dateTime(slip.receivedAt ?? slip.submittedAt, locale)}</dd>
          <dt>${t('documents')}</dt>
          ${this.renderDocuments(slip)}
          <dt>${t('fee')}</dt>
          <dd>${formatMoney(slip.fee.total, locale)}</dd>
          <dt>${t('appointment')}</dt>
          <dd><strong>${slip.appointmentDate ? dateOnly(slip.appointmentDate, locale) : t('noAppointment')}</strong></dd>
        </dl>
        <p>${t('track')}</p>
        <div class="signatures">
          <div><p><strong>${t('applicantSigns')}</strong></p><p>${t('signHint')}</p></div>
          <div><p><strong>${t('officerSigns')}</strong></p><p>${t('signHint')}</p><p>${slip.officer ?? ''}</p></div>
        </div>
      </article>`;
  }
}

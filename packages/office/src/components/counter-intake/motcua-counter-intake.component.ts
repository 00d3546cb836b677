import type { LocalText } from '@motcua/core';
import type { Receipt } from '@motcua/runtime';
import { textIn } from '@motcua/runtime';
import { html, nothing, type PropertyValues } from 'lit';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { COUNTER_INTAKE_TEXT } from './counter-intake-text.js';
import { counterIntakeStyles } from './motcua-counter-intake.styles.js';

type CounterChannel = 'in-person' | 'postal';

/**
 * Counter intake: an officer files a walk-in or posted dossier on the citizen's behalf through
 * the same `<motcua-form>` citizens use, with the channel set to in person or postal and the
 * scanned documents uploaded, then prints the receipt and appointment slip.
 *
 * @attr agency - The receiving agency (required): its procedures are offered.
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @fires motcua-submitted - Bubbled from the form: the dossier was filed; `detail` is the receipt.
 * @csspart start - The choice of procedure and channel.
 * @csspart form - The application form.
 */
export class MotcuaCounterIntake extends OfficeElement {
  static override styles = [officeStyles, counterIntakeStyles];

  static override properties = {
    ...OfficeElement.properties,
    agency: { type: String },
    procedures: { state: true },
    chosen: { state: true },
    receipt: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(COUNTER_INTAKE_TEXT);

  declare agency: string | undefined;
  declare procedures: { code: string; name: LocalText; channels: string[] }[] | undefined;
  declare chosen: { procedure: string; channel: CounterChannel; intake: Record<string, unknown> } | undefined;
  declare receipt: Receipt | undefined;
  declare problem: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('agency') || changed.has('server')) && this.agency) void this.load(this.agency);
  }

  private async load(agency: string): Promise<void> {
    this.procedures = undefined;
    try {
      const procedures = await this.api.offeredProcedures(agency);
      if (agency === this.agency) this.procedures = procedures;
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }

  private readonly onStart = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const applicant: Record<string, string> = {};
    for (const name of ['name', 'idNumber', 'phone', 'address']) {
      const value = String(form.get(name) ?? '').trim();
      if (value) applicant[name] = value;
    }
    this.chosen = {
      procedure: String(form.get('procedure')),
      channel: form.get('channel') === 'postal' ? 'postal' : 'in-person',
      intake: { applicant, receive: form.get('receive') === 'on' },
    };
    this.receipt = undefined;
  };

  private readonly onSubmitted = (event: CustomEvent<Receipt>): void => {
    this.receipt = event.detail;
  };

  private reset(): void {
    this.chosen = undefined;
    this.receipt = undefined;
  }

  private renderStart() {
    const t = this.t;
    const procedures = this.procedures;
    if (!procedures) return html`<p role="status">${t('loading')}</p>`;
    if (procedures.length === 0) return html`<p>${t('none')}</p>`;
    return html`<form class="start" part="start" aria-label=${t('choose')} @submit=${this.onStart}>
      <label
        >${t('procedure')}<select name="procedure" required>
          ${procedures.map((p) => html`<option value=${p.code}>${p.code} ${textIn(p.name, this.language)}</option>`)}
        </select></label
      >
      <fieldset>
        <legend>${t('applicant')}</legend>
        <label class="field">${t('name')}<input name="name" autocomplete="off" required maxlength="200" /></label>
        <label class="field">${t('idNumber')}<input name="idNumber" inputmode="numeric" pattern="[0-9]{9,12}" autocomplete="off" /></label>
        <label class="field">${t('phone')}<input name="phone" type="tel" pattern="(0|\\+84)[0-9]{9,10}" autocomplete="off" /></label>
        <label class="field">${t('address')}<input name="address" autocomplete="off" maxlength="500" /></label>
      </fieldset>
      <fieldset>
        <legend>${t('channel')}</legend>
        <label><input type="radio" name="channel" value="in-person" checked />${t('inPerson')}</label>
        <label><input type="radio" name="channel" value="postal" />${t('postal')}</label>
      </fieldset>
      <label class="check"><input type="checkbox" name="receive" checked />${t('receive')}</label>
      <div><button type="submit">${t('start')}</button></div>
    </form>`;
  }

  override render() {
    const t = this.t;
    const chosen = this.chosen;
    const receipt = this.receipt;
    return html`<div class="no-print">
        <h2>${t('heading')}</h2>
        ${chosen ? nothing : html`<p>${t('intro')}</p>`} ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      </div>
      ${!chosen ? this.renderStart() : nothing}
      ${chosen && !receipt
        ? html`<div class="row no-print"><button class="secondary" type="button" @click=${() => this.reset()}>${t('back')}</button></div>
            <motcua-form part="form" procedure=${chosen.procedure} agency=${this.agency ?? ''} channel=${chosen.channel} .intake=${chosen.intake} .server=${this.server} locale=${this.language} @motcua-submitted=${this.onSubmitted}></motcua-form>`
        : nothing}
      ${receipt
        ? html`<p role="status" class="no-print">${t('filed', { code: receipt.code })}</p>
            <motcua-intake-slip .server=${this.server} locale=${this.language} code=${receipt.code} .secret=${receipt.secret}></motcua-intake-slip>
            <div class="row no-print"><button type="button" @click=${() => this.reset()}>${t('another')}</button></div>`
        : nothing}`;
  }
}

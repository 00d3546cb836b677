import { html, nothing } from 'lit';
import { wording } from '../../i18n/runtime-text.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { DossierClient } from './dossier-client.js';
import { DOSSIER_STATUS_TEXT } from './dossier-status-text.js';
import type { DossierStatus } from './dossier-status-view.js';
import { errorSummary, describedBy, fieldError, invalid, type Problem } from './error-summary.js';
import { dossierStatusStyles } from './motcua-dossier-status.styles.js';
import { RatingForm } from './rating-form.js';
import { renderApologies, renderHistory, renderStanding } from './render-standing.js';
import { ResultDownload } from './result-download.js';
import { focusAfterRender, type DossierAction, type StatusContext } from './status-context.js';
import { SupplementAnswer } from './supplement-answer.js';
import { WithdrawForm } from './withdraw-form.js';

export type { DossierStatus, Rating, SupplementRequest } from './dossier-status-view.js';

const DOSSIER_CODE = /^[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6,}$/;

/** What `motcua-dossier-change` carries: what the citizen did, and the dossier's status after it. */
export interface DossierChangeDetail {
  action: Exclude<DossierAction, 'refresh'>;
  status: DossierStatus;
}

/**
 * Lets a citizen follow a dossier with the code and secret of its receipt
 * and do what falls to them: where it stands (status, step, due date with
 * the working days left, a clock paused while a supplement is awaited,
 * early / on time / late once completed), apology notices in full, the
 * answer to a supplement request (documents as upload slots, fields to
 * correct, a note), the result (a download, a postal tracking number, or
 * the counter), a rating once it is returned, and withdrawal while it is
 * not yet received. Errors follow GOV.UK's pattern: a summary that takes
 * focus and links to each field, and the message beside the field, tied
 * to it by `aria-describedby`. The secret travels only in a request
 * header, never in a URL.
 *
 * @attr code - Prefills the dossier code (a receipt link can carry it).
 * @attr secret - Prefills the secret.
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @fires motcua-status - The dossier was found, or its status changed; `detail` is its status.
 * @fires motcua-dossier-change - The citizen answered a supplement, rated or withdrew; `detail` is `{ action, status }` (`action`: `supplement`, `rating`, `withdraw`).
 * @fires motcua-error - The server could not be reached, or the result could not be fetched; `detail` is `{ code, message, cause }`.
 * @csspart form - The look-up form.
 * @csspart status - The dossier's status once found.
 * @csspart notice - What the last action did ("your supplement was sent").
 * @csspart apologies - The agency's letters of apology.
 * @csspart supplement - The answer to a supplement request.
 * @csspart result - How the result is returned.
 * @csspart result-file - The link that saves the result file once fetched.
 * @csspart rating - The rating form, or the rating given.
 * @csspart withdraw - Withdrawing the dossier.
 * @cssprop --motcua-color-accent - The buttons' colour.
 * @cssprop --motcua-color-error - Error colour, and the withdraw button's.
 * @cssprop --motcua-color-muted - Hints.
 * @cssprop --motcua-color-focus - The focus outline.
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
    notice: { state: true },
  };

  private readonly t = wording(DOSSIER_STATUS_TEXT, () => this.language);

  declare code: string;
  declare secret: string;
  declare errors: Problem[];
  declare result: DossierStatus | undefined;
  declare failure: string | undefined;
  declare notice: string | undefined;

  private client: DossierClient | undefined;
  private readonly context: StatusContext = {
    host: this,
    root: () => this.renderRoot,
    say: (key, values) => this.t(key, values),
    language: () => this.language,
    server: () => this.serverUrl,
    client: () => this.client,
    show: (status, notice, action) => this.show(status, notice, action),
    unreachable: (code, message, cause) => this.fail(code, message, cause),
  };
  private readonly supplement = new SupplementAnswer(this.context);
  private readonly download = new ResultDownload(this.context);
  private readonly rating = new RatingForm(this.context);
  private readonly withdrawal = new WithdrawForm(this.context);

  constructor() {
    super();
    this.code = '';
    this.secret = '';
    this.errors = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.download.reset();
    this.requestUpdate();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.code = (form.elements.namedItem('code') as HTMLInputElement).value.trim().toUpperCase();
    this.secret = (form.elements.namedItem('secret') as HTMLInputElement).value.trim();
    this.failure = undefined;
    this.result = undefined;
    this.notice = undefined;
    for (const part of [this.supplement, this.download, this.rating, this.withdrawal]) part.reset();
    const errors: Problem[] = [];
    if (!this.code) errors.push({ target: 'code', message: this.t('codeMissing') });
    else if (!DOSSIER_CODE.test(this.code)) errors.push({ target: 'code', message: this.t('codeInvalid') });
    if (!this.secret) errors.push({ target: 'secret', message: this.t('secretMissing') });
    this.errors = errors;
    if (errors.length > 0) return focusAfterRender(this.context, '#lookup-summary');
    this.client = new DossierClient(this.serverUrl, this.code, this.secret, this.language);
    const answer = await this.client.status();
    if (answer.ok) return this.show(answer.status, undefined, 'refresh');
    if ('problem' in answer && answer.problem.status === 404) {
      this.failure = this.t('notFound');
    } else {
      this.failure = this.t('unreachable');
      this.fail('dossier-status-unreachable', this.failure, 'problem' in answer ? answer.problem : answer.unreachable);
    }
    return focusAfterRender(this.context, '[data-answer]');
  }

  private async show(status: DossierStatus, notice: string | undefined, action: DossierAction): Promise<void> {
    this.result = status;
    this.notice = notice;
    this.dispatchEvent(new CustomEvent('motcua-status', { detail: status, bubbles: true, composed: true }));
    if (action !== 'refresh') this.dispatchEvent(new CustomEvent<DossierChangeDetail>('motcua-dossier-change', { detail: { action, status }, bubbles: true, composed: true }));
    await focusAfterRender(this.context, notice ? '[part=notice]' : '[part=status]');
  }

  private field(name: 'code' | 'secret', label: string, hint: string, value: string) {
    return html`
      <label for=${name}>${label}</label>
      <span class="hint" id=${`${name}-hint`}>${hint}</span>
      ${fieldError(name, this.errors)}
      <input id=${name} name=${name} .value=${value} autocomplete="off" spellcheck="false" aria-describedby=${describedBy(name, this.errors, `${name}-hint`)} aria-invalid=${invalid(name, this.errors)} />
    `;
  }

  protected override render() {
    const status = this.result;
    return html`
      <div lang=${this.language}>
        <h2>${this.t('trackTitle')}</h2>
        ${errorSummary('lookup-summary', this.t('problem'), this.errors, this.context.root)}
        <form part="form" novalidate @submit=${this.submit}>
          ${this.field('code', this.t('dossierCode'), this.t('dossierCodeHint'), this.code)}
          ${this.field('secret', this.t('secret'), this.t('secretHint'), this.secret)}
          <button type="submit">${this.t('look')}</button>
        </form>
        ${this.failure ? html`<p role="alert" data-answer tabindex="-1">${this.failure}</p>` : nothing}
        ${status
          ? html`<section part="status" data-answer tabindex="-1" aria-label=${this.t('status')}>
              ${this.notice ? html`<p part="notice" class="notice" role="status" tabindex="-1">${this.notice}</p>` : nothing}
              ${renderStanding(status, this.context)} ${renderApologies(status, this.context)} ${this.supplement.render(status)} ${this.download.render(status)}
              ${this.rating.render(status)} ${this.withdrawal.render(status)} ${renderHistory(status, this.context)}
            </section>`
          : nothing}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementEventMap {
    'motcua-dossier-change': CustomEvent<DossierChangeDetail>;
  }
}

import { formatMoney, type LocalText, type ProcedureDefinition } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing, type PropertyValues } from 'lit';
import { CHANNEL_WORDS, dateTime, EVENT_WORDS, STATUS_WORDS } from '../../shared/dossier-words.js';
import { type DossierDocument, type DossierRecord } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { answerRows } from './answer-rows.js';
import { DOSSIER_VIEW_TEXT } from './dossier-view-text.js';
import { dossierViewStyles } from './motcua-dossier-view.styles.js';

/** Every document the procedure names, in any of its cases, by id. */
function documentNames(definition: ProcedureDefinition | undefined): Map<string, LocalText> {
  const names = new Map<string, LocalText>();
  for (const document of [...(definition?.documents ?? []), ...(definition?.cases ?? []).flatMap((c) => c.documents ?? [])]) names.set(document.id, document.name);
  return names;
}

/**
 * One dossier as an officer processes it: the answers under the form's own labels, the documents
 * with a preview (PDFs framed, images inline, from the server), the fee, the due date and its
 * clock (with the late-reason requirement when overdue), the apology notices and supplement
 * requests, the history, and the actions the officer's step roles allow now.
 *
 * @attr code - The dossier's code (required).
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @fires motcua-acted - An action was taken (bubbled up from the actions panel); `detail` is `{ action, dossier }`.
 * @csspart clock - The deadline panel.
 * @csspart answers - The answers.
 * @csspart documents - The documents.
 * @csspart history - The history table.
 */
export class MotcuaDossierView extends OfficeElement {
  static override styles = [officeStyles, dossierViewStyles];

  static override properties = {
    ...OfficeElement.properties,
    code: { type: String },
    dossier: { state: true },
    definition: { state: true },
    problem: { state: true },
    previewing: { state: true },
    slipShown: { state: true },
  };

  private readonly t = this.wording(DOSSIER_VIEW_TEXT);

  declare code: string | undefined;
  declare dossier: DossierRecord | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare problem: string | undefined;
  /** Whether the receipt and appointment slip is shown, to print it again. */
  declare slipShown: boolean;
  /** The uploads shown in full, by id. */
  declare previewing: ReadonlySet<string>;

  constructor() {
    super();
    this.previewing = new Set();
    this.slipShown = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('server')) void this.load();
  }

  /** Reads the dossier again from the server (after an action, or when another officer may have acted). */
  async load(): Promise<void> {
    const code = this.code;
    if (!code) return;
    this.problem = undefined;
    try {
      const dossier = await this.api.dossier(code);
      const definition = this.definition?.code === dossier.procedure.code && this.dossier?.procedure.version === dossier.procedure.version ? this.definition : await this.api.definition(dossier.procedure.code, dossier.procedure.version);
      if (code !== this.code) return;
      const opened = this.dossier?.code !== code;
      this.definition = definition;
      this.dossier = dossier;
      // A keyboard or screen-reader user lands on the dossier just opened, not at the top of the page.
      if (opened) void this.updateComplete.then(() => (this.renderRoot.querySelector('h2') as HTMLElement | null)?.focus());
    } catch (error) {
      this.problem = this.problemOf(error);
    }
  }


  private renderClock(dossier: DossierRecord) {
    const t = this.t;
    const locale = this.language;
    const { dueAt: due, legalDueAt, workingDaysLeft: left, overdue } = dossier.clock;
    return html`<section part="clock" aria-labelledby="clock">
      <h3 id="clock">${t('clock')}</h3>
      <dl>
        <dt>${t('due')}</dt>
        <dd>${due ? dateTime(due, locale) : t('notStarted')}${overdue ? html` <strong class="overdue">⚠ ${t('overdueNow')}</strong>` : nothing}</dd>
        ${legalDueAt && legalDueAt !== due ? html`<dt>${t('legalDue')}</dt><dd>${dateTime(legalDueAt, locale)}</dd>` : nothing}
        ${left !== null ? html`<dt><span class="visually-hidden">${t('clock')}</span></dt><dd>${left > 0 ? t('daysLeft', { n: left }) : left === 0 ? t('dueToday') : t('overdue', { n: -left })}</dd>` : nothing}
      </dl>
      ${dossier.clock.paused ? html`<p>${t('paused')}</p>` : nothing} ${overdue ? html`<p class="notice" role="note">${t('lateReasonNeeded')}</p>` : nothing}
    </section>`;
  }

  private renderNotices(dossier: DossierRecord) {
    const t = this.t;
    const locale = this.language;
    const { apologies, supplements } = dossier;
    return html`${apologies.length > 0
      ? html`<section aria-labelledby="apologies">
          <h3 id="apologies">${t('apologies')}</h3>
          ${apologies.map((a) => html`<p class="notice">${dateTime(a.createdAt, locale)}: ${a.text[locale]}</p>`)}
        </section>`
      : nothing}
    ${supplements.length > 0
      ? html`<section aria-labelledby="supplements">
          <h3 id="supplements">${t('supplements')}</h3>
          <ul>
            ${supplements.map((s) => html`<li>${dateTime(s.requestedAt, locale)}: ${s.reason}${s.documents.length > 0 ? html`: ${s.documents.map((d) => textIn(d.name, locale)).join(', ')}` : nothing} (${s.answeredAt ? t('answered', { at: dateTime(s.answeredAt, locale) }) : t('waiting')})</li>`)}
          </ul>
        </section>`
      : nothing}`;
  }

  private togglePreview(id: string): void {
    const next = new Set(this.previewing);
    if (!next.delete(id)) next.add(id);
    this.previewing = next;
  }

  private renderDocument(dossier: DossierRecord, document: DossierDocument, name: string) {
    const t = this.t;
    const upload = document.upload;
    if (document.byPost) return html`<li><strong>${name}</strong>: ${t('byPost')}</li>`;
    if (!upload) return html`<li><strong>${name}</strong>: ${t('noFile')}</li>`;
    const url = this.api.fileUrl(dossier.code, upload.id);
    const open = this.previewing.has(upload.id);
    const previewable = upload.mime === 'application/pdf' || upload.mime.startsWith('image/');
    return html`<li>
      <strong>${name}</strong>: ${upload.name} (${Math.ceil(upload.size / 1024)} KB)
      ${previewable ? html`<button class="secondary" type="button" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.togglePreview(upload.id)}>${t(open ? 'hide' : 'preview', { name: upload.name })}</button>` : nothing}
      <a href=${url} download=${upload.name}>${t('download', { name: upload.name })}</a>
      ${open ? (upload.mime === 'application/pdf' ? html`<iframe src=${url} title=${upload.name}></iframe>` : html`<img src=${url} alt=${`${name}: ${upload.name}`} />`) : nothing}
    </li>`;
  }

  private renderHistory(dossier: DossierRecord) {
    const t = this.t;
    const locale = this.language;
    const what = (entry: DossierRecord['history'][number]) => {
      const action = EVENT_WORDS[entry.action]?.[locale] ?? entry.action;
      const to = STATUS_WORDS[entry.toStatus as keyof typeof STATUS_WORDS]?.[locale] ?? entry.toStatus;
      const step = entry.toStep && entry.toStep !== entry.fromStep ? textIn(dossier.step.steps.find((s) => s.id === entry.toStep)?.name, locale) || entry.toStep : '';
      return [action, to, step].filter(Boolean).join(' → ');
    };
    return html`<section part="history" aria-labelledby="history">
      <h3 id="history">${t('history')}</h3>
      <div class="table">
        <table>
          <thead>
            <tr><th scope="col">${t('when')}</th><th scope="col">${t('what')}</th><th scope="col">${t('who')}</th><th scope="col">${t('note')}</th></tr>
          </thead>
          <tbody>
            ${dossier.history.map((entry) => html`<tr><td>${dateTime(entry.at, locale)}</td><td>${what(entry)}</td><td>${entry.actorName ?? t('citizen')}</td><td>${entry.note ?? ''}</td></tr>`)}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  override render() {
    const t = this.t;
    const locale = this.language;
    const dossier = this.dossier;
    if (!dossier) return html`${this.problem ? html`<p role="alert">${this.problem}</p>` : html`<p role="status">${t('loading')}</p>`}`;
    const names = documentNames(this.definition);
    const step = textIn(dossier.step.current?.name, locale);
    return html`<div class=${this.slipShown ? 'with-slip' : ''}>
      <h2 tabindex="-1">${t('heading', { code: dossier.code })}</h2>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <section aria-labelledby="summary">
        <h3 id="summary" class="visually-hidden">${t('summary')}</h3>
        <dl>
          <dt>${t('procedure')}</dt>
          <dd>${dossier.procedure.code} ${textIn(this.definition?.name, locale)}</dd>
          <dt>${t('status')}</dt>
          <dd>${STATUS_WORDS[dossier.status][locale]}</dd>
          ${step ? html`<dt>${t('step')}</dt><dd>${step}</dd>` : nothing}
          <dt>${t('channel')}</dt>
          <dd>${CHANNEL_WORDS[dossier.channel][locale]}</dd>
          <dt>${t('delivery')}</dt>
          <dd>${CHANNEL_WORDS[dossier.delivery][locale]}</dd>
          <dt>${t('submitted')}</dt>
          <dd>${dateTime(dossier.submittedAt, locale)}</dd>
        </dl>
      </section>
      ${this.renderClock(dossier)} ${this.renderNotices(dossier)}
      <motcua-dossier-actions .server=${this.server} locale=${locale} .dossier=${dossier} .definition=${this.definition} .overdue=${dossier.clock.overdue} @motcua-acted=${() => void this.load()}></motcua-dossier-actions>
      <section part="answers" aria-labelledby="answers">
        <h3 id="answers">${t('answers')}</h3>
        <dl>
          ${answerRows(this.definition?.form, dossier.answers, locale).map((row) => html`<dt>${row.label}</dt><dd>${row.value}</dd>`)}
        </dl>
      </section>
      <section part="documents" aria-labelledby="documents">
        <h3 id="documents">${t('documents')}</h3>
        <ul class="files">
          ${dossier.documents.map((d) => this.renderDocument(dossier, d, textIn(names.get(d.documentId), locale) || d.documentId))}
        </ul>
      </section>
      <section aria-labelledby="fee">
        <h3 id="fee">${t('fee')}</h3>
        <dl>
          ${dossier.fee.lines.map((line) => html`<dt>${textIn(line.label, locale)}</dt><dd>${line.amount === null ? '—' : formatMoney(line.amount, locale)}</dd>`)}
          <dt>${t('total')}</dt>
          <dd><strong>${formatMoney(dossier.fee.total, locale)}</strong></dd>
        </dl>
      </section>
      ${this.renderHistory(dossier)}
      <p class="no-print"><button class="secondary" type="button" aria-expanded=${this.slipShown ? 'true' : 'false'} @click=${() => (this.slipShown = !this.slipShown)}>${t('slip')}</button></p>
      ${this.slipShown ? html`<motcua-intake-slip .server=${this.server} locale=${locale} code=${dossier.code}></motcua-intake-slip>` : nothing}
    </div>`;
  }
}

import { resolveCase, type AgencyFile, type Offering, type ProcedureDefinition, type ServiceLevel } from '@motcua/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { textIn, wording } from '../../i18n/runtime-text.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { PROCEDURE_TEXT } from './procedure-text.js';
import { describeAdjustment, describeFee } from './describe-fee.js';
import { procedureStyles } from './motcua-procedure.styles.js';

export interface ProcedureOffering {
  agency: Pick<AgencyFile, 'id' | 'code' | 'name' | 'tier'>;
  offering: Offering;
}

/**
 * The public posting of a procedure (niêm yết công khai): fees with their
 * legal basis, documents with template links, steps, time limit, channels,
 * result and requirements — for every case the procedure has.
 *
 * @attr procedure - The procedure code to fetch from the server (e.g. `2.000815`).
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @attr case - The case shown first, when the procedure has several.
 * @prop definition - A procedure definition to show instead of fetching one (the builder's preview).
 * @fires motcua-loaded - The definition was fetched; `detail` is `{ code, version }`.
 * @fires motcua-error - Fetching failed; `detail` is `{ code, message }`.
 * @csspart heading - The procedure's name.
 * @csspart section - Each section (fees, documents, steps…).
 * @csspart error - The message shown when the procedure cannot be loaded.
 * @cssprop --motcua-font - Font family.
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-color-accent - Colour of section rules.
 * @cssprop --motcua-color-link - Link colour.
 * @cssprop --motcua-color-focus - Focus outline colour.
 */
export class MotcuaProcedure extends MotcuaElement {
  static override styles = [hostStyles, procedureStyles];

  static override properties = {
    ...MotcuaElement.properties,
    procedure: { type: String },
    case: { type: String },
    definition: { attribute: false },
    offerings: { attribute: false },
    status: { state: true },
  };

  private readonly t = wording(PROCEDURE_TEXT, () => this.language);

  declare procedure: string | undefined;
  declare case: string | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare offerings: ProcedureOffering[];
  declare status: 'idle' | 'loading' | 'failed';

  private loaded: string | undefined;

  constructor() {
    super();
    this.offerings = [];
    this.status = 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const wanted = this.procedure && this.serverUrl ? `${this.serverUrl}|${this.procedure}` : undefined;
    if (wanted && wanted !== this.loaded && !changed.has('definition')) void this.load(wanted);
  }

  private async load(key: string): Promise<void> {
    this.loaded = key;
    this.status = 'loading';
    try {
      const response = await fetch(`${this.serverUrl}/api/v1/procedures/${encodeURIComponent(this.procedure ?? '')}`, { headers: { 'Accept-Language': this.language } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { code: string; version: number; definition: ProcedureDefinition; offerings: ProcedureOffering[] };
      this.definition = body.definition;
      this.offerings = body.offerings;
      this.status = 'idle';
      this.dispatchEvent(new CustomEvent('motcua-loaded', { detail: { code: body.code, version: body.version }, bubbles: true, composed: true }));
    } catch (error) {
      this.status = 'failed';
      this.fail('procedure-load-failed', this.t('loadFailed'), error);
    }
  }

  private retry(): void {
    this.loaded = undefined;
    this.requestUpdate();
  }

  private duration(level: ServiceLevel): string {
    const { amount, unit } = level;
    const text = amount === 0 && unit === 'working-days' ? this.t('withinTheDay') : this.t(unit === 'working-days' ? 'workingDays' : unit === 'working-hours' ? 'workingHours' : 'calendarDays', { n: amount });
    return level.cutOff ? `${text} (${this.t('receivedAfter', { time: level.cutOff })})` : text;
  }

  private section(id: string, title: string, body: TemplateResult | TemplateResult[]): TemplateResult {
    return html`<section part="section" aria-labelledby=${`${id}-title`}><h3 id=${`${id}-title`}>${title}</h3>${body}</section>`;
  }

  protected override render() {
    if (this.status === 'failed') {
      return html`<div part="error" class="error" role="alert"><p>${this.t('loadFailed')}</p><button type="button" @click=${this.retry}>${this.t('retry')}</button></div>`;
    }
    const definition = this.definition;
    if (!definition) return html`<p role="status">${this.status === 'loading' ? this.t('loading') : ''}</p>`;
    const lang = this.language;
    const caseId = definition.cases.some((c) => c.id === this.case) ? (this.case as string) : (definition.cases[0]?.id as string);
    const effective = resolveCase(definition, caseId);
    return html`
      <article lang=${lang}>
        <h2 part="heading">${textIn(definition.name, lang)}</h2>
        ${definition.description ? html`<p>${textIn(definition.description, lang)}</p>` : nothing}
        <dl>
          <dt>${this.t('code')}</dt><dd>${definition.code}</dd>
          <dt>${this.t('agency')}</dt><dd>${textIn(definition.agency, lang)}</dd>
          <dt>${this.t('applicants')}</dt><dd>${definition.applicants.map((a) => this.t(`applicant.${a}`)).join(', ')}</dd>
          <dt>${this.t('timeLimit')}</dt><dd>${this.duration(effective.serviceLevel)}</dd>
        </dl>
        ${definition.cases.length > 1
          ? html`<p><label for="case">${this.t('case')}</label>
              <select id="case" @change=${(e: Event) => (this.case = (e.target as HTMLSelectElement).value)}>
                ${definition.cases.map((c) => html`<option value=${c.id} ?selected=${c.id === caseId}>${textIn(c.name, lang)}</option>`)}
              </select></p>`
          : nothing}
        ${this.offerings.length > 0
          ? this.section('offered', this.t('offeredBy'), html`<ul>${this.offerings.map((o) => html`<li>${textIn(o.agency.name, lang)}</li>`)}</ul>`)
          : nothing}
        ${this.section(
          'channels',
          this.t('channels'),
          html`<ul>${effective.channels.map((c) => html`<li>${this.t(`channel.${c.kind}`)}${c.serviceLevel ? html` — ${this.duration(c.serviceLevel)}` : nothing}${c.note ? html` <span class="note">${textIn(c.note, lang)}</span>` : nothing}</li>`)}</ul>`,
        )}
        ${this.section(
          'fees',
          this.t('fees'),
          effective.fees.length === 0
            ? html`<p>${this.t('free')}</p>`
            : html`<ul>${effective.fees.map(
                (fee) => html`<li>
                  <strong>${textIn(fee.label, lang)}</strong>: <span class="amount">${describeFee(fee, lang).join('; ')}</span>
                  ${fee.adjustments?.length ? html`<ul>${fee.adjustments.map((a) => html`<li>${describeAdjustment(a, lang)}</li>`)}</ul>` : nothing}
                  ${fee.legalBasis?.length ? html`<div class="note">${this.t('legalBasis')}: ${fee.legalBasis.join(', ')}</div>` : nothing}
                  ${fee.note ? html`<div class="note">${textIn(fee.note, lang)}</div>` : nothing}
                </li>`,
              )}</ul>`,
        )}
        ${this.section(
          'documents',
          this.t('documents'),
          html`<ol>${effective.documents.map((d) => {
            const counts = [(d.originals ?? 1) > 0 ? `${d.originals ?? 1} ${this.t('originals')}` : '', (d.copies ?? 0) > 0 ? `${d.copies} ${this.t('copies')}` : ''].filter(Boolean).join(', ');
            const flags = [d.optional ? this.t('optional') : '', d.when ? this.t('onlyWhen') : '', d.mayFollowByPost ? this.t('byPost') : ''].filter(Boolean);
            return html`<li>
              ${textIn(d.name, lang)}${counts ? html` <span class="note">(${counts})</span>` : nothing}
              ${flags.length ? html`<div class="note">${flags.join('; ')}</div>` : nothing}
              ${d.template ? html`<div><a href=${d.template.url} rel="noopener">${this.t('template')}</a></div>` : nothing}
            </li>`;
          })}</ol>`,
        )}
        ${this.section(
          'steps',
          this.t('steps'),
          html`<ol>${effective.steps.map((s) => html`<li>${textIn(s.name, lang)} <span class="note">(${this.t(`role.${s.role}`)}${s.duration ? `, ${this.duration(s.duration as ServiceLevel)}` : ''})</span></li>`)}</ol>`,
        )}
        ${this.section('result', this.t('result'), html`<p>${textIn(definition.result.name, lang)} — ${definition.result.delivery.map((d) => this.t(`channel.${d}`)).join(', ')}</p>`)}
        ${definition.requirements?.length ? this.section('requirements', this.t('requirements'), html`<ul>${definition.requirements.map((r) => html`<li>${textIn(r, lang)}</li>`)}</ul>`) : nothing}
        ${this.section(
          'legal',
          this.t('legalBasis'),
          html`<ul>${definition.legalBasis.map((l) => html`<li>${l.url ? html`<a href=${l.url} rel="noopener">${l.number}</a>` : l.number}: ${textIn(l.title, lang)}${l.date ? ` (${l.date})` : ''}</li>`)}</ul>`,
        )}
        ${definition.notes?.length ? this.section('notes', this.t('notes'), html`<ul>${definition.notes.map((n) => html`<li class="note">${textIn(n, lang)}</li>`)}</ul>`) : nothing}
      </article>
    `;
  }
}

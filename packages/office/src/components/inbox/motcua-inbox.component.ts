import { DOSSIER_STATES, FINAL_STATES, type ChannelKind, type LocalText } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing, type PropertyValues } from 'lit';
import { CHANNEL_WORDS, dateOnly, STATUS_WORDS } from '../../shared/dossier-words.js';
import { type DossierRow, type InboxQuery } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { INBOX_TEXT } from './inbox-text.js';
import { inboxStyles } from './motcua-inbox.styles.js';

const PAGE_SIZE = 20;
/** "Due soon": due within this many working days (today included) and not yet overdue. */
const DUE_SOON_DAYS = 3;
const CHANNELS: readonly ChannelKind[] = ['in-person', 'online', 'postal'];
type Filters = Pick<InboxQuery, 'q' | 'status' | 'step' | 'channel' | 'procedure'> & { due?: 'soon' | 'overdue' };

/** The server's query for the officer's filters: deadline filters list the soonest due first. */
function queryOf({ due, ...filters }: Filters, offset: number): InboxQuery {
  const deadline: Partial<InboxQuery> = due === 'soon' ? { dueWithin: DUE_SOON_DAYS, sort: 'due' } : due === 'overdue' ? { overdue: true, sort: 'due' } : {};
  return { ...filters, ...deadline, limit: PAGE_SIZE, offset };
}

/**
 * An agency's dossiers, a page at a time: filtered by status, step, channel, procedure and
 * deadline (due soon, overdue), searched by code or applicant, each row with its due date and a
 * clear overdue marker.
 *
 * @attr agency - The agency whose dossiers are listed (required).
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop now - The instant a due date is judged overdue against (tests pass a fixed one); the present by default.
 * @fires motcua-open - A dossier was chosen; `detail` is `{ code }`.
 * @csspart filters - The filter form.
 * @csspart table - The list of dossiers.
 */
export class MotcuaInbox extends OfficeElement {
  static override styles = [officeStyles, inboxStyles];

  static override properties = {
    ...OfficeElement.properties,
    agency: { type: String },
    now: { attribute: false },
    filters: { state: true },
    offset: { state: true },
    page: { state: true },
    problem: { state: true },
    names: { state: true },
    steps: { state: true },
  };

  private readonly t = this.wording(INBOX_TEXT);

  declare agency: string | undefined;
  declare now: Date | undefined;
  declare filters: Filters;
  declare offset: number;
  /** The page on screen, with the offset it was asked at (the officer may have moved on). */
  declare page: { items: DossierRow[]; total: number; offset: number } | undefined;
  declare problem: string | undefined;
  /** The agency's procedures' names by code, for the rows. */
  declare names: ReadonlyMap<string, LocalText>;
  /** The steps' names of each procedure version on screen, by `code@version`, then step id. */
  declare steps: ReadonlyMap<string, ReadonlyMap<string, LocalText>>;
  private loading: string | undefined;

  constructor() {
    super();
    this.filters = {};
    this.offset = 0;
    this.names = new Map();
    this.steps = new Map();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('agency') || changed.has('filters') || changed.has('offset') || changed.has('server') || changed.has('locale')) void this.load();
    if ((changed.has('agency') || changed.has('server')) && this.agency) void this.loadNames(this.agency);
  }

  private async loadNames(agency: string): Promise<void> {
    const procedures = await this.api.offeredProcedures(agency).catch(() => []);
    if (agency === this.agency) this.names = new Map(procedures.map((p) => [p.code, p.name]));
  }

  private async load(): Promise<void> {
    if (!this.agency) return;
    const asked = queryOf(this.filters, this.offset);
    const key = JSON.stringify([this.agency, asked]);
    this.loading = key;
    this.problem = undefined;
    try {
      const page = await this.api.dossiers(this.agency, asked);
      // An answer to filters the officer has since changed is dropped.
      if (this.loading === key) this.page = { ...page, offset: asked.offset };
      void this.loadSteps(page.items);
    } catch (error) {
      if (this.loading === key) this.problem = this.problemOf(error);
    }
  }

  /** The steps of the versions the rows were filed under, each version read once. */
  private async loadSteps(rows: readonly DossierRow[]): Promise<void> {
    const versions = new Map(rows.filter((row) => row.step).map((row) => [`${row.procedure.code}@${row.procedure.version}`, row.procedure]));
    for (const [key, { code, version }] of versions) {
      if (this.steps.has(key)) continue;
      const definition = await this.api.definition(code, version).catch(() => undefined);
      if (definition) this.steps = new Map([...this.steps, [key, new Map(definition.steps.map((step) => [step.id, step.name]))]]);
    }
  }

  /** The steps of the procedures seen so far, by id, for the step filter's suggestions. */
  private knownSteps(): Map<string, string> {
    const known = new Map<string, string>();
    for (const steps of this.steps.values()) for (const [id, name] of steps) if (!known.has(id)) known.set(id, textIn(name, this.language));
    return known;
  }

  private stepName(row: DossierRow): string {
    if (!row.step) return '';
    return textIn(this.steps.get(`${row.procedure.code}@${row.procedure.version}`)?.get(row.step), this.language) || row.step;
  }

  private readonly onFilter = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const filters: Filters = {};
    for (const name of ['q', 'status', 'step', 'channel', 'procedure', 'due'] as const) {
      const value = String(form.get(name) ?? '').trim();
      if (value) (filters as Record<string, string>)[name] = value;
    }
    this.filters = filters;
    this.offset = 0;
  };

  private readonly onClear = (): void => {
    this.filters = {};
    this.offset = 0;
    (this.renderRoot.querySelector('form') as HTMLFormElement | null)?.reset();
  };

  private isOverdue(row: DossierRow): boolean {
    if (!row.dueAt || row.paused || FINAL_STATES.has(row.status)) return false;
    return new Date(row.dueAt).getTime() < (this.now ?? new Date()).getTime();
  }

  private open(code: string): void {
    this.dispatchEvent(new CustomEvent('motcua-open', { detail: { code }, bubbles: true, composed: true }));
  }

  private renderFilters() {
    const t = this.t;
    const f = this.filters;
    const select = (name: 'status' | 'channel' | 'due', label: string, options: [string, string][]) =>
      html`<label
        >${label}<select name=${name}>
          <option value="">${t('any')}</option>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${f[name] === value}>${text}</option>`)}
        </select></label
      >`;
    return html`<form part="filters" role="search" aria-label=${t('filters')} @submit=${this.onFilter}>
      <label>${t('search')}<input name="q" type="search" .value=${f.q ?? ''} /></label>
      ${select('status', t('status'), DOSSIER_STATES.map((s) => [s, STATUS_WORDS[s][this.language]]))}
      <label
        >${t('step')}<input name="step" list="steps" .value=${f.step ?? ''} size="10" /><datalist id="steps">
          ${[...this.knownSteps()].map(([id, name]) => html`<option value=${id}>${name}</option>`)}
        </datalist></label
      >
      ${select('channel', t('channel'), CHANNELS.map((c) => [c, CHANNEL_WORDS[c][this.language]]))}
      <label>${t('procedure')}<input name="procedure" .value=${f.procedure ?? ''} size="10" /></label>
      ${select('due', t('due'), [
        ['soon', t('dueSoon')],
        ['overdue', t('overdueFilter')],
      ])}
      <button type="submit">${t('apply')}</button>
      <button class="secondary" type="button" @click=${this.onClear}>${t('clear')}</button>
    </form>`;
  }

  private renderRow(row: DossierRow) {
    const t = this.t;
    const locale = this.language;
    const overdue = this.isOverdue(row);
    const name = this.names.get(row.procedure.code);
    const step = this.stepName(row);
    return html`<tr class=${overdue ? 'late' : ''}>
      <td data-label=${t('code')}><button class="secondary" type="button" aria-label=${t('open', { code: row.code })} @click=${() => this.open(row.code)}>${row.code}</button></td>
      <td data-label=${t('procedure')}>${row.procedure.code}${name ? html` ${textIn(name, locale)}` : nothing}</td>
      <td data-label=${t('applicant')}>${row.applicantName ?? ''}</td>
      <td data-label=${t('channel')}>${CHANNEL_WORDS[row.channel][locale]}</td>
      <td data-label=${t('statusStep')}>${STATUS_WORDS[row.status][locale]}${step ? html`<br /><span class="step">${step}</span>` : nothing}</td>
      <td data-label=${t('dueDate')}>${row.dueAt ? dateOnly(row.dueAt, locale) : t('noDue')}${overdue ? html` <strong class="overdue">⚠ ${t('overdue')}</strong>` : nothing}</td>
    </tr>`;
  }

  override render() {
    const t = this.t;
    const page = this.page;
    const last = page ? Math.min(page.offset + PAGE_SIZE, page.total) : 0;
    return html`<h2>${t('heading')}</h2>
      ${this.renderFilters()} ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <p role="status">${page === undefined ? t('loading') : page.total === 0 ? t('none') : t('count', { from: page.offset + 1, to: last, total: page.total })}</p>
      ${page && page.items.length > 0
        ? html`<div class="table">
              <table part="table">
                <thead>
                  <tr>
                    <th scope="col">${t('code')}</th>
                    <th scope="col">${t('procedure')}</th>
                    <th scope="col">${t('applicant')}</th>
                    <th scope="col">${t('channel')}</th>
                    <th scope="col">${t('statusStep')}</th>
                    <th scope="col">${t('dueDate')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${page.items.map((row) => this.renderRow(row))}
                </tbody>
              </table>
            </div>
            <nav aria-label=${t('pages')}>
              <button class="secondary" type="button" ?disabled=${page.offset === 0} @click=${() => (this.offset = Math.max(0, page.offset - PAGE_SIZE))}>${t('previous')}</button>
              <button class="secondary" type="button" ?disabled=${last >= page.total} @click=${() => (this.offset = page.offset + PAGE_SIZE)}>${t('next')}</button>
            </nav>`
        : nothing}`;
  }
}

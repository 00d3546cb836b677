import { foldVietnamese, type Bilingual } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureFilter, type ProcedureOverview, type ProcedureStatus } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { procedureListStyles } from './motcua-procedure-list.styles.js';
import { PROCEDURE_LIST_TEXT } from './procedure-list-text.js';

const STATUSES: readonly ProcedureStatus[] = ['draft', 'published', 'retired'];

/** A choice of a filter: its value and its name in both languages. */
interface Option {
  id: string;
  name: { vi: string; en?: string };
}

/**
 * Every procedure the officer may edit, searched by code or name (with or without diacritics)
 * and filtered by status, sector and agency (on the server), from the officers' procedure list;
 * a new one is created here, from scratch, from a template or as a copy of a row, and opened as
 * a draft.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @fires motcua-open - A procedure was chosen, or created from scratch or as a copy; `detail` is its row (`code`, `status`, `latestVersion`, `hasDraft`, `name`).
 * @csspart filters - The search box and the status, sector and agency filters.
 * @csspart table - The list of procedures.
 * @csspart new - The new-procedure form, while open.
 */
export class MotcuaProcedureList extends BuilderElement {
  static override styles = [hostStyles, procedureListStyles];

  static override properties = {
    ...BuilderElement.properties,
    items: { state: true },
    words: { state: true },
    status: { state: true },
    sector: { state: true },
    agency: { state: true },
    sectors: { state: true },
    agencies: { state: true },
    problem: { state: true },
    creating: { state: true },
  };

  private readonly t = this.wording(PROCEDURE_LIST_TEXT);

  declare items: ProcedureOverview[] | undefined;
  declare words: string;
  declare status: ProcedureStatus | '';
  declare sector: string;
  declare agency: string;
  declare sectors: Option[];
  declare agencies: Option[];
  declare problem: string | undefined;
  /** The new-procedure form while it is open: from scratch (`source` absent) or a copy of `source`. */
  declare creating: { source?: ProcedureOverview } | undefined;

  constructor() {
    super();
    this.words = '';
    this.status = '';
    this.sector = '';
    this.agency = '';
    this.sectors = [];
    this.agencies = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The filters' choices; without them the list still works, unfiltered.
    this.api.taxonomy().then((taxonomy) => (this.sectors = taxonomy.sectors), () => undefined);
    this.api.agencies().then((agencies) => (this.agencies = agencies), () => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') || changed.has('sector') || changed.has('agency') || changed.has('server')) void this.load();
  }

  private get filter(): ProcedureFilter {
    return { ...(this.status ? { status: this.status } : {}), ...(this.sector ? { sector: this.sector } : {}), ...(this.agency ? { agency: this.agency } : {}) };
  }

  private async load(): Promise<void> {
    const filter = this.filter;
    this.items = undefined;
    try {
      const items = await this.api.procedures(filter);
      // An answer to a filter the officer has since changed is dropped.
      if (JSON.stringify(filter) === JSON.stringify(this.filter)) this.items = items;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  private nameOf(option: Option): string {
    return (this.language === 'en' && option.name.en) || option.name.vi;
  }

  private renderChoice(label: string, value: string, options: readonly Option[], choose: (value: string) => void) {
    return html`<label
      >${label}<select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${this.t('any')}</option>
        ${options.map((option) => html`<option value=${option.id} ?selected=${value === option.id}>${this.nameOf(option)}</option>`)}
      </select></label
    >`;
  }

  /** The rows whose code or name holds every word typed, diacritics and case aside. */
  get shown(): ProcedureOverview[] {
    const words = foldVietnamese(this.words).split(/\s+/).filter(Boolean);
    return (this.items ?? []).filter((item) => {
      const text = foldVietnamese(`${item.code} ${item.name ?? ''}`);
      return words.every((word) => text.includes(word));
    });
  }

  private sectorName(id: string | null): string {
    const sector = this.sectors.find((option) => option.id === id);
    return sector ? this.nameOf(sector) : (id ?? '');
  }

  private open(item: ProcedureOverview): void {
    this.dispatchEvent(new CustomEvent('motcua-open', { detail: item, bubbles: true, composed: true }));
  }

  private renderCreating() {
    if (!this.creating) return html`<button type="button" @click=${() => (this.creating = {})}>${this.t('create')}</button>`;
    return html`<motcua-new-procedure
      part="new"
      .server=${this.server}
      locale=${this.language}
      .source=${this.creating.source}
      @motcua-created=${(event: CustomEvent<ProcedureOverview>) => this.open(event.detail)}
      @motcua-cancel=${() => (this.creating = undefined)}
    ></motcua-new-procedure>`;
  }

  override render() {
    const t = this.t;
    const shown = this.shown;
    return html`<h2>${t('heading')}</h2>
      ${this.renderCreating()}
      <div class="filters" part="filters">
        <label>${t('search')}<input type="search" .value=${this.words} @input=${(event: InputEvent) => (this.words = (event.target as HTMLInputElement).value)} /></label>
        ${this.renderChoice(t('status'), this.status, STATUSES.map((status) => ({ id: status, name: PROCEDURE_LIST_TEXT[`status.${status}`] as Bilingual })), (value) => (this.status = value as ProcedureStatus | ''))}
        ${this.renderChoice(t('sector'), this.sector, this.sectors, (value) => (this.sector = value))}
        ${this.renderChoice(t('agency'), this.agency, this.agencies, (value) => (this.agency = value))}
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <p role="status">${this.items === undefined ? t('loading') : shown.length === 0 ? t('none') : t('count', { shown: shown.length, total: this.items.length })}</p>
      ${shown.length > 0
        ? html`<table part="table">
            <thead>
              <tr><th scope="col">${t('code')}</th><th scope="col">${t('name')}</th><th scope="col">${t('sector')}</th><th scope="col">${t('status')}</th><th scope="col">${t('version')}</th><th scope="col"><span class="visually-hidden">${t('actions')}</span></th></tr>
            </thead>
            <tbody>
              ${shown.map(
                (item) =>
                  html`<tr>
                    <td><button class="secondary" type="button" aria-label=${t('open', { code: item.code })} @click=${() => this.open(item)}>${item.code}</button></td>
                    <td>${item.name ?? ''}</td>
                    <td>${this.sectorName(item.sector)}</td>
                    <td>${t(`status.${item.status}`)}${item.hasDraft ? html` <span class="draft">(${t('unsaved')})</span>` : nothing}</td>
                    <td>${item.latestVersion ?? ''}</td>
                    <td><button class="secondary" type="button" aria-label=${t('duplicate', { code: item.code })} @click=${() => (this.creating = { source: item })}>${t('copy')}</button></td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : nothing}`;
  }
}

import { foldVietnamese } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureOverview, type ProcedureStatus } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { procedureListStyles } from './motcua-procedure-list.styles.js';
import { PROCEDURE_LIST_TEXT } from './procedure-list-text.js';

const STATUSES: readonly ProcedureStatus[] = ['draft', 'published', 'retired'];

/**
 * Every procedure the officer may edit, searched by code or name (with or without diacritics)
 * and filtered by status, from the officers' procedure list; a new one is created here, from
 * scratch or as a copy of a row, and opened as a draft.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @fires motcua-open - A procedure was chosen, or created from scratch or as a copy; `detail` is its row (`code`, `status`, `latestVersion`, `hasDraft`, `name`).
 * @csspart filters - The search box and the status filter.
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
    problem: { state: true },
    creating: { state: true },
  };

  private readonly t = this.wording(PROCEDURE_LIST_TEXT);

  declare items: ProcedureOverview[] | undefined;
  declare words: string;
  declare status: ProcedureStatus | '';
  declare problem: string | undefined;
  /** The new-procedure form while it is open: from scratch (`source` absent) or a copy of `source`. */
  declare creating: { source?: ProcedureOverview } | undefined;

  constructor() {
    super();
    this.words = '';
    this.status = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') || changed.has('server')) void this.load();
  }

  private async load(): Promise<void> {
    const status = this.status;
    this.items = undefined;
    try {
      const items = await this.api.procedures(status || undefined);
      // An answer to a filter the officer has since changed is dropped.
      if (status === this.status) this.items = items;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  /** The rows whose code or name holds every word typed, diacritics and case aside. */
  get shown(): ProcedureOverview[] {
    const words = foldVietnamese(this.words).split(/\s+/).filter(Boolean);
    return (this.items ?? []).filter((item) => {
      const text = foldVietnamese(`${item.code} ${item.name ?? ''}`);
      return words.every((word) => text.includes(word));
    });
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
        <label
          >${t('status')}<select @change=${(event: Event) => (this.status = (event.target as HTMLSelectElement).value as ProcedureStatus | '')}>
            <option value="" ?selected=${this.status === ''}>${t('any')}</option>
            ${STATUSES.map((status) => html`<option value=${status} ?selected=${this.status === status}>${t(`status.${status}`)}</option>`)}
          </select></label
        >
      </div>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <p role="status">${this.items === undefined ? t('loading') : shown.length === 0 ? t('none') : t('count', { shown: shown.length, total: this.items.length })}</p>
      ${shown.length > 0
        ? html`<table part="table">
            <thead>
              <tr><th scope="col">${t('code')}</th><th scope="col">${t('name')}</th><th scope="col">${t('status')}</th><th scope="col">${t('version')}</th><th scope="col"><span class="visually-hidden">${t('actions')}</span></th></tr>
            </thead>
            <tbody>
              ${shown.map(
                (item) =>
                  html`<tr>
                    <td><button class="secondary" type="button" aria-label=${t('open', { code: item.code })} @click=${() => this.open(item)}>${item.code}</button></td>
                    <td>${item.name ?? ''}</td>
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

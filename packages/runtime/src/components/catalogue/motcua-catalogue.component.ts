import type { LocalText } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { textIn, wording } from '../../i18n/runtime-text.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { CATALOGUE_TEXT } from './catalogue-text.js';
import { catalogueStyles } from './motcua-catalogue.styles.js';

interface Summary {
  code: string;
  version: number;
  name: LocalText;
  sector: string;
  tier: string;
  onlineLevel: string;
  channels: string[];
}

interface Taxonomy {
  tiers: { id: string; name: LocalText; validTo?: string }[];
  sectors: { id: string; name: LocalText }[];
}

const PAGE = 10;

/**
 * Search and browse the procedures in force: words with or without
 * diacritics, filters by sector, level and channel, pages of ten. The count
 * of results is announced to screen readers as it changes.
 *
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @attr agency - Only the procedures this agency offers (an agency's own site).
 * @attr href - Where a result links to, with `{code}` replaced, e.g. `/thu-tuc/{code}`; without it, choosing a result only fires `motcua-select`.
 * @fires motcua-select - A result was chosen; `detail` is `{ code }`. Cancel it to stay on the page.
 * @fires motcua-error - The catalogue could not be loaded; `detail` is `{ code, message }`.
 * @csspart form - The search form.
 * @csspart results - The list of results.
 */
export class MotcuaCatalogue extends MotcuaElement {
  static override styles = [hostStyles, catalogueStyles];

  static override properties = {
    ...MotcuaElement.properties,
    agency: { type: String },
    href: { type: String },
    query: { state: true },
    items: { state: true },
    total: { state: true },
    offset: { state: true },
    taxonomy: { state: true },
    failed: { state: true },
  };

  private readonly t = wording(CATALOGUE_TEXT, () => this.language);

  declare agency: string | undefined;
  declare href: string | undefined;
  declare query: { q: string; sector: string; tier: string; channel: string };
  declare items: Summary[] | undefined;
  declare total: number;
  declare offset: number;
  declare taxonomy: Taxonomy | undefined;
  declare failed: boolean;

  private requested: string | undefined;

  constructor() {
    super();
    this.query = { q: '', sector: '', tier: '', channel: '' };
    this.total = 0;
    this.offset = 0;
    this.failed = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.serverUrl) return;
    if (!this.taxonomy && this.requested === undefined) void this.loadTaxonomy();
    const key = JSON.stringify([this.serverUrl, this.agency, this.query, this.offset]);
    if (key !== this.requested && !changed.has('items')) {
      this.requested = key;
      void this.search();
    }
  }

  private async loadTaxonomy(): Promise<void> {
    try {
      const response = await fetch(`${this.serverUrl}/api/v1/taxonomy`);
      if (response.ok) this.taxonomy = (await response.json()) as Taxonomy;
    } catch {
      // Filters stay without names; the search still works.
    }
  }

  private async search(): Promise<void> {
    const params = new URLSearchParams({ limit: String(PAGE), offset: String(this.offset) });
    for (const [key, value] of Object.entries(this.query)) if (value) params.set(key, value);
    if (this.agency) params.set('agency', this.agency);
    try {
      const response = await fetch(`${this.serverUrl}/api/v1/procedures?${params}`, { headers: { 'Accept-Language': this.language } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = (await response.json()) as { items: Summary[]; total: number };
      this.items = page.items;
      this.total = page.total;
      this.failed = false;
    } catch (error) {
      this.failed = true;
      this.fail('catalogue-load-failed', this.t('loadFailed'), error);
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.offset = 0;
    this.query = { q: String(data.get('q') ?? ''), sector: String(data.get('sector') ?? ''), tier: String(data.get('tier') ?? ''), channel: String(data.get('channel') ?? '') };
  }

  private choose(event: Event, code: string): void {
    const chosen = new CustomEvent('motcua-select', { detail: { code }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(chosen) || !this.href) event.preventDefault();
  }

  private select(name: 'sector' | 'tier' | 'channel', label: string, options: { id: string; name: string }[]) {
    return html`<div>
      <label for=${name}>${label}</label>
      <select id=${name} name=${name} @change=${(e: Event) => (e.target as HTMLSelectElement).form?.requestSubmit()}>
        <option value="">${this.t('any')}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${this.query[name] === o.id}>${o.name}</option>`)}
      </select>
    </div>`;
  }

  protected override render() {
    const lang = this.language;
    const sectors = (this.taxonomy?.sectors ?? []).map((s) => ({ id: s.id, name: textIn(s.name, lang) }));
    const tiers = (this.taxonomy?.tiers ?? []).filter((t) => !t.validTo).map((t) => ({ id: t.id, name: textIn(t.name, lang) }));
    const channels = (['in-person', 'online', 'postal'] as const).map((id) => ({ id, name: this.t(`channel.${id}`) }));
    const sectorName = (id: string) => sectors.find((s) => s.id === id)?.name ?? id;
    const pages = Math.max(1, Math.ceil(this.total / PAGE));
    const page = Math.floor(this.offset / PAGE) + 1;
    return html`
      <div lang=${lang}>
        <h2>${this.t('catalogueTitle')}</h2>
        <form part="form" role="search" @submit=${this.submit}>
          <label for="q">${this.t('searchLabel')}</label>
          <span class="hint" id="q-hint">${this.t('searchHint')}</span>
          <input id="q" name="q" type="search" .value=${this.query.q} aria-describedby="q-hint" />
          <div class="filters">
            ${this.select('sector', this.t('sector'), sectors)} ${this.select('tier', this.t('tierLabel'), tiers)} ${this.select('channel', this.t('channel'), channels)}
          </div>
          <button type="submit">${this.t('search')}</button>
        </form>
        <p role="status">${this.failed ? this.t('loadFailed') : this.items === undefined ? this.t('loading') : this.total === 0 ? this.t('noResults') : this.t('results', { total: this.total })}</p>
        ${this.items?.length
          ? html`<ol part="results" start=${this.offset + 1}>
              ${this.items.map(
                (item) => html`<li>
                  <a href=${this.href ? this.href.replace('{code}', encodeURIComponent(item.code)) : `#${item.code}`} @click=${(e: Event) => this.choose(e, item.code)}>${textIn(item.name, lang)}</a>
                  <div class="meta">${item.code} · ${sectorName(item.sector)} · ${item.channels.map((c) => this.t(`channel.${c}` as 'channel.online')).join(', ')}</div>
                </li>`,
              )}
            </ol>`
          : nothing}
        ${pages > 1
          ? html`<nav aria-label=${this.t('page', { page, pages })}>
              <button type="button" ?disabled=${page === 1} @click=${() => (this.offset -= PAGE)}>${this.t('previous')}</button>
              <span>${this.t('page', { page, pages })}</span>
              <button type="button" ?disabled=${page === pages} @click=${() => (this.offset += PAGE)}>${this.t('next')}</button>
            </nav>`
          : nothing}
      </div>
    `;
  }
}

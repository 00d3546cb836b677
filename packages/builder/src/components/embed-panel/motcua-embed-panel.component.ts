import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type Agency } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { codeFieldStyles } from '../../shared/code-field-styles.js';
import { EMBED_PANEL_TEXT } from './embed-panel-text.js';
import { embedPanelStyles } from './motcua-embed-panel.styles.js';

/** The two lines an agency pastes into its page for this procedure. */
export function embedSnippet(server: string, code: string, agency: string): string {
  return `<script type="module" src="${server}/motcua.js"></script>\n<motcua-form procedure="${code}" agency="${agency}"></motcua-form>`;
}

/**
 * Embedding a procedure's form: for each agency offering the version in force, the snippet to
 * paste into its site with a button copying it, and the agency's sites allowed to embed its forms
 * (the origins the server accepts citizens' submissions from), added and removed here; and, while
 * no agency offers it, adding one that does.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent (and in the snippet).
 * @attr locale - `vi` (default) or `en`.
 * @prop code - The procedure's code.
 * @prop latestVersion - Its last published version; a change reloads the panel.
 * @csspart snippet - Each agency's snippet.
 * @csspart origins - Each agency's list of allowed sites.
 */
export class MotcuaEmbedPanel extends BuilderElement {
  static override styles = [hostStyles, codeFieldStyles, embedPanelStyles];

  static override properties = {
    ...BuilderElement.properties,
    code: { attribute: false },
    latestVersion: { attribute: false },
    offeredBy: { state: true },
    agencies: { state: true },
    typed: { state: true },
    errors: { state: true },
    announcement: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(EMBED_PANEL_TEXT);

  declare code: string;
  declare latestVersion: number | null;
  /** The ids of the agencies offering the version in force; null while none is in force, undefined while loading. */
  declare offeredBy: string[] | null | undefined;
  declare agencies: Agency[];
  /** The site typed in each agency's "allow" field. */
  declare typed: Record<string, string>;
  /** The server's refusal of the site typed, by agency. */
  declare errors: Record<string, string>;
  declare announcement: string;
  declare problem: string | undefined;

  constructor() {
    super();
    this.code = '';
    this.latestVersion = null;
    this.agencies = [];
    this.typed = {};
    this.errors = {};
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('code') || changed.has('latestVersion')) && this.code) void this.load();
  }

  private async load(): Promise<void> {
    const code = this.code;
    this.offeredBy = undefined;
    this.problem = undefined;
    try {
      // Nothing is in force before a first publication: no need to ask.
      const [inForce, agencies] = await Promise.all([this.latestVersion === null ? undefined : this.api.inForce(code), this.api.agencies()]);
      if (code !== this.code) return;
      this.agencies = agencies;
      this.offeredBy = inForce ? inForce.offerings.map((offering) => offering.agency.id) : null;
    } catch (error) {
      this.problem = this.messageOf(error);
    }
  }

  private messageOf(error: unknown): string {
    return error instanceof ApiProblem ? error.message : String(error);
  }

  private nameOf(agency: Agency): string {
    return (this.language === 'en' && agency.name.en) || agency.name.vi;
  }

  private async copy(agency: Agency, area: HTMLTextAreaElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(area.value);
      this.announcement = this.t('copied', { agency: this.nameOf(agency) });
    } catch {
      // No clipboard here (an insecure origin, a refused permission): the officer copies it by hand.
      area.focus();
      area.select();
      this.announcement = this.t('copyByHand');
    }
  }

  private replaceOrigins(agencyId: string, origins: string[]): void {
    this.agencies = this.agencies.map((agency) => (agency.id === agencyId ? { ...agency, origins } : agency));
  }

  private async addOrigin(event: SubmitEvent, agency: Agency): Promise<void> {
    event.preventDefault();
    const origin = (this.typed[agency.id] ?? '').trim();
    this.errors = { ...this.errors, [agency.id]: '' };
    try {
      this.replaceOrigins(agency.id, await this.api.addOrigin(agency.id, origin));
      this.typed = { ...this.typed, [agency.id]: '' };
      this.announcement = this.t('added', { origin });
    } catch (error) {
      this.errors = { ...this.errors, [agency.id]: this.messageOf(error) };
    }
  }

  private async removeOrigin(agency: Agency, origin: string): Promise<void> {
    try {
      this.replaceOrigins(agency.id, await this.api.removeOrigin(agency.id, origin));
      this.announcement = this.t('removed', { origin });
    } catch (error) {
      this.problem = this.messageOf(error);
    }
  }

  private async offer(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const agency = new FormData(event.target as HTMLFormElement).get('agency');
    if (typeof agency !== 'string' || !agency) return;
    try {
      await this.api.offer(agency, this.code);
      await this.load();
    } catch (error) {
      this.problem = this.messageOf(error);
    }
  }

  private renderOrigins(agency: Agency) {
    const t = this.t;
    const id = `origin-${agency.id}`;
    const error = this.errors[agency.id];
    return html`<h5>${t('origins', { agency: this.nameOf(agency) })}</h5>
      ${agency.origins.length === 0
        ? html`<p>${t('noOrigins')}</p>`
        : html`<ul part="origins">
            ${agency.origins.map((origin) => html`<li><code>${origin}</code><button class="secondary" type="button" aria-label=${t('removeOrigin', { origin })} @click=${() => void this.removeOrigin(agency, origin)}>${t('remove')}</button></li>`)}
          </ul>`}
      <form class="row" novalidate @submit=${(event: SubmitEvent) => void this.addOrigin(event, agency)}>
        <div>
          <label for=${id}>${t('newOrigin')}</label>
          <p class="hint" id=${`${id}-hint`}>${t('newOriginHint')}</p>
          ${error ? html`<p role="alert" id=${`${id}-error`}>${error}</p>` : nothing}
          <input
            id=${id}
            type="url"
            autocomplete="off"
            spellcheck="false"
            size="40"
            .value=${this.typed[agency.id] ?? ''}
            aria-describedby=${error ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid=${error ? 'true' : 'false'}
            @input=${(event: InputEvent) => (this.typed = { ...this.typed, [agency.id]: (event.target as HTMLInputElement).value })}
          />
        </div>
        <button type="submit">${t('add')}</button>
      </form>`;
  }

  private renderAgency(agency: Agency) {
    const t = this.t;
    const name = this.nameOf(agency);
    const id = `snippet-${agency.id}`;
    return html`<section aria-labelledby=${`${id}-heading`}>
      <h4 id=${`${id}-heading`}>${name}</h4>
      <label for=${id}>${t('snippet', { agency: name })}</label>
      <p class="hint" id=${`${id}-hint`}>${t('snippetHint')}</p>
      <textarea id=${id} part="snippet" readonly rows="3" spellcheck="false" aria-describedby=${`${id}-hint`} .value=${embedSnippet(this.serverUrl, this.code, agency.id)}></textarea>
      <div class="row">
        <button type="button" aria-label=${t('copyFor', { agency: name })} @click=${(event: Event) => void this.copy(agency, (event.target as HTMLElement).closest('section')?.querySelector('textarea') as HTMLTextAreaElement)}>${t('copy')}</button>
      </div>
      ${this.renderOrigins(agency)}
    </section>`;
  }

  private renderOffer(offeredBy: readonly string[]) {
    const t = this.t;
    const others = this.agencies.filter((agency) => !offeredBy.includes(agency.id));
    if (others.length === 0) return nothing;
    return html`<form class="row" @submit=${(event: SubmitEvent) => void this.offer(event)}>
      <div>
        <label for="offer-agency">${t('offerAt')}</label>
        <select id="offer-agency" name="agency">
          ${others.map((agency) => html`<option value=${agency.id}>${this.nameOf(agency)}</option>`)}
        </select>
      </div>
      <button class="secondary" type="submit">${t('offer')}</button>
    </form>`;
  }

  override render() {
    const t = this.t;
    const offeredBy = this.offeredBy;
    return html`<h3>${t('heading')}</h3>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${offeredBy === undefined
        ? html`<p role="status">${t('loading')}</p>`
        : offeredBy === null
          ? html`<p>${t('notInForce')}</p>`
          : html`${offeredBy.length === 0 ? html`<p>${t('noAgency')}</p>` : nothing}
            ${this.agencies.filter((agency) => offeredBy.includes(agency.id)).map((agency) => this.renderAgency(agency))} ${this.renderOffer(offeredBy)}`}`;
  }
}

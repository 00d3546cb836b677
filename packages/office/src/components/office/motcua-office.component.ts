import { ContextProvider } from '@lit/context';
import { motcuaContext, textIn, type MotcuaConfig } from '@motcua/runtime';
import { html, nothing, type PropertyValues } from 'lit';
import type { AgencySummary, Officer } from '../../shared/office-api.js';
import { OfficeElement, officeStyles } from '../../shared/office-element.js';
import { officeShellStyles } from './motcua-office.styles.js';
import { OFFICE_TEXT } from './office-text.js';

type View = { kind: 'inbox' } | { kind: 'dossier'; code: string } | { kind: 'intake' } | { kind: 'statistics' };

/** The view a location hash names: `#dossier/CODE`, `#intake`, `#statistics`, else the inbox. */
function viewOf(hash: string): View {
  const dossier = /^#dossier\/([A-Z0-9-]{1,40})$/.exec(hash);
  if (dossier?.[1]) return { kind: 'dossier', code: dossier[1] };
  if (hash === '#intake') return { kind: 'intake' };
  return hash === '#statistics' ? { kind: 'statistics' } : { kind: 'inbox' };
}

/**
 * The back office: signs in with the server's officer accounts (`<motcua-sign-in>`, the session
 * cookie the builder uses, so the page must be served by the server, at `/office`), then shows the
 * agency's inbox, a dossier's page, counter intake and the statistics. It provides its server and language to every
 * component inside (the runtime's `motcuaContext`), so a language switch reaches the citizens' form too. The
 * location hash names the view, so the browser's back button and a bookmarked dossier work.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`; the officer can switch in the header.
 * @fires motcua-signed-in - An officer signed in; `detail` is the officer.
 * @csspart header - The title bar with the officer's name, the language switch and the sign-out button.
 * @csspart sign-in - The sign-in form (`<motcua-sign-in>`, whose own `form` part is inside).
 * @csspart nav - The sections (dossiers, counter intake, statistics).
 */
export class MotcuaOffice extends OfficeElement {
  static override styles = [officeStyles, officeShellStyles];

  static override properties = {
    ...OfficeElement.properties,
    problem: { state: true },
    agencies: { state: true },
    agency: { state: true },
    view: { state: true },
  };

  private readonly t = this.wording(OFFICE_TEXT);
  private readonly provider = new ContextProvider(this, { context: motcuaContext });

  declare problem: string | undefined;
  /** The agencies the officer works for (every agency for an admin). */
  declare agencies: AgencySummary[] | undefined;
  declare agency: string | undefined;
  declare view: View;
  /** Undefined until the session is known, then null when nobody is signed in. */
  private session: Officer | null | undefined;

  constructor() {
    super();
    this.view = viewOf(location.hash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || changed.has('server') || !this.provider.value) this.provider.setValue({ server: this.serverUrl, locale: this.language } satisfies MotcuaConfig);
  }

  private readonly onHash = () => (this.view = viewOf(location.hash));

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHash);
    this.api.me().then(
      (officer) => this.signedIn(officer ?? null),
      () => {
        this.signedIn(null);
        this.problem = this.problemOf(undefined);
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHash);
  }

  private signedIn(officer: Officer | null): void {
    this.session = officer;
    this.requestUpdate();
    if (officer) void this.loadAgencies(officer);
  }

  private async loadAgencies(officer: Officer): Promise<void> {
    const all = await this.api.agencies().catch(() => [] as AgencySummary[]);
    const mine = officer.role === 'admin' ? all : officer.memberships.map((m) => all.find((a) => a.id === m.agency) ?? { id: m.agency, name: { vi: m.agency } });
    this.agencies = mine;
    this.agency = mine[0]?.id;
  }

  private go(hash: string): void {
    location.hash = hash;
    this.view = viewOf(hash);
  }

  /** The sign-in's event goes on out to the page (it is composed): the back office only takes the officer. */
  private readonly onSignedIn = (event: CustomEvent<Officer>): void => {
    this.problem = undefined;
    this.signedIn(event.detail);
  };

  private readonly onSignOut = async (): Promise<void> => {
    await this.api.signOut();
    this.agencies = undefined;
    this.agency = undefined;
    this.signedIn(null);
  };

  private renderSignIn() {
    return html`<main><motcua-sign-in part="sign-in" .server=${this.server} locale=${this.language} .problem=${this.problem} @motcua-signed-in=${this.onSignedIn}></motcua-sign-in></main>`;
  }

  private renderView() {
    const t = this.t;
    const agency = this.agency;
    if (!this.agencies) return html`<p role="status">${t('loading')}</p>`;
    if (!agency) return html`<p>${t('noAgency')}</p>`;
    const view = this.view;
    if (view.kind === 'dossier') {
      return html`<p class="no-print"><button class="secondary" type="button" @click=${() => this.go('')}>${t('back')}</button></p>
        <motcua-dossier-view code=${view.code}></motcua-dossier-view>`;
    }
    if (view.kind === 'statistics') return html`<motcua-dashboard .agencies=${this.agencies}></motcua-dashboard>`;
    if (view.kind === 'intake') return html`<motcua-counter-intake agency=${agency}></motcua-counter-intake>`;
    return html`<motcua-inbox agency=${agency} @motcua-open=${(event: CustomEvent<{ code: string }>) => this.go(`#dossier/${event.detail.code}`)}></motcua-inbox>`;
  }

  override render() {
    const t = this.t;
    const locale = this.language;
    if (this.session === undefined) return html`<p role="status">${t('loading')}</p>`;
    if (this.session === null) return this.renderSignIn();
    const agencies = this.agencies ?? [];
    const current = (kind: View['kind']) => (this.view.kind === kind || (kind === 'inbox' && this.view.kind === 'dossier') ? 'page' : 'false');
    return html`<header part="header">
        <h1>${t('title')}</h1>
        <div class="who">
          <span>${t('signedInAs', { name: this.session.name })}</span>
          <button class="secondary" type="button" lang=${locale === 'vi' ? 'en' : 'vi'} aria-label=${t('languageLabel')} @click=${() => (this.locale = locale === 'vi' ? 'en' : 'vi')}>${t('language')}</button>
          <button class="secondary" type="button" @click=${this.onSignOut}>${t('signOut')}</button>
        </div>
      </header>
      <nav part="nav" aria-label=${t('sections')}>
        <ul>
          <li><a href="#" aria-current=${current('inbox')} @click=${(event: Event) => (event.preventDefault(), this.go(''))}>${t('inbox')}</a></li>
          <li><a href="#intake" aria-current=${current('intake')} @click=${(event: Event) => (event.preventDefault(), this.go('#intake'))}>${t('intake')}</a></li>
          <li><a href="#statistics" aria-current=${current('statistics')} @click=${(event: Event) => (event.preventDefault(), this.go('#statistics'))}>${t('statistics')}</a></li>
          ${agencies.length > 1
            ? html`<li>
                <label
                  >${t('agency')}<select @change=${(event: Event) => (this.agency = (event.target as HTMLSelectElement).value)}>
                    ${agencies.map((a) => html`<option value=${a.id} ?selected=${a.id === this.agency}>${textIn(a.name, locale)}</option>`)}
                  </select></label
                >
              </li>`
            : agencies[0]
              ? html`<li>${t('agency')}: ${textIn(agencies[0].name, locale)}</li>`
              : nothing}
        </ul>
      </nav>
      <main>${this.renderView()}</main>`;
  }
}

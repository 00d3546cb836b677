import { html, nothing } from 'lit';
import { ApiProblem, type Officer, type ProcedureOverview } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { BUILDER_TEXT } from './builder-text.js';
import { builderStyles } from './motcua-builder.styles.js';

/**
 * The reform officers' builder: signs in with the server's officer accounts (a session cookie,
 * so the page must be served by the server itself, at `/builder`), then lists the procedures and
 * opens one in the editor.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent (the session cookie needs it).
 * @attr locale - `vi` (default) or `en`: every word the builder shows and every message it relays.
 * @fires motcua-signed-in - An officer signed in; `detail` is the officer.
 * @csspart header - The title bar with the officer's name and the sign-out button.
 * @csspart sign-in - The sign-in form.
 */
export class MotcuaBuilder extends BuilderElement {
  static override styles = [hostStyles, builderStyles];

  static override properties = {
    ...BuilderElement.properties,
    officer: { state: true },
    problem: { state: true },
    opened: { state: true },
  };

  private readonly t = this.wording(BUILDER_TEXT);

  /** Undefined until the session is known, then null when nobody is signed in. */
  declare officer: Officer | null | undefined;
  declare problem: string | undefined;
  declare opened: ProcedureOverview | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.api.me().then(
      (officer) => (this.officer = officer ?? null),
      () => {
        this.officer = null;
        this.problem = this.t('failed');
      },
    );
  }

  private readonly onSignIn = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.problem = undefined;
    try {
      this.officer = await this.api.signIn(String(form.get('email')), String(form.get('password')));
      this.dispatchEvent(new CustomEvent('motcua-signed-in', { detail: this.officer, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : this.t('failed');
    }
  };

  private readonly onSignOut = async (): Promise<void> => {
    await this.api.signOut();
    this.officer = null;
    this.opened = undefined;
  };

  override render() {
    const t = this.t;
    const locale = this.language;
    if (this.officer === undefined) return html`<p role="status">${t('loading')}</p>`;
    if (this.officer === null) {
      return html`<main>
        <h1>${t('signInTitle')}</h1>
        <form part="sign-in" @submit=${this.onSignIn}>
          <label>${t('email')}<input name="email" type="email" autocomplete="username" required /></label>
          <label>${t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
          ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
          <div><button type="submit">${t('signIn')}</button></div>
        </form>
      </main>`;
    }
    return html`<header part="header">
        <h1>${t('title')}</h1>
        <div class="who"><span>${t('signedInAs', { name: this.officer.name })}</span><button class="secondary" type="button" @click=${this.onSignOut}>${t('signOut')}</button></div>
      </header>
      <main>
        ${this.opened
          ? html`<button class="secondary" type="button" @click=${() => (this.opened = undefined)}>${t('back')}</button>
              <motcua-procedure-editor .server=${this.server} locale=${locale} .procedure=${this.opened}></motcua-procedure-editor>`
          : html`<motcua-procedure-list .server=${this.server} locale=${locale} @motcua-open=${(event: CustomEvent<ProcedureOverview>) => (this.opened = event.detail)}></motcua-procedure-list>`}
      </main>`;
  }
}

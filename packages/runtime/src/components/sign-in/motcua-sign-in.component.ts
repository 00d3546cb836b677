import { html, nothing } from 'lit';
import type { Officer } from '../../officer/officer-api.js';
import { OfficerElement } from '../../officer/officer-element.js';
import { officerStyles } from '../../officer/officer-styles.js';
import { signInStyles } from './motcua-sign-in.styles.js';
import { SIGN_IN_TEXT } from './sign-in-text.js';

/**
 * The officers' sign-in, shared by the builder and the back office: an email and a password
 * against the server's officer accounts. The server answers with a session cookie, so the page
 * must be served by the server itself. A refusal shows the server's own message in the officer's
 * language; the app that holds this form shows what comes after.
 *
 * @attr server - The Một Cửa server; the nearest provider's, else the script's own, when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop problem - A message shown above the button, e.g. the app's own failure to ask who is signed in.
 * @fires motcua-signed-in - An officer signed in; `detail` is the officer.
 * @csspart form - The form.
 */
export class MotcuaSignIn extends OfficerElement {
  static override styles = [officerStyles, signInStyles];

  static override properties = {
    ...OfficerElement.properties,
    problem: { attribute: false },
    busy: { state: true },
  };

  private readonly t = this.wording(SIGN_IN_TEXT);

  declare problem: string | undefined;
  /** True while the server checks the password: a second press would only race the first. */
  declare busy: boolean;

  constructor() {
    super();
    this.busy = false;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.problem = undefined;
    this.busy = true;
    try {
      const officer = await this.api.signIn(String(form.get('email')), String(form.get('password')));
      this.dispatchEvent(new CustomEvent<Officer>('motcua-signed-in', { detail: officer, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = this.problemOf(error);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const t = this.t;
    return html`<h1>${t('title')}</h1>
      <form part="form" @submit=${this.onSubmit}>
        <label>${t('email')}<input name="email" type="email" autocomplete="username" required /></label>
        <label>${t('password')}<input name="password" type="password" autocomplete="current-password" required /></label>
        ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
        <div><button type="submit" ?disabled=${this.busy}>${t('signIn')}</button></div>
      </form>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'motcua-signed-in': CustomEvent<Officer>;
  }
}

import { html, nothing } from 'lit';
import type { MotcuaProcedureEditor } from '../procedure-editor/motcua-procedure-editor.component.js';
import type { Officer, ProcedureOverview } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { BUILDER_TEXT } from './builder-text.js';
import { builderStyles } from './motcua-builder.styles.js';

/**
 * The reform officers' builder: signs in with the server's officer accounts (`<motcua-sign-in>`:
 * a session cookie, so the page must be served by the server itself, at `/builder`), then lists
 * the procedures and opens one in the editor. Leaving the editor (back to the list, signing out) while it holds
 * unsaved changes asks first: save and leave, leave and lose them, or stay.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent (the session cookie needs it).
 * @attr locale - `vi` (default) or `en`: every word the builder shows and every message it relays.
 * @fires motcua-signed-in - An officer signed in; `detail` is the officer.
 * @csspart header - The title bar with the officer's name and the sign-out button.
 * @csspart sign-in - The sign-in form (`<motcua-sign-in>`, whose own `form` part is inside).
 * @csspart leave - The dialog asked before leaving unsaved changes.
 */
export class MotcuaBuilder extends BuilderElement {
  static override styles = [hostStyles, builderStyles];

  static override properties = {
    ...BuilderElement.properties,
    officer: { state: true },
    problem: { state: true },
    opened: { state: true },
    leaving: { state: true },
    leaveProblem: { state: true },
  };

  private readonly t = this.wording(BUILDER_TEXT);

  /** Undefined until the session is known, then null when nobody is signed in. */
  declare officer: Officer | null | undefined;
  declare problem: string | undefined;
  declare opened: ProcedureOverview | undefined;
  /** What the officer asked to do while the editor held unsaved changes, waiting for their answer. */
  declare leaving: (() => void) | undefined;
  declare leaveProblem: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    this.api.me().then(
      (officer) => (this.officer = officer ?? null),
      () => {
        this.officer = null;
        this.problem = this.problemOf(undefined);
      },
    );
  }

  /** The sign-in's event goes on out to the page (it is composed): the builder only takes the officer. */
  private readonly onSignedIn = (event: CustomEvent<Officer>): void => {
    this.problem = undefined;
    this.officer = event.detail;
  };

  private readonly signOut = async (): Promise<void> => {
    await this.api.signOut();
    this.officer = null;
    this.opened = undefined;
  };

  private get editor(): MotcuaProcedureEditor | null {
    return this.renderRoot.querySelector('motcua-procedure-editor');
  }

  /** Does `then` at once, or, when the editor holds unsaved changes, after asking the officer. */
  private leave(then: () => void): void {
    if (!this.editor?.hasUnsavedChanges) {
      then();
      return;
    }
    this.leaveProblem = false;
    this.leaving = then;
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  private readonly onSaveAndLeave = async (): Promise<void> => {
    const then = this.leaving;
    if (!then) return;
    if (await this.editor?.saveNow()) {
      this.leaving = undefined;
      then();
    } else this.leaveProblem = true;
  };

  private readonly onLeaveAnyway = (): void => {
    const then = this.leaving;
    this.leaving = undefined;
    then?.();
  };

  private renderLeaving() {
    const t = this.t;
    if (!this.leaving) return nothing;
    return html`<dialog part="leave" aria-labelledby="leave-heading" aria-describedby="leave-text" @cancel=${() => (this.leaving = undefined)}>
      <h2 id="leave-heading">${t('leaveTitle')}</h2>
      <p id="leave-text">${t('leaveText', { code: this.opened?.code ?? '' })}</p>
      ${this.leaveProblem ? html`<p role="alert">${t('stillUnsaved')}</p>` : nothing}
      <div class="choices">
        <button type="button" @click=${this.onSaveAndLeave}>${t('saveAndLeave')}</button>
        <button class="secondary" type="button" @click=${this.onLeaveAnyway}>${t('leaveAnyway')}</button>
        <button class="secondary" type="button" autofocus @click=${() => (this.leaving = undefined)}>${t('stay')}</button>
      </div>
    </dialog>`;
  }

  override render() {
    const t = this.t;
    const locale = this.language;
    if (this.officer === undefined) return html`<p role="status">${t('loading')}</p>`;
    if (this.officer === null) {
      return html`<main><motcua-sign-in part="sign-in" .server=${this.server} locale=${locale} .problem=${this.problem} @motcua-signed-in=${this.onSignedIn}></motcua-sign-in></main>`;
    }
    return html`<header part="header">
        <h1>${t('title')}</h1>
        <div class="who"><span>${t('signedInAs', { name: this.officer.name })}</span><button class="secondary" type="button" @click=${() => this.leave(() => void this.signOut())}>${t('signOut')}</button></div>
      </header>
      <main>
        ${this.opened
          ? html`<button class="secondary" type="button" @click=${() => this.leave(() => (this.opened = undefined))}>${t('back')}</button>
              <motcua-procedure-editor .server=${this.server} locale=${locale} .procedure=${this.opened}></motcua-procedure-editor>`
          : html`<motcua-procedure-list .server=${this.server} locale=${locale} @motcua-open=${(event: CustomEvent<ProcedureOverview>) => (this.opened = event.detail)}></motcua-procedure-list>`}
      </main>
      ${this.renderLeaving()}`;
  }
}

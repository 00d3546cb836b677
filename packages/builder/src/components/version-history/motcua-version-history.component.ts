import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureStatus, type PublishedVersion } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { versionHistoryStyles } from './motcua-version-history.styles.js';
import { VERSION_HISTORY_TEXT } from './version-history-text.js';

/**
 * A procedure's published versions, newest first, each with when it comes into force, when it
 * was published and by whom (a version loaded from the catalogue files says so); and, while it is published, retiring it after
 * the officer confirms.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop code - The procedure's code.
 * @prop status - Its status: only a published procedure can be retired.
 * @prop latestVersion - Its last published version; a change reloads the history.
 * @fires motcua-retired - The procedure was retired; `detail` is `{ code }`.
 * @csspart versions - The table of versions.
 * @csspart confirm - The confirmation asked before retiring.
 */
export class MotcuaVersionHistory extends BuilderElement {
  static override styles = [hostStyles, versionHistoryStyles];

  static override properties = {
    ...BuilderElement.properties,
    code: { attribute: false },
    status: { attribute: false },
    latestVersion: { attribute: false },
    versions: { state: true },
    confirming: { state: true },
    retiring: { state: true },
    problem: { state: true },
  };

  private readonly t = this.wording(VERSION_HISTORY_TEXT);

  declare code: string;
  declare status: ProcedureStatus | undefined;
  declare latestVersion: number | null;
  declare versions: PublishedVersion[] | undefined;
  declare confirming: boolean;
  declare retiring: boolean;
  declare problem: string | undefined;

  constructor() {
    super();
    this.code = '';
    this.latestVersion = null;
    this.confirming = false;
    this.retiring = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('code') || changed.has('latestVersion')) && this.code) void this.load();
  }

  private async load(): Promise<void> {
    const code = this.code;
    this.versions = undefined;
    this.problem = undefined;
    try {
      const versions = await this.api.versions(code);
      if (code === this.code) this.versions = versions;
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  private readonly onRetire = async (): Promise<void> => {
    this.retiring = true;
    try {
      await this.api.retire(this.code);
      this.status = 'retired';
      this.confirming = false;
      this.dispatchEvent(new CustomEvent('motcua-retired', { detail: { code: this.code }, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    } finally {
      this.retiring = false;
    }
  };

  private when(iso: string): string {
    return new Date(iso).toLocaleString(this.language === 'vi' ? 'vi-VN' : 'en-GB');
  }

  private renderVersions() {
    const t = this.t;
    if (this.versions === undefined) return html`<p role="status">${t('loading')}</p>`;
    if (this.versions.length === 0) return html`<p>${t('none')}</p>`;
    const now = Date.now();
    return html`<table part="versions">
      <thead>
        <tr><th scope="col">${t('version')}</th><th scope="col">${t('effectiveFrom')}</th><th scope="col">${t('publishedAt')}</th><th scope="col">${t('publishedBy')}</th></tr>
      </thead>
      <tbody>
        ${this.versions.map(
          (version) =>
            html`<tr>
              <td>${version.version}</td>
              <td>${this.when(version.effectiveFrom)}${Date.parse(version.effectiveFrom) > now ? html` ${t('upcoming')}` : nothing}</td>
              <td>${this.when(version.publishedAt)}</td>
              <td>${version.publishedBy?.name ?? t('catalogue')}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderRetire() {
    const t = this.t;
    if (this.status === 'retired') return html`<p role="status">${t('retired')}</p>`;
    if (this.status !== 'published') return nothing;
    if (!this.confirming) return html`<button class="secondary" type="button" @click=${() => (this.confirming = true)}>${t('retire')}</button>`;
    return html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">${t('confirm', { code: this.code })}</p>
      <div class="actions">
        <button type="button" ?disabled=${this.retiring} @click=${this.onRetire}>${t('yes')}</button>
        <button class="secondary" type="button" ?disabled=${this.retiring} @click=${() => (this.confirming = false)}>${t('no')}</button>
        ${this.retiring ? html`<span role="status">${t('retiring')}</span>` : nothing}
      </div>
    </div>`;
  }

  override render() {
    return html`<h3>${this.t('heading')}</h3>
      ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing} ${this.renderVersions()} ${this.renderRetire()}`;
  }
}

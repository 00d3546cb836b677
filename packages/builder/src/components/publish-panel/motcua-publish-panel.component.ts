import type { JsonChange, ValidationIssue } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { publishPanelStyles } from './motcua-publish-panel.styles.js';
import { PUBLISH_PANEL_TEXT } from './publish-panel-text.js';

type Step =
  | { kind: 'checking' }
  | { kind: 'problems'; errors: ValidationIssue[] }
  | { kind: 'ready'; changes: JsonChange[] | undefined }
  | { kind: 'publishing' }
  | { kind: 'published'; version: number; effectiveFrom: string }
  | { kind: 'failed'; message: string };

/** A value as the officer reads it in a change, cut short when it is a whole section. */
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? '';
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
};

/**
 * Publishing the saved working copy: first the server's own check of it, listing every problem
 * at its path, or, when there is none, what changes since the last published version; then
 * publication as a new version, in force at once or from the date and time the officer chooses.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop code - The procedure's code.
 * @prop latestVersion - Its last published version, or null when it has none.
 * @prop unsaved - Whether the editor holds changes the server has not saved: they cannot be published.
 * @prop revision - The revision of the draft the editor saved last: what is published, or nothing if another officer has saved since.
 * @fires motcua-published - A version was published; `detail` is `{ code, version, effectiveFrom }`.
 * @csspart review - What the review found: problems or changes.
 */
export class MotcuaPublishPanel extends BuilderElement {
  static override styles = [hostStyles, publishPanelStyles];

  static override properties = {
    ...BuilderElement.properties,
    code: { attribute: false },
    latestVersion: { attribute: false },
    unsaved: { attribute: false },
    revision: { attribute: false },
    step: { state: true },
    effectiveFrom: { state: true },
  };

  private readonly t = this.wording(PUBLISH_PANEL_TEXT);

  declare code: string;
  declare latestVersion: number | null;
  declare unsaved: boolean;
  declare revision: string | undefined;
  declare step: Step | undefined;
  /** The chosen date and time of coming into force, as `<input type=datetime-local>` gives it; empty for at once. */
  declare effectiveFrom: string;

  constructor() {
    super();
    this.code = '';
    this.latestVersion = null;
    this.unsaved = false;
    this.effectiveFrom = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A review is of what the server holds: an edit since makes it out of date. A publication
    // stays said, though the published draft is gone and the next must be saved first.
    if (changed.has('code')) this.step = undefined;
    else if (changed.has('unsaved') && this.step?.kind !== 'published') this.step = undefined;
  }

  private failed(error: unknown): Step {
    return { kind: 'failed', message: error instanceof ApiProblem ? error.message : String(error) };
  }

  private readonly onReview = async (): Promise<void> => {
    this.step = { kind: 'checking' };
    try {
      const verdict = await this.api.validateDraft(this.code);
      if (!verdict.valid) this.step = { kind: 'problems', errors: verdict.errors };
      else this.step = { kind: 'ready', changes: this.latestVersion === null ? undefined : await this.api.changesSince(this.code, this.latestVersion) };
    } catch (error) {
      this.step = this.failed(error);
    }
  };

  private readonly onPublish = async (): Promise<void> => {
    this.step = { kind: 'publishing' };
    try {
      // The input's value is the officer's local time; the server wants an instant.
      const published = await this.api.publish(this.code, this.effectiveFrom ? new Date(this.effectiveFrom).toISOString() : undefined, this.revision);
      this.latestVersion = published.version;
      this.step = { kind: 'published', version: published.version, effectiveFrom: published.effectiveFrom };
      this.dispatchEvent(new CustomEvent('motcua-published', { detail: published, bubbles: true, composed: true }));
    } catch (error) {
      this.step = this.failed(error);
    }
  };

  private renderChanges(changes: JsonChange[] | undefined) {
    const t = this.t;
    if (changes === undefined) return html`<p>${t('first')}</p>`;
    const version = this.latestVersion ?? 0;
    if (changes.length === 0) return html`<p>${t('noChanges', { version })}</p>`;
    return html`<p>${t('changes', { count: changes.length, version })}</p>
      <ul>
        ${changes.map(
          (change) =>
            html`<li>
              <code>${change.path || t('whole')}</code> ${t(`op.${change.op}`)}: ${'oldValue' in change ? html`<span class="was">${shown(change.oldValue)}</span> ` : nothing}${'value' in change ? shown(change.value) : nothing}
            </li>`,
        )}
      </ul>`;
  }

  private renderStep() {
    const t = this.t;
    const step = this.step;
    if (!step) return nothing;
    if (step.kind === 'checking') return html`<p role="status">${t('checking')}</p>`;
    if (step.kind === 'publishing') return html`<p role="status">${t('publishing')}</p>`;
    if (step.kind === 'failed') return html`<p role="alert">${step.message}</p>`;
    if (step.kind === 'published') {
      const from = new Date(step.effectiveFrom).toLocaleString(this.language === 'vi' ? 'vi-VN' : 'en-GB');
      return html`<p role="status">${t('published', { version: step.version, from })}</p>`;
    }
    if (step.kind === 'problems') {
      return html`<div part="review" role="alert">
        <p>${t('problems', { count: step.errors.length })}</p>
        <ul>
          ${step.errors.map((error) => html`<li><code>${error.path || t('whole')}</code> ${error.message[this.language]}</li>`)}
        </ul>
      </div>`;
    }
    return html`<div part="review">${this.renderChanges(step.changes)}</div>
      <div class="field">
        <label for="effective-from">${t('effectiveFrom')}</label>
        <p class="hint" id="effective-from-hint">${t('effectiveHint')}</p>
        <input
          id="effective-from"
          type="datetime-local"
          aria-describedby="effective-from-hint"
          .value=${this.effectiveFrom}
          @input=${(event: InputEvent) => (this.effectiveFrom = (event.target as HTMLInputElement).value)}
        />
      </div>
      <button type="button" @click=${this.onPublish}>${t('publish')}</button>`;
  }

  override render() {
    const t = this.t;
    const busy = this.step?.kind === 'checking' || this.step?.kind === 'publishing';
    return html`<h3>${t('heading')}</h3>
      ${this.unsaved
        ? html`${this.step?.kind === 'published' ? this.renderStep() : nothing}<p>${t('unsaved')}</p>`
        : html`<button class="secondary" type="button" ?disabled=${busy} @click=${this.onReview}>${t('review')}</button>${this.renderStep()}`}`;
  }
}

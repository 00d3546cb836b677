import type { Locale, ProcedureDefinition, Taxonomy, ValidatorModule } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureOverview, type ProcedureStatus } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { checkDraft, type DraftCheck } from './check-draft.js';
import { procedureEditorStyles } from './motcua-procedure-editor.styles.js';
import { PREVIEW_LANGUAGES, PROCEDURE_EDITOR_TEXT } from './procedure-editor-text.js';

/** How long typing must pause before the text is checked again (a check takes milliseconds, not microseconds). */
const CHECK_DELAY_MS = 250;

/** The widths the preview shows the form at: a small phone's, or all the pane has. */
type PreviewWidth = 'phone' | 'desktop';

type SaveState = { kind: 'saving' } | { kind: 'saved'; at: string; problems: number } | { kind: 'failed'; message: string };

/**
 * One procedure: its whole definition as JSON, editable and checked as the officer types (each
 * problem at its JSON Pointer, in the officer's language), saved as the server's working copy,
 * beside the real `<motcua-form>` rendering the draft as citizens will see it. While the draft has
 * problems the preview keeps the last valid version and says so. Below, publishing, the published
 * versions and retiring.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`: the builder's words, the problems and the preview.
 * @prop procedure - The procedure to edit, a row of the officers' list (`code`, `hasDraft`, `latestVersion`, `status`).
 * @fires motcua-saved - The draft was saved; `detail` is `{ code, savedAt, valid }`.
 * @csspart json - The JSON view.
 * @csspart problems - The list of problems.
 * @csspart preview - The pane holding the preview form.
 * @csspart preview-frame - The frame the preview form fills, as wide as the chosen width.
 */
export class MotcuaProcedureEditor extends BuilderElement {
  static override styles = [hostStyles, procedureEditorStyles];

  static override properties = {
    ...BuilderElement.properties,
    procedure: { attribute: false },
    text: { state: true },
    check: { state: true },
    preview: { state: true },
    saveState: { state: true },
    unsaved: { state: true },
    problem: { state: true },
    previewWidth: { state: true },
    previewLocale: { state: true },
  };

  private readonly t = this.wording(PROCEDURE_EDITOR_TEXT);
  private taxonomy: Promise<Taxonomy | undefined> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  declare procedure: (Pick<ProcedureOverview, 'code' | 'hasDraft' | 'latestVersion'> & { status?: ProcedureStatus }) | undefined;
  /** The JSON view's text; undefined while the definition loads. */
  declare text: string | undefined;
  declare check: DraftCheck | undefined;
  /** The last valid definition and its validators: what the preview renders. */
  declare preview: { definition: ProcedureDefinition; validators: ValidatorModule } | undefined;
  declare saveState: SaveState | undefined;
  /** Whether the JSON view holds edits the server has not saved. */
  declare unsaved: boolean;
  declare problem: string | undefined;
  declare previewWidth: PreviewWidth;
  /** The preview form's language; the officer's own until they choose another. */
  declare previewLocale: Locale | undefined;
  /** The test answers the preview form starts from when its language changes. */

  constructor() {
    super();
    this.previewWidth = 'desktop';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure') && this.procedure?.code !== changed.get('procedure')?.code) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private async load(): Promise<void> {
    const procedure = this.procedure;
    if (!procedure) return;
    this.text = undefined;
    this.preview = undefined;
    this.saveState = undefined;
    this.unsaved = false;
    // The taxonomy lets the browser check sectors and tiers as the server will; without it the check still runs.
    this.taxonomy ??= this.api.taxonomy().catch(() => undefined);
    try {
      const [definition, taxonomy] = await Promise.all([this.api.definition(procedure), this.taxonomy]);
      this.text = JSON.stringify(definition, null, 2);
      this.runCheck(taxonomy);
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  private runCheck(taxonomy: Taxonomy | undefined): void {
    this.check = checkDraft(this.text ?? '', taxonomy);
    if (this.check.preview) this.preview = this.check.preview;
  }

  private readonly onInput = (event: InputEvent): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.saveState = undefined;
    this.unsaved = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.taxonomy?.then((taxonomy) => this.runCheck(taxonomy)), CHECK_DELAY_MS);
  };

  /** Whether the text can be saved: a JSON object, valid or not (the server keeps unfinished drafts). */
  private get savable(): boolean {
    const parsed = this.check?.parsed;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  }

  private readonly onSave = async (): Promise<void> => {
    const procedure = this.procedure;
    if (!procedure || !this.savable) return;
    this.saveState = { kind: 'saving' };
    try {
      const saved = await this.api.saveDraft(procedure.code, this.check?.parsed);
      const at = new Date(saved.savedAt).toLocaleTimeString(this.language === 'vi' ? 'vi-VN' : 'en-GB');
      this.saveState = { kind: 'saved', at, problems: saved.validation.errors.length };
      this.unsaved = false;
      this.procedure = { ...procedure, hasDraft: true };
      this.dispatchEvent(new CustomEvent('motcua-saved', { detail: { code: procedure.code, savedAt: saved.savedAt, valid: saved.validation.valid }, bubbles: true, composed: true }));
    } catch (error) {
      this.saveState = { kind: 'failed', message: error instanceof ApiProblem ? error.message : String(error) };
    }
  };

  private readonly onPreviewWidth = (event: Event): void => {
    this.previewWidth = (event.target as HTMLInputElement).value as PreviewWidth;
  };

  private readonly onPreviewLocale = (event: Event): void => {
    // The preview form keeps the test answers across a change of language itself.
    this.previewLocale = (event.target as HTMLInputElement).value as Locale;
  };

  private renderPreviewSwitches(previewLocale: Locale) {
    const t = this.t;
    return html`<div class="switches">
      <fieldset>
        <legend>${t('previewWidth')}</legend>
        ${(['phone', 'desktop'] as const).map(
          (width) => html`<label><input type="radio" name="preview-width" value=${width} .checked=${this.previewWidth === width} @change=${this.onPreviewWidth} />${t(width)}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t('previewLanguage')}</legend>
        ${(['vi', 'en'] as const).map(
          (locale) => html`<label lang=${locale}><input type="radio" name="preview-locale" value=${locale} .checked=${previewLocale === locale} @change=${this.onPreviewLocale} />${PREVIEW_LANGUAGES[locale]}</label>`,
        )}
      </fieldset>
    </div>`;
  }

  private renderSaveState() {
    const state = this.saveState;
    if (!state) return nothing;
    if (state.kind === 'saving') return this.t('saving');
    if (state.kind === 'failed') return html`<span role="alert">${state.message}</span>`;
    return state.problems === 0 ? this.t('saved', { time: state.at }) : this.t('savedInvalid', { time: state.at, count: state.problems });
  }

  private renderProblems() {
    const problems = this.check?.problems ?? [];
    if (problems.length === 0) return html`<p part="problems">${this.t('valid')}</p>`;
    return html`<div part="problems">
      <h3>${this.t('problems', { count: problems.length })}</h3>
      <ul>
        ${problems.map((problem) => html`<li><code>${problem.path || this.t('whole')}</code> ${problem.message[this.language]}</li>`)}
      </ul>
    </div>`;
  }

  override render() {
    const t = this.t;
    if (this.problem) return html`<p role="alert">${this.problem}</p>`;
    if (this.text === undefined) return html`<p role="status">${t('loading')}</p>`;
    const stale = this.preview !== undefined && this.check?.preview === undefined;
    const previewLocale = this.previewLocale ?? this.language;
    return html`<div class="panes">
      <section>
        <label for="json">${t('json')}</label>
        <p class="hint" id="json-hint">${t('jsonHint')}</p>
        <textarea id="json" part="json" spellcheck="false" aria-describedby="json-hint" .value=${this.text} @input=${this.onInput}></textarea>
        <div class="actions">
          <button type="button" ?disabled=${!this.savable || this.saveState?.kind === 'saving'} @click=${this.onSave}>${t('save')}</button>
          <span role="status">${this.savable ? this.renderSaveState() : t('notJson')}</span>
        </div>
        <div aria-live="polite">${this.renderProblems()}</div>
        <motcua-publish-panel
          .server=${this.server}
          locale=${this.language}
          .code=${this.procedure?.code ?? ''}
          .latestVersion=${this.procedure?.latestVersion ?? null}
          .unsaved=${this.unsaved || !this.procedure?.hasDraft}
          @motcua-published=${(event: CustomEvent<{ version: number }>) => (this.procedure = this.procedure && { ...this.procedure, hasDraft: false, latestVersion: event.detail.version, status: 'published' })}
        ></motcua-publish-panel>
        <motcua-version-history
          .server=${this.server}
          locale=${this.language}
          .code=${this.procedure?.code ?? ''}
          .status=${this.procedure?.status}
          .latestVersion=${this.procedure?.latestVersion ?? null}
          @motcua-retired=${() => (this.procedure = this.procedure && { ...this.procedure, status: 'retired' })}
        ></motcua-version-history>
      </section>
      <section part="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">${t('preview')}</h2>
        ${stale ? html`<p class="notice" role="status">${t('stale')}</p>` : nothing}
        ${this.preview
          ? html`${this.renderPreviewSwitches(previewLocale)}
              <div part="preview-frame" class=${this.previewWidth}>
                <motcua-form .definition=${this.preview.definition} .validators=${this.preview.validators} locale=${previewLocale}></motcua-form>
              </div>`
          : html`<p>${t('noPreview')}</p>`}
      </section>
    </div>`;
  }
}

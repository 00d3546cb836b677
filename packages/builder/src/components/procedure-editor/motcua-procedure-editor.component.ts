import type { Locale, ProcedureDefinition, Taxonomy, ValidatorModule } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureOverview, type ProcedureStatus } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { Autosave, type SaveStatus } from './autosave.js';
import { renderSaveStatus, saveConflict, type Saved } from './save-status.js';
import { checkDefinition, type DraftCheck } from './check-draft.js';
import { EditHistory } from './edit-history.js';
import { renderTabs } from './editor-tabs.js';
import { renderPreview, type PreviewWidth } from './editor-preview.js';
import { EDITOR_VIEWS, type EditorView } from './editor-views.js';
import { procedureEditorStyles } from './motcua-procedure-editor.styles.js';
import { PROCEDURE_EDITOR_TEXT } from './procedure-editor-text.js';

/** How long edits must pause before the definition is checked again (a check takes milliseconds, not microseconds). */
const CHECK_DELAY_MS = 250;
/** How long edits must pause before they are saved. */
const AUTOSAVE_DELAY_MS = 1500;
/** A pause in typing this long ends one undo step. */
const TYPING_PAUSE_MS = 1000;

/** Refusals sending the same again cannot overcome: of the content itself, or of a save another officer's came before. */
const FINAL_STATUSES = new Set([400, 403, 404, 412, 413, 422]);

/**
 * One procedure, held as a single definition: views of it as tabs (each an element following the
 * visual-editor contract; the JSON view among them), undo and redo of whole definitions, drafts
 * saved to the server as the officer pauses (each naming the revision of the draft it was made
 * on: when another officer saved first nothing is overwritten, the status says who and when, and
 * the officer loads their version or keeps their own), a warning before the page is left with unsaved
 * changes, and beside it the real `<motcua-form>` rendering the draft as citizens will see it
 * (while the draft has problems, the last valid version). Below, publishing, the versions and
 * embedding (the snippet for each agency offering it, and the agencies' allowed sites).
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`: the builder's words, the problems and the preview.
 * @prop procedure - The procedure to edit, a row of the officers' list (`code`, `hasDraft`, `latestVersion`, `status`).
 * @prop views - The tabs (default: every view the builder has); each `{ id, label, render }`.
 * @fires motcua-saved - A draft was saved; `detail` is `{ code, savedAt, valid }`.
 * @csspart toolbar - Undo, redo, save now and the save status.
 * @csspart tabs - The tablist.
 * @csspart panel - Each view's panel.
 * @csspart problems - The list of problems.
 * @csspart preview - The pane holding the preview form.
 * @csspart preview-frame - The frame the preview form fills, as wide as the chosen width.
 */
export class MotcuaProcedureEditor extends BuilderElement {
  static override styles = [hostStyles, procedureEditorStyles];

  static override properties = {
    ...BuilderElement.properties,
    procedure: { attribute: false },
    views: { attribute: false },
    definition: { state: true },
    activeView: { state: true },
    check: { state: true },
    preview: { state: true },
    saveStatus: { state: true },
    unparsed: { state: true },
    announcement: { state: true },
    problem: { state: true },
    previewWidth: { state: true },
    previewLocale: { state: true },
  };

  private readonly t = this.wording(PROCEDURE_EDITOR_TEXT);
  private taxonomy: Promise<Taxonomy | undefined> | undefined;
  private history: EditHistory<unknown> | undefined;
  private autosave: Autosave<unknown, Saved> | undefined;
  private visited = new Set<string>();
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** The revision of the draft this copy was saved as or loaded from; null while there is no draft. */
  private revision: string | null = null;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;

  declare procedure: (Pick<ProcedureOverview, 'code' | 'hasDraft' | 'latestVersion'> & { status?: ProcedureStatus }) | undefined;
  declare views: readonly EditorView[];
  /** The one definition every view shows; undefined while it loads. */
  declare definition: unknown;
  declare activeView: string;
  declare check: DraftCheck | undefined;
  /** The last valid definition and its validators: what the preview renders. */
  declare preview: { definition: ProcedureDefinition; validators: ValidatorModule } | undefined;
  declare saveStatus: SaveStatus<Saved>;
  /** Whether the JSON view holds text that is not a definition yet: changes the editor cannot save. */
  declare unparsed: boolean;
  declare announcement: string;
  declare problem: string | undefined;
  declare previewWidth: PreviewWidth;
  /** The preview form's language; the officer's own until they choose another. */
  declare previewLocale: Locale | undefined;

  constructor() {
    super();
    this.views = EDITOR_VIEWS;
    this.activeView = '';
    this.saveStatus = { kind: 'idle' };
    this.unparsed = false;
    this.announcement = '';
    this.previewWidth = 'desktop';
  }

  /** Whether leaving now would lose edits: changes not saved yet, or JSON text not applied. */
  get hasUnsavedChanges(): boolean {
    return this.unparsed || (this.autosave?.dirty ?? false);
  }

  /** Saves what is not saved yet, now; resolves to whether everything is saved. */
  async saveNow(): Promise<boolean> {
    return !this.unparsed && ((await this.autosave?.flush()) ?? true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.checkTimer);
    clearTimeout(this.typingTimer);
    this.autosave?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('procedure') && this.procedure?.code !== changed.get('procedure')?.code) void this.load();
    if (!this.views.some((view) => view.id === this.activeView)) this.activeView = this.views[0]?.id ?? '';
    this.visited.add(this.activeView);
  }

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.hasUnsavedChanges) return;
    event.preventDefault();
    // Older engines show their warning only when returnValue is set.
    event.returnValue = this.t('leave');
  };

  private async load(): Promise<void> {
    const procedure = this.procedure;
    if (!procedure) return;
    this.autosave?.stop();
    this.definition = undefined;
    this.preview = undefined;
    this.check = undefined;
    this.unparsed = false;
    this.saveStatus = { kind: 'idle' };
    // The taxonomy lets the browser check sectors and tiers as the server will; without it the check still runs.
    this.taxonomy ??= this.api.taxonomy().catch(() => undefined);
    try {
      const [{ definition, revision }, taxonomy] = await Promise.all([this.api.definition(procedure), this.taxonomy]);
      if (procedure.code !== this.procedure?.code) return;
      this.revision = revision ?? null;
      this.history = new EditHistory(definition);
      this.autosave = new Autosave<unknown, Saved>(definition, {
        save: (value) => this.saveDraft(procedure.code, value),
        retryable: (error) => !(error instanceof ApiProblem && FINAL_STATUSES.has(error.status)),
        onStatus: (status) => (this.saveStatus = status),
        delayMs: AUTOSAVE_DELAY_MS,
      });
      this.definition = definition;
      this.runCheck(taxonomy);
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  private async saveDraft(code: string, definition: unknown): Promise<Saved> {
    const saved = await this.api.saveDraft(code, definition, this.revision);
    this.revision = saved.revision;
    if (this.procedure?.code === code) this.procedure = { ...this.procedure, hasDraft: true };
    this.dispatchEvent(new CustomEvent('motcua-saved', { detail: { code, savedAt: saved.savedAt, valid: saved.validation.valid }, bubbles: true, composed: true }));
    return { savedAt: saved.savedAt, problems: saved.validation.errors.length };
  }

  private runCheck(taxonomy: Taxonomy | undefined): void {
    this.check = checkDefinition(this.definition, taxonomy);
    if (this.check.preview) this.preview = this.check.preview;
  }

  /** Makes `definition` the one every view shows, checks it after a pause and saves it after a longer one. */
  private apply(definition: unknown): void {
    this.definition = definition;
    this.unparsed = false;
    this.autosave?.change(definition);
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.taxonomy?.then((taxonomy) => this.runCheck(taxonomy)), CHECK_DELAY_MS);
  }

  private readonly onDefinitionChange = (event: CustomEvent<{ definition: unknown; group?: string }>): void => {
    const { definition, group } = event.detail;
    if (!this.history || definition === this.definition) return;
    this.history.push(definition, group);
    clearTimeout(this.typingTimer);
    if (group !== undefined) this.typingTimer = setTimeout(() => this.history?.closeGroup(), TYPING_PAUSE_MS);
    this.announcement = '';
    this.apply(definition);
  };

  private readonly onUndo = (): void => {
    const definition = this.history?.undo();
    if (definition === undefined) return;
    this.announcement = this.t('undone');
    this.apply(definition);
  };

  private readonly onRedo = (): void => {
    const definition = this.history?.redo();
    if (definition === undefined) return;
    this.announcement = this.t('redone');
    this.apply(definition);
  };

  /** Ctrl+Z (⌘Z) undoes, Ctrl+Shift+Z (⇧⌘Z) and Ctrl+Y redo, for the whole definition wherever the focus is in the views. */
  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z') {
      if (event.shiftKey) this.onRedo();
      else this.onUndo();
    } else if (key === 'y' && !event.shiftKey) this.onRedo();
    else return;
    event.preventDefault();
  };

  private readonly choose = async (id: string, focus: boolean): Promise<void> => {
    this.activeView = id;
    if (!focus) return;
    await this.updateComplete;
    (this.renderRoot.querySelector(`#tab-${id}`) as HTMLElement | null)?.focus();
  };

  /** The refusal of the last save because another officer saved first, if that is where saving stands. */
  private get conflict(): ApiProblem | undefined {
    return saveConflict(this.saveStatus);
  }

  /** Publishing used up the draft: the next save makes a new one. */
  private published(version: number): void {
    this.revision = null;
    const procedure = this.procedure;
    this.procedure = procedure && { ...procedure, hasDraft: false, latestVersion: version, status: 'published' };
  }

  /** Once the officer has chosen, the focus goes back to the view they were in. */
  private async focusView(): Promise<void> {
    await this.updateComplete;
    (this.renderRoot.querySelector(`#tab-${this.activeView}`) as HTMLElement | null)?.focus();
  }

  /** Loads the draft as it now stands (or, when it was published meanwhile, the new version), this copy's edits given up. */
  private async takeTheirs(): Promise<void> {
    const code = this.procedure?.code;
    const row = code === undefined ? undefined : (await this.api.procedures()).find((r) => r.code === code);
    if (row && this.procedure?.code === row.code) this.procedure = { ...this.procedure, ...row };
    await this.load();
    this.announcement = this.t('tookTheirs');
    await this.focusView();
  }

  /** Saves this copy over the other officer's, now that the officer has been told whose it replaces. */
  private async keepMine(problem: ApiProblem): Promise<void> {
    this.revision = (problem.details as { revision?: string } | undefined)?.revision ?? null;
    if (await this.saveNow()) this.announcement = this.t('keptMine');
    await this.focusView();
  }

  /** Another officer saved first (the status says who and when): the officer takes theirs or keeps their own. */
  private renderConflictChoice(problem: ApiProblem) {
    return html`<button type="button" class="secondary" id="take-theirs" @click=${() => void this.takeTheirs()}>${this.t('takeTheirs')}</button>
      <button type="button" class="secondary" id="keep-mine" @click=${() => void this.keepMine(problem)}>${this.t('keepMine')}</button>`;
  }

  private renderToolbar() {
    const t = this.t;
    const busy = this.saveStatus.kind === 'saving';
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${t('toolbar')} @keydown=${this.onKeydown}>
      <button class="secondary" type="button" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!this.history?.canUndo} @click=${this.onUndo}>${t('undo')}</button>
      <button class="secondary" type="button" aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z" ?disabled=${!this.history?.canRedo} @click=${this.onRedo}>${t('redo')}</button>
      <button type="button" ?disabled=${busy || !this.hasUnsavedChanges || this.unparsed} @click=${() => void this.saveNow()}>${t('save')}</button>
      <span role="status" part="save-status">${renderSaveStatus(this.saveStatus, this.unparsed, this.t, this.language)}</span>
      ${this.conflict ? this.renderConflictChoice(this.conflict) : nothing}
      <span class="visually-hidden" aria-live="polite">${this.announcement}</span>
    </div>`;
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

  private renderPreview() {
    return renderPreview({
      preview: this.preview,
      stale: this.preview !== undefined && this.check !== undefined && this.check.preview === undefined,
      width: this.previewWidth,
      locale: this.previewLocale ?? this.language,
      t: this.t,
      setWidth: (width) => (this.previewWidth = width),
      setLocale: (locale) => (this.previewLocale = locale),
    });
  }

  override render() {
    const t = this.t;
    if (this.problem) return html`<p role="alert">${this.problem}</p>`;
    if (this.definition === undefined) return html`<p role="status">${t('loading')}</p>`;
    const procedure = this.procedure;
    const context = { definition: this.definition, server: this.server, locale: this.language, problems: this.check?.problems ?? [] };
    return html`${this.renderToolbar()}
      <div class="panes">
        <section class="views" @keydown=${this.onKeydown} @motcua-definition-change=${this.onDefinitionChange} @motcua-definition-unparsed=${() => (this.unparsed = true)} @focusout=${() => this.history?.closeGroup()}>
          ${renderTabs(this.views, { active: this.activeView, visited: this.visited }, context, t('views'), this.choose)}
          <div aria-live="polite">${this.renderProblems()}</div>
        </section>
        ${this.renderPreview()}
      </div>
      <motcua-publish-panel
        .server=${this.server}
        locale=${this.language}
        .code=${procedure?.code ?? ''}
        .latestVersion=${procedure?.latestVersion ?? null}
        .unsaved=${this.hasUnsavedChanges || !procedure?.hasDraft}
        .revision=${this.revision ?? undefined}
        @motcua-published=${(event: CustomEvent<{ version: number }>) => this.published(event.detail.version)}
      ></motcua-publish-panel>
      <motcua-version-history
        .server=${this.server}
        locale=${this.language}
        .code=${procedure?.code ?? ''}
        .status=${procedure?.status}
        .latestVersion=${procedure?.latestVersion ?? null}
        @motcua-retired=${() => (this.procedure = procedure && { ...procedure, status: 'retired' })}
      ></motcua-version-history>
      <motcua-embed-panel .server=${this.server} locale=${this.language} .code=${procedure?.code ?? ''} .latestVersion=${procedure?.latestVersion ?? null}></motcua-embed-panel>`;
  }
}

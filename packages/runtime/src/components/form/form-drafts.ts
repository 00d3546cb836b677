import type { Locale } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { FormState } from './form-session.js';
import type { FormDeferred, FormFlow } from './form-flow.js';
import { FormStorage } from './form-storage.js';
import type { MotcuaForm } from './motcua-form.component.js';

/** What the form says about drafts; all but `restored` come from the server, after the deferred module. */
export type DraftNotice = { kind: 'restored' } | { kind: 'saved'; code: string; expiresAt: string } | { kind: 'save-failed' } | { kind: 'resume-failed' };

/**
 * Keeping what the citizen typed: autosave on this device (a reload or a
 * dead battery loses nothing), and "save and continue later" on the server
 * under a resume code, for another device or another day.
 */
export class FormDrafts {
  pendingKey: string | undefined;
  private readonly storage: FormStorage | undefined;
  private resumeCode: string | undefined;
  private shown: DraftNotice | undefined;
  private deferredNow: FormDeferred | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private initial: FormState | undefined;
  private closed = false;

  constructor(
    private readonly host: MotcuaForm,
    private readonly server: string,
    private readonly published: { code: string; version: number } | undefined,
    private readonly locale: Locale,
    private readonly deferred: () => Promise<FormDeferred>,
    private readonly say: FormFlow['say'],
  ) {
    // A preview of an unpublished draft has nothing to resume later.
    this.storage = published ? new FormStorage(server, published.code, published.version) : undefined;
  }

  /**
   * The state to start from: the last autosave of this version, else `initial`. A `live` state (the
   * form restarted for another language or an edited draft) is newer than any autosave, which may
   * not have caught up with the last keystrokes: it is kept, with the autosave's pending submission key.
   */
  restore(initial: FormState, live = false): FormState {
    this.initial = structuredClone(initial);
    const saved = this.storage?.load();
    if (!saved) return initial;
    this.pendingKey = saved.pendingKey;
    if (live) return initial;
    this.shown = { kind: 'restored' };
    return { ...initial, ...saved.state, answers: saved.state.answers };
  }

  /** Saves soon, once typing pauses; `now` for the moment before a submission leaves. */
  autosave(state: FormState, now = false): void {
    if (!this.storage || this.closed) return;
    clearTimeout(this.timer);
    const save = () => this.storage?.save({ state, ...(this.pendingKey ? { pendingKey: this.pendingKey } : {}) });
    if (now) save();
    else this.timer = setTimeout(save, 600);
  }

  /** The dossier is filed: nothing typed before may be saved again, not even by a timer still running. */
  close(): void {
    this.closed = true;
    this.clear();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.storage?.clear();
    this.shown = undefined;
  }

  startOver(): FormState {
    this.clear();
    this.pendingKey = undefined;
    return structuredClone(this.initial ?? { answers: {} });
  }

  async resume(code: string, apply: (state: FormState) => void): Promise<void> {
    this.deferredNow = await this.deferred();
    const found = this.published ? await this.deferredNow.resumeDraft(this.server, code, this.published.code) : undefined;
    if (!found) {
      this.shown = { kind: 'resume-failed' };
      this.host.requestUpdate();
      return;
    }
    this.resumeCode = found.resumeCode;
    this.shown = { kind: 'restored' };
    apply(found.state);
  }

  async saveForLater(state: FormState, answers: Record<string, unknown>): Promise<void> {
    if (!this.published) return;
    this.deferredNow = await this.deferred();
    const saved = await this.deferredNow.saveDraft(this.server, this.resumeCode, this.published, state, answers, this.locale);
    if (saved) this.resumeCode = saved.resumeCode;
    this.shown = saved ? { kind: 'saved', code: saved.resumeCode, expiresAt: saved.expiresAt } : { kind: 'save-failed' };
    this.host.requestUpdate();
    await this.host.updateComplete;
    (this.host.renderRoot.querySelector('.notice') as HTMLElement | null)?.focus();
  }

  notice(): TemplateResult | typeof nothing {
    const notice = this.shown;
    if (!notice) return nothing;
    const say = this.say;
    if (notice.kind === 'restored') return html`<div class="notice" role="status"><p>${say('restored')}</p><button type="button" class="link" data-action="reset">${say('startOver')}</button></div>`;
    // Saving and resuming load the deferred module first, so its renderer is there by now.
    return this.deferredNow?.renderDraftNotice(notice, this.server, this.locale, say) ?? nothing;
  }
}

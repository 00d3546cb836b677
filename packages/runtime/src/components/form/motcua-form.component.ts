import { format, type Bilingual, type ChannelKind, type ProcedureDefinition, type ValidatorModule } from '@motcua/core';
import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { textIn } from '../../i18n/runtime-text.js';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';
import { hostStyles } from '../shared/host-styles.js';
import { MotcuaElement } from '../shared/motcua-element.js';
import { FormFlow } from './form-flow.js';
import { checkValidators, FormLoadError, loadProcedure } from './form-loader.js';
import { procedureUrl, takePrefetched } from './form-prefetch.js';
import { viewNeedsValidators, type FormState } from './form-session.js';
import type { LaterTextKey } from './form-text-later.js';
import { FORM_TEXT, type FormTextKey } from './form-text.js';
import { formStyles } from './motcua-form.styles.js';
import { renderChoices, renderErrorSummary } from './render-form.js';
import { fields, type FieldWord, type RenderState } from './render-field.js';
import type { Receipt } from './form-submit.js';

/**
 * An application form for one procedure, rendered from its JSON Schema with
 * the server's validator module for that exact version: the questions (on
 * pages when the uiSchema has `ui:pages`), the case and applicant category,
 * the documents to upload, how to receive the result; beside them the fee and
 * the promised date as the answers change. Saves itself in the browser,
 * submits with an idempotency key, and shows the receipt.
 *
 * @attr procedure - The procedure code to fetch (e.g. `2.000815`); the version in force is used.
 * @attr agency - The offering agency's id; without it the citizen chooses when several offer the procedure.
 * @attr channel - How the dossier is filed: `online` (default), or `in-person`/`postal` at a counter.
 * @attr resume - A resume code from "save and continue later"; also read from the page's `?motcua-resume=` parameter.
 * @attr server - The Một Cửa server; else the nearest `<motcua-provider>`'s, else the script's own.
 * @attr locale - `vi` or `en`; else the provider's, else Vietnamese.
 * @prop definition - A procedure definition to render instead of fetching one (the builder's preview); needs `validators`.
 * @prop validators - The validator module for `definition` (see core's `ValidatorModule`).
 * @prop answers - Answers to start from.
 * @prop intake - At a counter, what the signed-in officer adds (`applicant`, `receive`…): the dossier is then filed through the officers' counter-intake route of its agency, under the officer's session.
 * @fires motcua-loaded - The form is ready; `detail` is `{ code, version }`.
 * @fires motcua-submitted - The dossier was filed; `detail` is the server's receipt.
 * @fires motcua-error - Something failed; `detail` is `{ code, message }`. Codes: `procedure-not-found`, `procedure-load-failed`, `validator-load-failed`, `validator-format-unknown`, `attribute-invalid`, `agency-not-offering`, `unsupported-schema`, `submit-refused`.
 * @csspart form - The form element.
 * @csspart summary - The fee and promised-date panel.
 * @csspart error-summary - The list of problems shown after a failed submit.
 * @csspart fee-total - The total fee.
 * @csspart promised-date - The promised date.
 * @csspart button - Primary buttons.
 * @cssprop --motcua-color-accent - Primary buttons and headings' rule (default #00703c).
 * @cssprop --motcua-color-error - Error messages and borders (default #d4351c).
 * @cssprop --motcua-color-focus - Focus outline (default #ffdd00).
 * @cssprop --motcua-color-text - Text colour.
 * @cssprop --motcua-font - Font family.
 * @cssprop --motcua-font-size - Base text size (default: the reader's own `medium`).
 */
const CHANNELS: readonly string[] = ['online', 'in-person', 'postal'];

export class MotcuaForm extends MotcuaElement {
  static override styles = [hostStyles, formStyles];

  static override properties = {
    ...MotcuaElement.properties,
    procedure: { type: String },
    agency: { type: String },
    channel: { type: String },
    resume: { type: String },
    definition: { attribute: false },
    validators: { attribute: false },
    answers: { attribute: false },
    intake: { attribute: false },
    status: { state: true },
  };

  declare procedure: string | undefined;
  declare agency: string | undefined;
  declare channel: ChannelKind;
  declare resume: string | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare validators: ValidatorModule | undefined;
  declare answers: Record<string, unknown> | undefined;
  declare intake: Record<string, unknown> | undefined;
  declare status: 'idle' | 'loading' | 'ready' | 'failed';

  /** The citizen's session; undefined until a definition and its validators are in hand. */
  flow: FormFlow | undefined;
  private loadedKey: string | undefined;
  private renderedFlow: FormFlow | undefined;
  private failure: string | undefined;

  private readonly retry = (): void => {
    this.loadedKey = undefined;
    this.requestUpdate();
  };

  constructor() {
    super();
    this.channel = 'online';
    this.status = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('validators') || (changed.has('answers') && this.definition)) {
      if (this.definition && this.validators) this.start(this.definition, checkValidatorsOrFail(this, this.validators), [], undefined, changed.has('answers'));
    } else if (this.flow && !this.flow.receipt && this.flow.locale !== this.language) {
      // Another language needs no new download: the same version, in other words.
      const { session, offerings, published } = this.flow;
      this.start(session.definition, session.validators, offerings, published);
    }
  }

  private async load(key: string): Promise<void> {
    this.loadedKey = key;
    this.status = 'loading';
    try {
      const server = this.serverUrl;
      const code = this.procedure ?? '';
      const loaded = await loadProcedure(server, code, this.language, takePrefetched(this, procedureUrl(server, code)));
      if (this.loadedKey !== key) return;
      loaded.validators.catch((error: unknown) => {
        if (this.loadedKey === key) this.loadFailed(error);
      });
      // Fields that need no condition decided show while the validator module is still on its way.
      const validators = viewNeedsValidators(loaded.definition) ? await loaded.validators : loaded.validators;
      if (this.loadedKey !== key) return;
      this.start(loaded.definition, validators, loaded.offerings, { code: loaded.code, version: loaded.version });
    } catch (error) {
      if (this.loadedKey === key) await this.loadFailed(error);
    }
  }

  /** Shows and reports why the form could not load: once, though the definition and its module may both fail. */
  private async loadFailed(error: unknown): Promise<void> {
    if (this.status === 'failed') return;
    const code = error instanceof FormLoadError ? error.code : 'procedure-load-failed';
    if (code === 'procedure-not-found') {
      // Rare words live in the deferred module; a wrong code is worth the wait for them.
      const later = await import('./form-deferred.js');
      this.failure = format(later.LATER_TEXT.notFound[this.language], { code: this.procedure ?? '' });
    }
    this.status = 'failed';
    this.fail(code, this.failure ?? this.say('loadFailed'), error);
  }

  private start(definition: ProcedureDefinition, validators: ValidatorModule | Promise<ValidatorModule> | undefined, offerings: ProcedureOffering[], published: { code: string; version: number } | undefined, answersGiven = false): void {
    if (!validators) return;
    // A new language or an edited draft of the same procedure keeps what the citizen (or the officer previewing) has entered.
    const kept = !answersGiven && this.flow?.session.definition.code === definition.code ? this.flow.session.state : undefined;
    const initial: FormState = kept ? structuredClone(kept) : { answers: structuredClone(this.answers ?? {}) };
    const problems: [string, LaterTextKey, Record<string, string>][] = [];
    if (this.agency && offerings.some((o) => o.agency.id === this.agency)) initial.agency = this.agency;
    else if (this.agency && offerings.length > 0) problems.push(['agency-not-offering', 'agencyNotOffering', { agency: this.agency }]);
    if (!CHANNELS.includes(this.channel)) {
      problems.push(['attribute-invalid', 'channelInvalid', { channel: String(this.channel) }]);
      this.channel = 'online';
    }
    this.flow = new FormFlow({
      host: this,
      definition,
      validators,
      offerings,
      published,
      channel: this.channel,
      locale: this.language,
      server: this.serverUrl,
      state: initial,
      live: kept !== undefined,
      resume: this.resume ?? new URLSearchParams(globalThis.location?.search ?? '').get('motcua-resume') ?? undefined,
    });
    this.status = 'ready';
    const flow = this.flow;
    if (problems.length > 0) void flow.wordsReady().then(() => problems.forEach(([code, key, values]) => this.fail(code, flow.say(key, values))));
    for (const { keyword } of this.flow.session.build.unsupported) {
      this.fail('unsupported-schema', `${this.say('unsupported')} ${keyword}`);
    }
    this.dispatchEvent(new CustomEvent('motcua-loaded', { detail: { code: definition.code, version: published?.version ?? null }, bubbles: true, composed: true }));
  }

  /** Validates every answer and choice, shows the problems, and returns them. */
  async validate(): Promise<{ path: string; message: string }[]> {
    return this.flow ? this.flow.validateAll() : [];
  }

  /** Submits the dossier as the Submit button does; resolves with the receipt, or undefined when it did not go through. */
  async submit(): Promise<Receipt | undefined> {
    return this.flow?.submit();
  }

  say(key: FormTextKey, values: Record<string, string | number> = {}): string {
    return format((FORM_TEXT[key] as Bilingual)[this.language], values);
  }

  /** Renders the fee panel alone: a new fee must not re-render three hundred fields. */
  renderSummaryPanel(template: TemplateResult): void {
    const panel = this.renderRoot.querySelector('.summary');
    if (panel instanceof HTMLElement) render(template, panel);
  }

  protected override render(): TemplateResult {
    const flow = this.flow;
    if (this.status === 'failed') {
      // A code that does not exist will not appear by trying again; a dropped connection may.
      if (this.failure) return html`<div class="notice error" role="alert"><p>${this.failure}</p></div>`;
      return html`<div class="notice error" role="alert"><p>${this.say('loadFailed')}</p><button type="button" class="secondary" @click=${this.retry}>${this.say('retry')}</button></div>`;
    }
    if (!flow || this.status !== 'ready') return html`<p role="status">${this.say('loading')}</p>`;
    if (flow.receipt) return html`<motcua-receipt .receipt=${flow.receipt} locale=${this.language}></motcua-receipt>`;
    const say = flow.say;
    const session = flow.session;
    // Each word is asked for by hundreds of fields: worded once per render.
    const words: Partial<Record<FieldWord, string>> = {};
    const state: RenderState = {
      answers: session.state.answers,
      errors: flow.errors,
      hidden: session.hidden,
      word: (k: FieldWord) => (words[k] ??= this.say(k)),
    };
    const page = flow.page;
    const last = page === flow.pages.length - 1;
    const current = flow.pages[page];
    return html`<div class="layout"><form part="form" novalidate @submit=${flow.onSubmit} @input=${flow.onInput} @focusout=${flow.onBlur} @click=${flow.onClick} @motcua-document-change=${flow.onDocument}>${flow.notice()}${renderErrorSummary(flow.summary, say)}<h2>${textIn(session.definition.name, this.language)}</h2>${
      flow.pages.length > 1
        ? html`<p class="progress" part="progress"><span>${this.say('page', { n: page + 1, total: flow.pages.length })}</span>${current?.title ? html`: <strong>${current.title}</strong>` : nothing}</p>`
        : nothing
    }${page === 0 ? renderChoices(session.definition, flow.offerings, session.state, flow.chooseAgency, flow.errors, this.language, say) : nothing}${fields(flow.viewsOnPage(page), state)}${
      last ? flow.renderLastPart() : nothing
    }<div class="actions">${page > 0 ? html`<button type="button" class="secondary" data-action="back">${this.say('back')}</button>` : nothing}<button part="button" type="submit" ?disabled=${flow.submitting}>${last ? this.say(flow.submitting ? 'submitting' : 'submit') : this.say('next')}</button>${
      flow.published ? html`<button type="button" class="link" data-action="save">${this.say('saveForLater')}</button>` : nothing
    }</div>${flow.submitNotice()}</form><aside class="summary" part="summary" aria-live="polite"></aside></div>`;
  }

  protected override updated(): void {
    if (this.status === 'ready' && this.flow) {
      if (this.renderedFlow !== this.flow) {
        const flow = (this.renderedFlow = this.flow);
        // A task of its own, so that the fields can be painted before the deferred module is even asked for.
        setTimeout(() => this.flow === flow && flow.firstRendered());
      }
      this.flow.renderSummary();
      return;
    }
    if (this.definition) return;
    const wanted = this.procedure ? `${this.serverUrl}|${this.procedure}|${this.language}` : undefined;
    if (wanted && wanted !== this.loadedKey) void this.load(wanted);
  }
}

function checkValidatorsOrFail(form: MotcuaForm, validators: unknown): ValidatorModule | undefined {
  try {
    return checkValidators(validators);
  } catch (error) {
    form.status = 'failed';
    form.dispatchEvent(new CustomEvent('motcua-error', { detail: { code: 'validator-format-unknown', message: String(error) }, bubbles: true, composed: true }));
    return undefined;
  }
}

declare global {
  interface HTMLElementEventMap {
    'motcua-submitted': CustomEvent<Receipt>;
    'motcua-loaded': CustomEvent<{ code: string; version: number | null }>;
  }
}

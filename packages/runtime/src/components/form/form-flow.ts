import { format, type ChannelKind, type Locale, type ProcedureDefinition, type Quote, type ResolvedCalendar, type ValidatorModule } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';
import { setAnswer } from './answers.js';
import { editList, readControl } from './form-controls.js';
import { CHOICE, type FormIssue } from './choice-paths.js';
import { FormDrafts } from './form-drafts.js';
import { FormSession, type DocumentAnswer, type FormState } from './form-session.js';
import type { Receipt } from './form-submit.js';
import type { LaterTextKey } from './form-text-later.js';
import { FORM_TEXT, type FormTextKey } from './form-text.js';
import { fieldId, type FieldView } from './form-view.js';
import type { MotcuaForm } from './motcua-form.component.js';
import { pagesOf, type FormPage } from './form-pages.js';

/** The module the form loads after its first render. */
export type FormDeferred = typeof import('./form-deferred.js');
type Deferred = FormDeferred;

export interface FlowOptions {
  host: MotcuaForm;
  definition: ProcedureDefinition;
  validators: ValidatorModule | Promise<ValidatorModule>;
  offerings: ProcedureOffering[];
  published: { code: string; version: number } | undefined;
  channel: ChannelKind;
  locale: Locale;
  server: string;
  state: FormState;
  /** Whether `state` is what the citizen has in hand (a restart for another language or an edited draft), not a fresh start. */
  live: boolean;
  resume: string | undefined;
}

const TEXTUAL = new Set(['input', 'textarea', 'number']);

/**
 * What happens as a citizen fills in a form: answers recorded, sections
 * shown and hidden, errors shown on blur and on submit, the fee panel kept
 * current, pages turned, the dossier submitted. The element renders; this
 * decides. Handlers are arrow properties so the template binds them once.
 */
export class FormFlow {
  readonly session: FormSession;
  readonly offerings: ProcedureOffering[];
  readonly published: { code: string; version: number } | undefined;
  readonly pages: FormPage[];
  readonly drafts: FormDrafts;
  page = 0;
  errors = new Map<string, string>();
  summary: FormIssue[] = [];
  quote: Quote | undefined;
  receipt: Receipt | undefined;
  submitting = false;
  submitProblem: { key: LaterTextKey } | { message: string } | undefined;
  readonly host: MotcuaForm;
  readonly server: string;
  readonly locale: Locale;
  private readonly touched = new Set<string>();
  private showAll = false;
  private deferred: Deferred | undefined;
  private deferredPromise: Promise<Deferred> | undefined;
  private calendar: ResolvedCalendar | undefined;
  private calendarId: string | undefined;
  private quoteSignature = '';
  private inputTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly resumeCode: string | undefined;

  constructor(options: FlowOptions) {
    this.host = options.host;
    this.server = options.server;
    this.locale = options.locale;
    this.offerings = options.offerings;
    this.published = options.published;
    this.drafts = new FormDrafts(options.host, options.server, options.published, options.locale, () => this.deferredLoad, this.say);
    const state = this.drafts.restore(options.state, options.live);
    if (!state.agency && this.offerings.length === 1) state.agency = this.offerings[0]?.agency.id;
    const deliveries = options.definition.result.delivery;
    if (!state.delivery && deliveries.length === 1) state.delivery = deliveries[0];
    this.session = new FormSession(options.definition, options.validators, options.channel, options.locale, state);
    this.pages = pagesOf(options.definition.form, options.locale);
    this.resumeCode = options.resume;
  }

  /** Fetched on first need, which is right after the first render at the latest; usable once the validator module is in too. */
  private get deferredLoad(): Promise<Deferred> {
    // A validator module that fails to load is reported by the element, which then shows that failure instead of the form: nothing here waits on it any longer.
    const validators = this.session.validatorsReady.catch(() => new Promise<never>(() => undefined));
    this.deferredPromise ??= Promise.all([import('./form-deferred.js'), validators]).then(([deferred]) => {
      const root = this.host.renderRoot as ShadowRoot;
      const sheet = deferred.deferredStyles.styleSheet;
      if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      this.deferred = deferred;
      return deferred;
    });
    return this.deferredPromise;
  }

  /** Resolves once the deferred module's words can be said. */
  async wordsReady(): Promise<void> {
    await this.deferredLoad;
  }

  /** Called once the first fields are on screen: now fetch what they did not need. */
  firstRendered(): void {
    if (this.resumeCode) void this.drafts.resume(this.resumeCode, (restored) => this.replaceState(restored));
    void this.refreshQuote();
  }

  get chooseAgency(): boolean {
    return this.offerings.length > 1 && !this.offerings.some((o) => o.agency.id === this.host.agency);
  }

  get deliveries(): ChannelKind[] {
    return this.session.definition.result.delivery;
  }

  private get offering(): ProcedureOffering | undefined {
    return this.offerings.find((o) => o.agency.id === this.session.state.agency);
  }

  viewsOnPage(page: number): FieldView[] {
    const children = this.session.build.root.children ?? [];
    const names = this.pages[page]?.fields;
    return names ? children.filter((v) => names.has(v.path.slice(1))) : children;
  }

  private replaceState(state: FormState): void {
    Object.assign(this.session.state, state);
    this.session.rebuild();
    this.host.requestUpdate();
    void this.refreshQuote();
  }

  private changed(structural: boolean): void {
    if (structural && this.session.structureChanged()) {
      this.session.rebuild();
      this.host.requestUpdate();
    }
    this.drafts.autosave(this.session.state);
    void this.refreshQuote();
  }

  onInput = (event: Event): void => {
    const target = event.composedPath()[0] as HTMLInputElement;
    const name = target.name;
    if (!name) return;
    if (name.startsWith('$')) {
      this.onChoice(name, target.value);
      return;
    }
    const view = this.session.build.byPath.get(name);
    if (!view) return;
    setAnswer(this.session.state.answers, name, readControl(view, target, this.session.state.answers));
    if (this.errors.has(name)) this.revalidate();
    if (TEXTUAL.has(view.kind)) {
      // Typing: conditions on text are re-read once the citizen pauses, not on every key.
      clearTimeout(this.inputTimer);
      this.inputTimer = setTimeout(() => this.changed(true), 250);
    } else {
      this.changed(true);
    }
  };

  private onChoice(name: string, value: string): void {
    const state = this.session.state;
    if (name === CHOICE.case) state.case = value;
    else if (name === CHOICE.category) state.applicantCategory = value || undefined;
    else if (name === CHOICE.agency) state.agency = value || undefined;
    else if (name === CHOICE.delivery) state.delivery = value as ChannelKind;
    else if (name.startsWith(`${CHOICE.address}/`)) {
      state.deliveryAddress = { ...state.deliveryAddress, [name.slice(CHOICE.address.length + 1)]: value };
      if (this.errors.has(name)) this.revalidate();
      this.drafts.autosave(state);
      return;
    }
    this.session.rebuild();
    if (this.showAll) this.revalidate();
    this.host.requestUpdate();
    this.changed(false);
  }

  onBlur = (event: FocusEvent): void => {
    const target = event.composedPath()[0] as HTMLInputElement;
    if (!target.name) return;
    this.touched.add(target.name);
    const view = this.session.build.byPath.get(target.name);
    if (view?.variant === 'money') this.host.requestUpdate();
    this.revalidate();
  };

  onDocument = (event: CustomEvent<{ document: string } & DocumentAnswer>): void => {
    const { document, uploads, byPost } = event.detail;
    this.session.state.documents = { ...this.session.state.documents, [document]: byPost ? { uploads, byPost } : { uploads } };
    this.touched.add(`$document/${document}`);
    if (this.errors.has(`$document/${document}`)) this.revalidate();
    this.drafts.autosave(this.session.state);
  };

  onClick = (event: MouseEvent): void => {
    const target = (event.composedPath()[0] as Element).closest?.('[data-action], [data-target]');
    if (!(target instanceof HTMLElement)) return;
    if (target.dataset.target) {
      event.preventDefault();
      this.focus(target.dataset.target);
      return;
    }
    const { action, path, index } = target.dataset;
    if (action === 'back') this.turnPage(this.page - 1);
    else if (action === 'save') void this.drafts.saveForLater(this.session.state, this.session.answers());
    else if (action === 'retry') void this.submit();
    else if (action === 'reset') this.replaceState(this.drafts.startOver());
    else if (path !== undefined) this.editList(action ?? '', path, Number(index));
  };

  private editList(action: string, path: string, index: number): void {
    const focusIndex = editList(this.session.state.answers, action, path, index);
    this.session.rebuild();
    this.host.requestUpdate();
    this.changed(false);
    void this.host.updateComplete.then(() => {
      const item = this.host.renderRoot.querySelector(`#${fieldId(path)}`)?.querySelectorAll(':scope > .item')[focusIndex];
      (item?.querySelector('input, select, textarea, button') as HTMLElement | null)?.focus();
    });
  }

  private problems(deferred: Deferred): FormIssue[] {
    const uploading = [...this.host.renderRoot.querySelectorAll<HTMLElement & { uploading: boolean; requirement?: { id: string } }>('motcua-document-slot')]
      .filter((slot) => slot.uploading && slot.requirement)
      .map((slot) => slot.requirement?.id as string);
    return deferred.formProblems({ session: this.session, chooseAgency: this.chooseAgency, deliveries: this.deliveries, locale: this.locale, quote: this.quote, uploading });
  }

  private revalidate(): void {
    if (!this.deferred) {
      void this.deferredLoad.then(() => this.revalidate());
      return;
    }
    const shown = this.deferred.shownErrors(this.problems(this.deferred), this.touched, this.showAll);
    const before = [...this.errors].join('\n');
    this.errors = shown;
    if (this.showAll) this.summary = this.summary.filter((s) => shown.has(s.path));
    if ([...shown].join('\n') !== before) this.host.requestUpdate();
  }

  /** Shows every problem of the current page (all pages when it is the last) with the error summary focused. */
  async validateAll(): Promise<FormIssue[]> {
    await this.refreshQuote();
    const last = this.page === this.pages.length - 1;
    const deferred = await this.deferredLoad;
    const issues = this.problems(deferred).filter((issue) => last || deferred.onPage(issue, this.pages, this.page));
    this.showAll = true;
    this.errors = new Map(issues.map((i) => [i.path, i.message]));
    this.summary = issues;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (issues.length > 0) (this.host.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus();
    return issues;
  }

  onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.page < this.pages.length - 1) void this.next();
    else void this.submit();
  };

  private async next(): Promise<void> {
    const issues = await this.validateAll();
    if (issues.length === 0) this.turnPage(this.page + 1);
  }

  private turnPage(page: number): void {
    this.page = Math.max(0, Math.min(page, this.pages.length - 1));
    this.showAll = false;
    this.summary = [];
    this.errors = new Map();
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const heading = this.host.renderRoot.querySelector('.progress') as HTMLElement | null;
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  }

  async submit(): Promise<Receipt | undefined> {
    if (this.submitting) return undefined;
    const issues = await this.validateAll();
    if (issues.length > 0 || !this.published || !this.quote) return undefined;
    return (await this.deferredLoad).submitForm(this, this.published, this.quote);
  }

  /** Loads the fee machinery on first need, then recomputes; re-renders only what a change touched. */
  async refreshQuote(): Promise<void> {
    const deferred = this.deferred ?? (await this.deferredLoad);
    const calendarId = (this.offering?.agency as { calendar?: string } | undefined)?.calendar ?? 'vn';
    if (this.calendarId !== calendarId) {
      this.calendarId = calendarId;
      this.calendar = await deferred.calendarFor(this.server, calendarId);
    }
    const quote = deferred.quoteFor(this.session.definition, this.session.context(), this.session.evaluator, this.offering?.offering, this.calendar);
    const signature = JSON.stringify([quote?.fees, quote?.documents.map((d) => d.id), quote?.promised?.dueDate]);
    if (signature === this.quoteSignature) return;
    const documentsChanged = JSON.stringify(quote?.documents.map((d) => d.id)) !== JSON.stringify(this.quote?.documents.map((d) => d.id));
    this.quoteSignature = signature;
    this.quote = quote;
    if (documentsChanged) this.host.requestUpdate();
    this.renderSummary();
  }

  renderSummary(): void {
    if (this.deferred) this.host.renderSummaryPanel(this.deferred.renderSummary(this.quote, this.locale, this.say));
  }

  /** The last page's own parts: the documents to upload and how to receive the result. */
  renderLastPart(): TemplateResult {
    if (!this.deferred) return html`<p role="status">${this.host.say('loading')}</p>`;
    const slot = { server: this.server, locale: this.locale, ...(this.published ? { procedure: this.published.code, version: this.published.version } : {}) };
    return html`${this.deferred.renderDocuments(this.quote?.documents, this.session.state, this.errors, this.say, slot)}${this.deferred.renderDelivery(this.deliveries, this.session.state, this.errors, this.say)}`;
  }

  /** Words of the first paint, or of the deferred module (loaded by the time anything asks for those). */
  readonly say = (key: FormTextKey | LaterTextKey, values?: Record<string, string | number>): string => {
    if (key in FORM_TEXT) return this.host.say(key as FormTextKey, values);
    const later = this.deferred?.LATER_TEXT[key as LaterTextKey];
    return later ? format(later[this.locale], values ?? {}) : key;
  };

  private focus(id: string): void {
    const target = this.host.renderRoot.querySelector(`#${id}`) as HTMLElement | null;
    const control = target?.matches('fieldset') ? (target.querySelector('input, select, textarea') as HTMLElement | null) : target;
    (control ?? target)?.focus();
    target?.scrollIntoView({ block: 'center' });
  }

  notice(): TemplateResult | typeof nothing {
    return this.drafts.notice();
  }

  submitNotice(): TemplateResult | typeof nothing {
    const problem = this.submitProblem;
    if (!problem) return nothing;
    const text = 'key' in problem ? this.say(problem.key) : problem.message;
    return html`<div class="notice error" role="alert"><p>${text}</p>${'key' in problem && problem.key === 'networkFailed' ? html`<button type="button" class="secondary" data-action="retry">${this.host.say('retry')}</button>` : nothing}</div>`;
  }
}

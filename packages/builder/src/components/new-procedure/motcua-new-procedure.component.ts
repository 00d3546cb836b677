import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, type ProcedureOverview } from '../../shared/builder-api.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { newProcedureStyles } from './motcua-new-procedure.styles.js';
import { NEW_PROCEDURE_TEXT } from './new-procedure-text.js';
import { starterDefinition } from './starter-definition.js';
import { TEMPLATES } from './templates.js';

type Field = 'code' | 'nameVi' | 'nameEn';
type FieldError = 'missing.code' | 'pattern.code' | 'taken.code' | 'missing.nameVi' | 'missing.nameEn';
const FIELDS: readonly Field[] = ['code', 'nameVi', 'nameEn'];
/** The server's own rule for codes (its API's `code` parameter and core's meta-schema). */
const CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$/;

/**
 * A new procedure saved as a draft: from scratch (core's smallest valid definition with the code
 * and names typed here), from one of the builder's templates, or as a copy of `source` under a
 * new code. Errors follow GOV.UK's pattern:
 * a summary linking to each field, and each field's message by its input.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - `vi` (default) or `en`.
 * @prop source - The row of the procedure to duplicate; absent to start from scratch.
 * @fires motcua-created - The draft was saved; `detail` is its row (`code`, `status` draft, `hasDraft`, `latestVersion` null, `name`, `sector`).
 * @fires motcua-cancel - The officer gave up.
 * @csspart form - The form.
 * @csspart summary - The error summary.
 * @csspart templates - The choice of what a new procedure starts from (not shown for a copy).
 */
export class MotcuaNewProcedure extends BuilderElement {
  static override styles = [hostStyles, newProcedureStyles];

  static override properties = {
    ...BuilderElement.properties,
    source: { attribute: false },
    values: { state: true },
    errors: { state: true },
    busy: { state: true },
    problem: { state: true },
    template: { state: true },
  };

  private readonly t = this.wording(NEW_PROCEDURE_TEXT);
  /** The copied definition, read once when `source` is set so its names can be offered. */
  private copied: Promise<Record<string, unknown>> | undefined;

  declare source: ProcedureOverview | undefined;
  declare values: Record<Field, string>;
  declare errors: Partial<Record<Field, FieldError>>;
  declare busy: boolean;
  declare problem: string | undefined;
  /** The template a new procedure starts from; '' for the smallest valid definition. */
  declare template: string;

  constructor() {
    super();
    this.values = { code: '', nameVi: '', nameEn: '' };
    this.errors = {};
    this.busy = false;
    this.template = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') && this.source) void this.loadSource(this.source);
  }

  private async loadSource(source: ProcedureOverview): Promise<void> {
    this.copied = this.api.definition(source).then(({ definition }) => definition as Record<string, unknown>);
    try {
      const name = (await this.copied).name as { vi?: string; en?: string } | undefined;
      if (source === this.source) this.values = { ...this.values, nameVi: name?.vi ?? '', nameEn: name?.en ?? '' };
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    }
  }

  private get trimmed(): Record<Field, string> {
    return { code: this.values.code.trim(), nameVi: this.values.nameVi.trim(), nameEn: this.values.nameEn.trim() };
  }

  private check(taken: ReadonlySet<string>): Partial<Record<Field, FieldError>> {
    const { code, nameVi, nameEn } = this.trimmed;
    const errors: Partial<Record<Field, FieldError>> = {};
    if (!code) errors.code = 'missing.code';
    else if (!CODE_PATTERN.test(code)) errors.code = 'pattern.code';
    else if (taken.has(code)) errors.code = 'taken.code';
    if (!nameVi) errors.nameVi = 'missing.nameVi';
    if (!nameEn) errors.nameEn = 'missing.nameEn';
    return errors;
  }

  private readonly onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    this.busy = true;
    this.problem = undefined;
    try {
      // Saving a draft under a code in use would overwrite that procedure's working copy (the save
      // below also asks that no draft exist, for one made meanwhile).
      const taken = new Set((await this.api.procedures()).map((row) => row.code));
      this.errors = this.check(taken);
      if (Object.keys(this.errors).length > 0) {
        await this.updateComplete;
        (this.renderRoot.querySelector('[part=summary]') as HTMLElement | null)?.focus();
        return;
      }
      const { code, nameVi, nameEn } = this.trimmed;
      const name = { vi: nameVi, en: nameEn };
      const make = TEMPLATES.find((template) => template.id === this.template)?.make ?? starterDefinition;
      const definition: Record<string, unknown> = this.copied ? { ...(await this.copied), code, name } : { ...make(code, name) };
      await this.api.saveDraft(code, definition, null);
      const sector = typeof definition.sector === 'string' ? definition.sector : null;
      const row: ProcedureOverview = { code, status: 'draft', latestVersion: null, hasDraft: true, name: name.vi, sector, updatedAt: new Date().toISOString() };
      this.dispatchEvent(new CustomEvent('motcua-created', { detail: row, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = error instanceof ApiProblem ? error.message : String(error);
    } finally {
      this.busy = false;
    }
  };

  private message(field: Field): string {
    const error = this.errors[field];
    return error ? this.t(error, { code: this.trimmed.code }) : '';
  }

  private renderSummary() {
    const wrong = FIELDS.filter((field) => this.errors[field]);
    if (wrong.length === 0) return nothing;
    return html`<div class="summary" part="summary" role="alert" tabindex="-1" aria-labelledby="summary-heading">
      <h4 id="summary-heading">${this.t('summary')}</h4>
      <ul>
        ${wrong.map((field) => html`<li><a href=${`#${field}`} @click=${(event: Event) => this.focusField(event, field)}>${this.message(field)}</a></li>`)}
      </ul>
    </div>`;
  }

  /** The summary's links move focus into the shadow root, where a fragment link cannot reach. */
  private focusField(event: Event, field: Field): void {
    event.preventDefault();
    (this.renderRoot.querySelector(`#${field}`) as HTMLInputElement | null)?.focus();
  }

  private renderField(field: Field, hint?: string) {
    const error = this.errors[field];
    const described = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for=${field}>${this.t(field)}</label>
      ${hint ? html`<p class="hint" id=${`${field}-hint`}>${hint}</p>` : nothing}
      ${error ? html`<p class="message" id=${`${field}-error`}><span class="visually-hidden">${this.t('error')}</span> ${this.message(field)}</p>` : nothing}
      <input
        id=${field}
        name=${field}
        autocomplete="off"
        spellcheck="false"
        .value=${this.values[field]}
        aria-describedby=${described || nothing}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(event: InputEvent) => (this.values = { ...this.values, [field]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private renderTemplates() {
    if (this.source) return nothing;
    const choices = [{ id: '', name: this.t('empty'), description: this.t('emptyHint') }, ...TEMPLATES.map((template) => ({ id: template.id, name: template.name[this.language], description: template.description[this.language] }))];
    return html`<fieldset part="templates">
      <legend>${this.t('startFrom')}</legend>
      ${choices.map(
        (choice) =>
          html`<div class="choice">
            <input type="radio" name="template" id=${`template-${choice.id || 'empty'}`} value=${choice.id} .checked=${this.template === choice.id} aria-describedby=${`template-${choice.id || 'empty'}-hint`} @change=${() => (this.template = choice.id)} />
            <label for=${`template-${choice.id || 'empty'}`}>${choice.name}</label>
            <p class="hint" id=${`template-${choice.id || 'empty'}-hint`}>${choice.description}</p>
          </div>`,
      )}
    </fieldset>`;
  }

  override render() {
    const t = this.t;
    return html`<form part="form" novalidate aria-labelledby="new-heading" @submit=${this.onSubmit}>
      <h3 id="new-heading">${this.source ? t('duplicate', { code: this.source.code }) : t('create')}</h3>
      ${this.renderSummary()} ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing} ${this.renderField('code', t('codeHint'))} ${this.renderField('nameVi')} ${this.renderField('nameEn')} ${this.renderTemplates()}
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${t('submit')}</button>
        <button class="secondary" type="button" @click=${() => this.dispatchEvent(new CustomEvent('motcua-cancel', { bubbles: true, composed: true }))}>${t('cancel')}</button>
        ${this.busy ? html`<span role="status">${t('creating')}</span>` : nothing}
      </div>
    </form>`;
  }
}

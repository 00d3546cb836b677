import type { Condition, ProcedureDefinition } from '@motcua/core';
import { html, nothing } from 'lit';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { readCondition, writeCondition, type ConditionOperator, type ConditionValue, type SimpleCondition } from '../../shared/context-condition.js';
import { CONDITION_FIELD_TEXT } from './condition-field-text.js';
import { conditionFieldStyles } from './motcua-condition-field.styles.js';
import { OPERATORS_BY_KIND, subjectsOf, type Subject } from './condition-subjects.js';

/** The first value a subject offers, for a condition just started. */
function firstValue(subject: Subject): ConditionValue {
  if (subject.kind === 'boolean') return true;
  if (subject.kind === 'number') return 0;
  return subject.options[0]?.value ?? '';
}

/**
 * "Only when …": a condition over the condition context (applicant category, channel, delivery,
 * case, a top-level answer) in the definition's own format, a JSON Schema, written and read back
 * by `writeCondition` / `readCondition`. A condition of another shape is kept untouched and shown
 * as written by hand, to be edited in the JSON view.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop condition - The condition, or undefined for "always".
 * @prop definition - The definition whose categories, channels, cases and questions can be tested.
 * @prop legend - What the condition decides, as the officer reads it (already in their language).
 * @prop optional - Whether "always" may be chosen (default true); an adjustment always has a condition.
 * @fires motcua-condition-change - `detail` is `{ condition }`, undefined for "always".
 * @csspart condition - The fieldset.
 */
export class MotcuaConditionField extends BuilderElement {
  static override styles = [hostStyles, conditionFieldStyles];

  static override properties = {
    ...BuilderElement.properties,
    condition: { attribute: false },
    definition: { attribute: false },
    legend: { attribute: false },
    optional: { attribute: false },
  };

  private readonly t = this.wording(CONDITION_FIELD_TEXT);

  declare condition: Condition | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare legend: string;
  declare optional: boolean;

  constructor() {
    super();
    this.legend = '';
    this.optional = true;
  }

  private emit(condition: Condition | undefined): void {
    this.dispatchEvent(new CustomEvent('motcua-condition-change', { detail: { condition }, bubbles: true, composed: true }));
  }

  private start(subjects: Subject[]): void {
    const [subject] = subjects;
    if (subject) this.emit(writeCondition({ subject: subject.id, operator: 'is', values: [firstValue(subject)] }));
  }

  private change(next: SimpleCondition): void {
    this.emit(writeCondition(next));
  }

  private renderValue(simple: SimpleCondition, subject: Subject) {
    const t = this.t;
    if (simple.operator === 'one-of') {
      const toggle = (value: ConditionValue, on: boolean, box: HTMLInputElement) => {
        const values = subject.options.map((o) => o.value).filter((v) => (v === value ? on : simple.values.includes(v)));
        // "Is one of" nothing would be a schema no context meets (and ajv refuses an empty enum): the last value stays.
        if (values.length === 0) {
          box.checked = true;
          return;
        }
        this.change({ ...simple, values });
      };
      return html`<fieldset>
        <legend>${t('values')}</legend>
        ${subject.options.map(
          (option, i) =>
            html`<label><input type="checkbox" id=${`value-${i}`} .checked=${simple.values.includes(option.value)} @change=${(e: Event) => toggle(option.value, (e.target as HTMLInputElement).checked, e.target as HTMLInputElement)} /> ${option.label}</label>`,
        )}
      </fieldset>`;
    }
    const current = simple.values[0];
    if (subject.kind === 'options' || subject.kind === 'boolean') {
      const options = subject.kind === 'boolean' ? [{ value: true, label: t('yes') }, { value: false, label: t('no') }] : subject.options;
      const chosen = options.findIndex((o) => o.value === current);
      return html`<label
        >${t('value')}
        <select id="value" @change=${(e: Event) => this.change({ ...simple, values: [options[Number((e.target as HTMLSelectElement).value)]?.value ?? ''] })}>
          ${chosen < 0 ? html`<option value="-1" selected>${String(current ?? '')}</option>` : nothing}
          ${options.map((o, i) => html`<option value=${i} ?selected=${i === chosen}>${o.label}</option>`)}
        </select></label
      >`;
    }
    const number = subject.kind === 'number';
    return html`<label
      >${t('value')}
      <input
        id="value"
        type=${number ? 'number' : 'text'}
        .value=${String(current ?? '')}
        @change=${(e: Event) => {
          const typed = (e.target as HTMLInputElement).value;
          this.change({ ...simple, values: [number ? Number(typed) : typed] });
        }}
    /></label>`;
  }

  private renderSimple(simple: SimpleCondition, subjects: Subject[]) {
    const t = this.t;
    const subject = subjects.find((s) => s.id === simple.subject) ?? { id: simple.subject, label: simple.subject, kind: typeof simple.values[0] === 'number' ? 'number' : 'text', options: [] };
    const listed = subjects.includes(subject) ? subjects : [subject, ...subjects];
    const operators = OPERATORS_BY_KIND[subject.kind].includes(simple.operator) ? OPERATORS_BY_KIND[subject.kind] : [simple.operator, ...OPERATORS_BY_KIND[subject.kind]];
    const onSubject = (e: Event) => {
      const next = listed.find((s) => s.id === (e.target as HTMLSelectElement).value);
      if (next) this.change({ subject: next.id, operator: 'is', values: [firstValue(next)] });
    };
    const onOperator = (e: Event) => {
      const operator = (e.target as HTMLSelectElement).value as ConditionOperator;
      const values = operator === 'one-of' ? simple.values.slice(0, 1) : [simple.values[0] ?? firstValue(subject)];
      this.change({ ...simple, operator, values });
    };
    return html`<div class="row">
      <label
        >${t('subject')}
        <select id="subject" @change=${onSubject}>
          ${listed.map((s) => html`<option value=${s.id} ?selected=${s.id === subject.id}>${s.label}</option>`)}
        </select></label
      >
      <label
        >${t('operator')}
        <select id="operator" @change=${onOperator}>
          ${operators.map((op) => html`<option value=${op} ?selected=${op === simple.operator}>${t(`op.${op}`)}</option>`)}
        </select></label
      >
      ${this.renderValue(simple, subject)}
    </div>`;
  }

  override render() {
    const t = this.t;
    const subjects = subjectsOf(this.definition, this.language);
    const condition = this.condition;
    const simple = readCondition(condition);
    const radios = this.optional
      ? html`<div class="row">
          <label><input type="radio" name="when" value="always" .checked=${!condition} @change=${() => this.emit(undefined)} /> ${t('always')}</label>
          <label><input type="radio" name="when" value="only-when" .checked=${condition !== undefined} @change=${() => this.start(subjects)} /> ${t('onlyWhen')}</label>
        </div>`
      : nothing;
    let body;
    if (condition === undefined) body = this.optional ? nothing : this.renderStart(subjects);
    else if (simple) body = this.renderSimple(simple, subjects);
    else
      body = html`<p class="hint">${t('handWritten')}</p>
        <pre>${JSON.stringify(condition, null, 2)}</pre>
        ${subjects.length > 0 ? html`<button type="button" class="secondary" @click=${() => this.start(subjects)}>${t('replace')}</button>` : nothing}`;
    const empty = subjects.length === 0 && condition === undefined ? html`<p class="hint">${t('nothingToTest')}</p>` : nothing;
    return html`<fieldset part="condition">
      <legend>${this.legend}</legend>
      ${radios} ${body} ${empty}
    </fieldset>`;
  }

  private renderStart(subjects: Subject[]) {
    return subjects.length > 0 ? html`<button type="button" class="secondary" @click=${() => this.start(subjects)}>${this.t('onlyWhen')}</button>` : nothing;
  }
}

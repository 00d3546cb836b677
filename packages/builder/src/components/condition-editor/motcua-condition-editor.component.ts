import { html, nothing, type PropertyValues } from 'lit';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import { OPERATORS, type Condition, type ConditionState, type Operator, type Subject } from './condition.js';
import { CONDITION_EDITOR_TEXT } from './condition-editor-text.js';
import { conditionEditorStyles } from './motcua-condition-editor.styles.js';

type Problem = 'missing.number' | 'missing.text' | 'missing.values';

/**
 * "Show this question when <question> <is / is not / is one of / is greater than> <value>": the
 * question chosen among `subjects`, the tests offered by its kind of answer, the value control
 * following it (a list of its options, yes or no, a number, a text). It writes nothing itself:
 * the form designer turns the condition into the form's `if`/`then`.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop subjects - The questions a condition may test, with the values their answers take.
 * @prop state - The condition the question has now: none, one this editor reads, or one written by hand.
 * @fires motcua-condition-change - `detail.condition` is the condition to apply, undefined to show the question always.
 */
export class MotcuaConditionEditor extends BuilderElement {
  static override styles = [hostStyles, conditionEditorStyles];

  static override properties = {
    ...BuilderElement.properties,
    subjects: { attribute: false },
    state: { attribute: false },
    mode: { state: true },
    subject: { state: true },
    operator: { state: true },
    value: { state: true },
    values: { state: true },
    problem: { state: true },
    lost: { state: true },
  };

  private readonly t = this.wording(CONDITION_EDITOR_TEXT);

  declare subjects: Subject[];
  declare state: ConditionState;
  declare mode: 'always' | 'when';
  declare subject: string;
  declare operator: Operator;
  /** The value, as JSON text for a list or yes/no, as typed otherwise. */
  declare value: string;
  /** The ticked values of "is one of", as JSON text. */
  declare values: string[];
  declare problem: Problem | undefined;
  /** The name the condition tests when no question beside this one has it any more (moved or deleted). */
  declare lost: string | undefined;

  constructor() {
    super();
    this.subjects = [];
    this.state = { kind: 'always' };
    this.reset();
  }

  private reset(): void {
    const written = this.state.kind === 'when' ? this.state.condition : undefined;
    this.mode = written ? 'when' : 'always';
    this.lost = written && !this.subjects.some((subject) => subject.name === written.subject) ? written.subject : undefined;
    // A condition on a question that is gone is shown as a fresh one on the first question there is.
    const condition = this.lost === undefined ? written : undefined;
    this.subject = condition?.subject ?? this.subjects[0]?.name ?? '';
    this.operator = condition?.operator ?? 'is';
    const chosen = this.chosen;
    const typed = chosen?.kind === 'number' || chosen?.kind === 'text';
    this.value = condition && condition.operator !== 'is-one-of' ? (typed ? String(condition.value) : JSON.stringify(condition.value)) : typed ? '' : JSON.stringify(chosen?.options[0]?.value ?? '');
    this.values = condition?.operator === 'is-one-of' && Array.isArray(condition.value) ? condition.value.map((each) => JSON.stringify(each)) : [];
    this.problem = undefined;
  }

  /** What the draft was last reset from, as text: hosts pass equal subjects and states anew on each render of theirs. */
  private given = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('state') && !changed.has('subjects')) return;
    // The officer's half-written condition survives a host's re-render that gives it the same question and condition again.
    const given = JSON.stringify([this.state, this.subjects]);
    if (given === this.given) return;
    this.given = given;
    this.reset();
  }

  private get chosen(): Subject | undefined {
    return this.subjects.find((subject) => subject.name === this.subject);
  }

  private emit(condition: Condition | undefined): void {
    this.dispatchEvent(new CustomEvent('motcua-condition-change', { detail: { condition }, bubbles: true, composed: true }));
  }

  private chooseMode(mode: 'always' | 'when'): void {
    this.mode = mode;
    if (mode === 'always' && this.state.kind !== 'always') this.emit(undefined);
  }

  private chooseSubject(name: string): void {
    this.subject = name;
    const chosen = this.chosen;
    if (chosen && !OPERATORS[chosen.kind].includes(this.operator)) this.operator = 'is';
    this.value = chosen?.kind === 'number' || chosen?.kind === 'text' ? '' : JSON.stringify(chosen?.options[0]?.value ?? '');
    this.values = [];
    this.problem = undefined;
  }

  private toggle(value: string, on: boolean): void {
    this.values = on ? [...this.values, value] : this.values.filter((each) => each !== value);
  }

  private apply(): void {
    const chosen = this.chosen;
    if (!chosen) return;
    let value: unknown;
    if (this.operator === 'is-one-of') {
      if (this.values.length === 0) return void (this.problem = 'missing.values');
      value = chosen.options.map((option) => option.value).filter((each) => this.values.includes(JSON.stringify(each)));
    } else if (chosen.kind === 'number') {
      if (this.value.trim() === '' || !Number.isFinite(Number(this.value))) return void (this.problem = 'missing.number');
      value = Number(this.value);
    } else if (chosen.kind === 'text') {
      if (this.value === '') return void (this.problem = 'missing.text');
      value = this.value;
    } else {
      value = JSON.parse(this.value) as unknown;
    }
    this.problem = undefined;
    this.emit({ subject: chosen.name, operator: this.operator, value });
  }

  private renderValue(chosen: Subject) {
    const t = this.t;
    const described = this.problem ? 'value-error' : nothing;
    if (this.operator === 'is-one-of') {
      return html`<fieldset aria-describedby=${described}>
        <legend>${t('values')}</legend>
        ${chosen.options.map((option, i) => {
          const value = JSON.stringify(option.value);
          return html`<div class="choice">
            <input type="checkbox" id=${`value-${i}`} .checked=${this.values.includes(value)} @change=${(e: Event) => this.toggle(value, (e.target as HTMLInputElement).checked)} />
            <label for=${`value-${i}`}>${option.label}</label>
          </div>`;
        })}
      </fieldset>`;
    }
    if (chosen.kind === 'number' || chosen.kind === 'text') {
      return html`<div class="field">
        <label for="value">${t('value')}</label>
        <input id="value" type=${chosen.kind === 'number' ? 'number' : 'text'} .value=${this.value} aria-describedby=${described} aria-invalid=${this.problem ? 'true' : nothing} @input=${(e: Event) => (this.value = (e.target as HTMLInputElement).value)} />
      </div>`;
    }
    return html`<div class="field">
      <label for="value">${t('value')}</label>
      <select id="value" @change=${(e: Event) => (this.value = (e.target as HTMLSelectElement).value)}>
        ${chosen.options.map((option) => html`<option value=${JSON.stringify(option.value)} ?selected=${JSON.stringify(option.value) === this.value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  override render() {
    const t = this.t;
    const chosen = this.chosen;
    return html`
      <fieldset>
        <legend>${t('legend')}</legend>
        <div class="choice"><input type="radio" id="always" name="mode" .checked=${this.mode === 'always'} @change=${() => this.chooseMode('always')} /><label for="always">${t('always')}</label></div>
        <div class="choice"><input type="radio" id="when" name="mode" .checked=${this.mode === 'when'} ?disabled=${this.subjects.length === 0} @change=${() => this.chooseMode('when')} /><label for="when">${t('when')}</label></div>
      </fieldset>
      ${this.state.kind === 'by-hand' ? html`<p class="notice" part="by-hand">${t('byHand')}</p>` : nothing}
      ${this.lost !== undefined ? html`<p class="notice" part="lost">${t('lost', { name: this.lost })}</p>` : nothing}
      ${this.subjects.length === 0 ? html`<p>${t('noSubjects')}</p>` : nothing}
      ${this.mode === 'when' && chosen
        ? html`<div class="field">
              <label for="subject">${t('subject')}</label>
              <select id="subject" @change=${(e: Event) => this.chooseSubject((e.target as HTMLSelectElement).value)}>
                ${this.subjects.map((subject) => html`<option value=${subject.name} ?selected=${subject.name === this.subject}>${subject.label}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="operator">${t('operator')}</label>
              <select id="operator" @change=${(e: Event) => (this.operator = (e.target as HTMLSelectElement).value as Operator)}>
                ${OPERATORS[chosen.kind].map((operator) => html`<option value=${operator} ?selected=${operator === this.operator}>${t(`op.${operator}`)}</option>`)}
              </select>
            </div>
            ${this.renderValue(chosen)}
            ${this.problem ? html`<p id="value-error" role="alert"><span class="visually-hidden">${t('error')}</span> ${t(this.problem)}</p>` : nothing}
            <button type="button" part="apply" @click=${() => this.apply()}>${t('apply')}</button>`
        : nothing}
    `;
  }
}

import {
  chooseCase,
  compileConditions,
  computeFees,
  formatMoney,
  getByPointer,
  labelAtPath,
  MotcuaError,
  predicateEvaluator,
  resolveCase,
  type ChannelKind,
  type ConditionContext,
  type FeeBreakdown,
  type FeeLine,
  type Predicate,
  type ProcedureDefinition,
} from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { hostStyles } from '../../shared/builder-element.js';
import { CHANNEL_NAMES } from '../../shared/channel-names.js';
import { DefinitionEditor } from '../../shared/definition-editor.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { feeQuantities, setAt, type FeeQuantity } from './fee-answers.js';
import { FEE_CALCULATOR_TEXT } from './fee-calculator-text.js';
import { feeCalculatorStyles } from './motcua-fee-calculator.styles.js';

type Outcome = { kind: 'fees'; breakdown: FeeBreakdown; caseName: string } | { kind: 'problem'; message: string };

/** Compiling a definition's conditions takes milliseconds: once per definition object, not per keystroke. */
const compiled = new WeakMap<ProcedureDefinition, Record<string, Predicate>>();

function predicatesOf(definition: ProcedureDefinition): Record<string, Predicate> {
  let predicates = compiled.get(definition);
  if (!predicates) {
    predicates = compileConditions(definition);
    compiled.set(definition, predicates);
  }
  return predicates;
}

/**
 * A fee calculator beside the fee rules: test answers, case, channel, delivery and applicant
 * category in; the breakdown and total out, computed by core's `computeFees` on the case core's
 * `chooseCase` and `resolveCase` give, with the definition's conditions compiled by core's ajv
 * setup, as the citizen's form and the server compute them. It edits nothing.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The (possibly unfinished) definition whose fees are tried.
 * @csspart breakdown - The table of fee lines.
 * @csspart total - The total, announced politely when it changes.
 */
export class MotcuaFeeCalculator extends DefinitionEditor {
  static override styles = [hostStyles, editorStyles, feeCalculatorStyles];

  static override properties = {
    ...DefinitionEditor.properties,
    answers: { state: true },
    caseId: { state: true },
    channel: { state: true },
    delivery: { state: true },
    category: { state: true },
    answersProblem: { state: true },
  };

  private readonly t = this.wording(FEE_CALCULATOR_TEXT);

  declare answers: Record<string, unknown>;
  declare caseId: string;
  declare channel: ChannelKind | '';
  declare delivery: ChannelKind | '';
  declare category: string;
  declare answersProblem: string | undefined;

  constructor() {
    super();
    this.answers = {};
    this.caseId = '';
    this.channel = '';
    this.delivery = '';
    this.category = '';
  }

  private context(): ConditionContext {
    const context: ConditionContext = { answers: this.answers };
    if (this.channel) context.channel = this.channel;
    if (this.delivery) context.delivery = this.delivery;
    if (this.category) context.applicantCategory = this.category;
    if (this.caseId) context.case = this.caseId;
    return context;
  }

  private outcome(definition: ProcedureDefinition): Outcome {
    const t = this.t;
    if (!Array.isArray(definition.cases) || definition.cases.length === 0) return { kind: 'problem', message: t('unfinished') };
    try {
      const evaluator = predicateEvaluator(predicatesOf(definition));
      const context = this.context();
      if (definition.caseSelection === 'answers') delete context.case;
      else if (!context.case || !definition.cases.some((c) => c.id === context.case)) context.case = definition.cases[0]?.id;
      const chosen = chooseCase(definition, context, evaluator);
      const breakdown = computeFees(resolveCase(definition, chosen.id), { ...context, case: chosen.id }, evaluator);
      return { kind: 'fees', breakdown, caseName: textIn(chosen.name, this.language) || chosen.id };
    } catch (error) {
      const message = error instanceof MotcuaError ? error.messageIn(this.language) : error instanceof Error ? error.message : String(error);
      return { kind: 'problem', message: t('cannotCompute', { message }) };
    }
  }

  private setAnswer(pointer: string, value: unknown): void {
    this.answers = setAt(this.answers, pointer, value) as Record<string, unknown>;
  }

  private readonly onAnswersText = (event: Event) => {
    const text = (event.target as HTMLTextAreaElement).value;
    try {
      const parsed: unknown = text.trim() === '' ? {} : JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new SyntaxError('{ … }');
      this.answers = parsed as Record<string, unknown>;
      this.answersProblem = undefined;
    } catch (error) {
      this.answersProblem = this.t('answersInvalid', { message: (error as Error).message });
    }
  };

  private select(id: string, label: string, value: string, options: { value: string; label: string }[], empty: string, onPick: (value: string) => void) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value)}>
        ${empty ? html`<option value="" ?selected=${value === ''}>${empty}</option>` : nothing}
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private numberInput(id: string, label: string, pointer: string) {
    const value = getByPointer(this.answers, pointer);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="number"
        min="0"
        step="1"
        .value=${typeof value === 'number' ? String(value) : ''}
        @input=${(e: Event) => {
          const typed = (e.target as HTMLInputElement).value;
          this.setAnswer(pointer, typed === '' ? undefined : Number(typed));
        }}
      />
    </div>`;
  }

  private renderQuantities(definition: ProcedureDefinition, quantities: FeeQuantity[]) {
    const t = this.t;
    const label = (pointer: string) => {
      const text = definition.form ? labelAtPath(definition.form, pointer) : undefined;
      return text ? text[this.language] : pointer;
    };
    const top = quantities.filter((q) => !q.each);
    const groups = [...new Set(quantities.flatMap((q) => (q.each ? [q.each] : [])))];
    return html`${top.map((q, i) => this.numberInput(`quantity-${i}`, label(q.pointer), q.pointer))}
    ${groups.map((each, g) => {
      const items = getByPointer(this.answers, each);
      const count = Array.isArray(items) ? items.length : 0;
      const inner = quantities.filter((q) => q.each === each);
      return html`<fieldset class="group">
        <legend>${label(each)}</legend>
        <div class="field">
          <label for=${`items-${g}`}>${t('items', { label: label(each) })}</label>
          <input
            id=${`items-${g}`}
            type="number"
            min="0"
            max="50"
            .value=${String(count)}
            @input=${(e: Event) => {
              const n = Math.max(0, Math.min(50, Math.floor(Number((e.target as HTMLInputElement).value) || 0)));
              const current = Array.isArray(items) ? items : [];
              this.setAnswer(each, Array.from({ length: n }, (_, k) => current[k] ?? {}));
            }}
          />
        </div>
        ${Array.from({ length: count }, (_, k) =>
          inner.map((q, j) => this.numberInput(`item-${g}-${k}-${j}`, `${t('item', { n: k + 1 })}: ${label(`${each}/${k}${q.pointer}`)}`, `${each}/${k}${q.pointer}`)),
        )}
      </fieldset>`;
    })}`;
  }

  private renderLine(line: FeeLine, definition: ProcedureDefinition) {
    const t = this.t;
    const locale = this.language;
    const named = (pointer: string) => (definition.form ? labelAtPath(definition.form, pointer)?.[locale] : undefined) ?? pointer;
    const name = `${textIn(line.label, locale)}${line.item === undefined ? '' : ` (${t('item', { n: line.item + 1 })})`}`;
    return html`<tr>
      <th scope="row">${name}${line.missing.length > 0 ? html`<br /><span class="hint">${t('missing', { pointers: line.missing.map(named).join(', ') })}</span>` : nothing}</th>
      <td>${line.quantity ?? ''}${line.multiplier === undefined ? '' : ` × ${line.multiplier}`}</td>
      <td>${line.base === null ? t('local') : formatMoney(line.base, locale)} ${line.capped === 'max' ? t('capped') : line.capped === 'min' ? t('floored') : ''}</td>
      <td>${line.adjustments.map((a) => textIn(a.label, locale)).join('; ')}</td>
      <td class="amount">${line.amount === null ? t('local') : formatMoney(line.amount, locale)}</td>
    </tr>`;
  }

  private renderOutcome(outcome: Outcome, definition: ProcedureDefinition) {
    const t = this.t;
    if (outcome.kind === 'problem') return html`<p role="status" part="total">${outcome.message}</p>`;
    const { breakdown } = outcome;
    const total = formatMoney(breakdown.total, this.language);
    return html`${breakdown.lines.length === 0
        ? html`<p>${t('noFees')}</p>`
        : html`<table part="breakdown">
            <thead>
              <tr>
                <th scope="col">${t('fee')}</th>
                <th scope="col">${t('quantity')}</th>
                <th scope="col">${t('base')}</th>
                <th scope="col">${t('adjustments')}</th>
                <th scope="col">${t('amount')}</th>
              </tr>
            </thead>
            <tbody>
              ${breakdown.lines.map((line) => this.renderLine(line, definition))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan="4">${t('total')}</th>
                <td class="amount">${total}</td>
              </tr>
            </tfoot>
          </table>`}
      <p role="status" part="total" class="total">${t('totalStatus', { total })}${breakdown.complete ? '' : ` ${t('incomplete')}`}</p>`;
  }

  override render() {
    const t = this.t;
    const definition = this.definition;
    if (!definition) return nothing;
    const outcome = this.outcome(definition);
    const cases = Array.isArray(definition.cases) ? definition.cases : [];
    const named = (id: string, text: { vi: string; en?: string } | undefined) => ({ value: id, label: textIn(text, this.language) || id });
    const channelLabel = (kind: ChannelKind) => ({ value: kind, label: CHANNEL_NAMES[kind][this.language] });
    return html`<h3 id="heading">${t('heading')}</h3>
      <p class="hint">${t('intro')}</p>
      <div class="choices">
        ${definition.caseSelection !== 'answers' && cases.length > 1 ? this.select('case', t('case'), this.caseId || (cases[0]?.id ?? ''), cases.map((c) => named(c.id, c.name)), '', (v) => (this.caseId = v)) : nothing}
        ${this.select('channel', t('channel'), this.channel, (definition.channels ?? []).map((c) => channelLabel(c.kind)), t('none'), (v) => (this.channel = v as ChannelKind | ''))}
        ${(definition.result?.delivery ?? []).length > 0 ? this.select('delivery', t('delivery'), this.delivery, (definition.result?.delivery ?? []).map(channelLabel), t('none'), (v) => (this.delivery = v as ChannelKind | '')) : nothing}
        ${(definition.applicantCategories ?? []).length > 0 ? this.select('category', t('category'), this.category, (definition.applicantCategories ?? []).map((c) => named(c.id, c.name)), t('noCategory'), (v) => (this.category = v)) : nothing}
      </div>
      ${definition.caseSelection === 'answers' && outcome.kind === 'fees' ? html`<p>${t('caseByAnswers', { name: outcome.caseName })}</p>` : nothing}
      ${this.renderQuantities(definition, feeQuantities(definition))}
      <div class="field">
        <label for="answers">${t('answers')}</label>
        <p class="hint" id="answers-hint">${t('answersHint')}</p>
        <textarea id="answers" rows="3" aria-describedby="answers-hint" .value=${JSON.stringify(this.answers)} @change=${this.onAnswersText}></textarea>
        ${this.answersProblem ? html`<p role="alert">${this.answersProblem}</p>` : nothing}
      </div>
      ${this.renderOutcome(outcome, definition)}`;
  }
}

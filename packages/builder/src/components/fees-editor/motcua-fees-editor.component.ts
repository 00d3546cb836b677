import type { Condition, Fee } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { hostStyles } from '../../shared/builder-element.js';
import { problemList } from '../../shared/definition-problems.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { checkboxField, selectField } from '../../shared/field-controls.js';
import { freshId } from '../../shared/list-edit.js';
import { ScopedListEditor } from '../../shared/scoped-list-editor.js';
import { localTextFields, textOrNothing } from '../../shared/local-text-fields.js';
import '../condition-field/motcua-condition-field.js';
import '../fee-calculator/motcua-fee-calculator.js';
import { feeAdjustmentFields } from './fee-adjustment-fields.js';
import { feeRuleFields, type FeeFieldsContext } from './fee-rule-fields.js';
import { FEES_EDITOR_TEXT } from './fees-editor-text.js';

/**
 * The fees of a procedure as a rule builder: each fee's kind, name in vi and en, rule (fixed,
 * per unit, tiered, set locally, as the meta-schema's FeeRule defines them), per item of a
 * repeatable answer, multiplier, floor and cap, when it applies, its adjustments (exempt by
 * applicant category, another amount by channel, reductions), its legal basis; core's problems
 * next to the fee they are about; beside it `<motcua-fee-calculator>` on the same definition,
 * so each edit shows its figures at once. With several cases, a select chooses the procedure's
 * fees or a case's own additions.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition whose fees are edited; never mutated.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 * @csspart fee - One fee's fields.
 * @csspart calculator - The calculator beside the rules.
 * @csspart announcement - The polite status saying what the last list action did.
 */
export class MotcuaFeesEditor extends ScopedListEditor<Fee> {
  static override styles = [hostStyles, editorStyles];

  protected readonly member = 'fees';
  private readonly t = this.wording(FEES_EDITOR_TEXT);

  private add(): void {
    const fee: Fee = { id: freshId('le-phi', this.items.map((f) => f.id)), kind: 'fee', label: { vi: FEES_EDITOR_TEXT.newFee.vi, en: FEES_EDITOR_TEXT.newFee.en }, rule: { type: 'fixed', amount: 0 } };
    this.addItem(fee, FEES_EDITOR_TEXT.added, `fee-${this.items.length}-label-vi`);
  }

  private renderLegalBasis(fee: Fee, i: number) {
    const numbers = (this.definition?.legalBasis ?? []).map((l) => l.number).filter((n) => typeof n === 'string' && n !== '');
    if (numbers.length === 0) return nothing;
    const refs = fee.legalBasis ?? [];
    const toggle = (number: string, on: boolean) => {
      const next = numbers.filter((n) => (n === number ? on : refs.includes(n)));
      this.editItem(i, { legalBasis: next.length > 0 ? next : undefined });
    };
    return html`<fieldset>
      <legend>${this.t('legalBasis')}</legend>
      ${numbers.map((number, j) => checkboxField({ id: `fee-${i}-legal-${j}`, label: number, checked: refs.includes(number), onChange: (on) => toggle(number, on) }))}
    </fieldset>`;
  }

  private renderFee(fee: Fee, i: number) {
    const t = this.t;
    const locale = this.language;
    const name = textIn(fee.label, locale) || fee.id;
    const context: FeeFieldsContext = { definition: this.definition, locale, t, edit: (change) => this.editItem(i, change) };
    const pointer = this.pointerOf(i);
    return html`<li part="fee">
      <fieldset>
        <legend>${t('fee', { n: i + 1, name })}</legend>
        ${problemList(this.checker.at(this.definition, pointer), locale, pointer)}
        ${localTextFields({ id: `fee-${i}-label`, label: FEES_EDITOR_TEXT.label, locale, value: fee.label, onChange: (label) => this.editItem(i, { label }) })}
        <div class="row">
          ${selectField({ id: `fee-${i}-kind`, label: t('kind'), value: fee.kind, choices: (['fee', 'charge'] as const).map((kind) => ({ value: kind, label: t(`kind.${kind}`) })), onChange: (kind) => this.editItem(i, { kind: kind as Fee['kind'] }) })}
          <div class="field">
            <label for=${`fee-${i}-id`}>${t('id')}</label>
            <input id=${`fee-${i}-id`} .value=${fee.id ?? ''} pattern="[a-z0-9][a-z0-9\\-]*" @change=${(e: Event) => this.editItem(i, { id: (e.target as HTMLInputElement).value })} />
          </div>
        </div>
        ${feeRuleFields(fee, i, context)}
        ${checkboxField({ id: `fee-${i}-set-locally`, label: t('setLocally'), checked: fee.setLocally === true, onChange: (on) => this.editItem(i, { setLocally: on ? true : undefined }) })}
        <motcua-condition-field
          id=${`fee-${i}-when`}
          locale=${locale}
          .legend=${t('when')}
          .definition=${this.definition}
          .condition=${fee.when}
          @motcua-condition-change=${(e: CustomEvent<{ condition?: Condition }>) => this.editItem(i, { when: e.detail.condition })}
        ></motcua-condition-field>
        ${feeAdjustmentFields(fee, i, context)} ${this.renderLegalBasis(fee, i)}
        ${localTextFields({ id: `fee-${i}-note`, label: FEES_EDITOR_TEXT.note, locale, value: fee.note, long: true, onChange: (note) => this.editItem(i, { note: textOrNothing(note) }) })}
        ${this.listButtons({ prefix: 'fee', list: this.items, i, name, words: FEES_EDITOR_TEXT, write: (fees) => this.setItems(fees), afterRemove: (index) => `fee-${index}-label-vi` })}
      </fieldset>
    </li>`;
  }

  override render() {
    const t = this.t;
    return html`<h3>${t('heading')}</h3>
      <p class="hint">${t('intro')}</p>
      <div class="panels">
        <div>
          ${this.renderScope()}
          ${this.scope === 'base' ? nothing : html`<p class="hint">${t('caseFees')}</p>`}
          ${this.items.length === 0 ? html`<p>${t('none')}</p>` : nothing}
          <ol class="items">
            ${this.items.map((fee, i) => this.renderFee(fee, i))}
          </ol>
          <button type="button" id="add" @click=${() => this.add()}>${t('add')}</button>
          ${this.renderAnnouncement()}
        </div>
        <motcua-fee-calculator id="calculator" class="aside" part="calculator" locale=${this.language} .definition=${this.definition}></motcua-fee-calculator>
      </div>`;
  }
}

import type { Duration, LocalText, Step } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { hostStyles } from '../../shared/builder-element.js';
import { hasList, listIn } from '../../shared/case-scope.js';
import { problemList } from '../../shared/definition-problems.js';
import { durationText, unitName } from '../../shared/durations.js';
import { freshId } from '../../shared/list-edit.js';
import { localTextFields } from '../../shared/local-text-fields.js';
import { ScopedListEditor } from '../../shared/scoped-list-editor.js';
import { ROLE_NAMES } from '../../shared/list-words.js';
import '../steps-diagram/motcua-steps-diagram.js';
import { bindingLevel, checkSteps, scopedSteps, type ScopedSteps, type StepsWarning } from './steps-fit.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { STEPS_EDITOR_TEXT } from './steps-editor-text.js';

const ROLES = ['receiver', 'specialist', 'approver'] as const;
const UNITS: Duration['unit'][] = ['working-days', 'working-hours', 'calendar-days'];

/**
 * The steps of a procedure (trình tự thực hiện): each with its name in vi and en, its role and
 * its share of the time limit; add, remove and reorder with buttons (focus follows the moved
 * step, a polite announcement says where it went). What does not fit the service level (the
 * shares over or under it, a step without a share, a role missing, …: `checkSteps`) is shown next
 * to the step or the total it is about, in the officer's language; beside them, the diagram.
 * With several cases, a select chooses the procedure's steps or a case's: a case follows the
 * common steps until given its own (a copy to start from), which then replace them wholesale.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition whose steps are edited; never mutated.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 * @csspart warnings - The warnings about the steps as a whole.
 * @csspart step - One step's fields.
 * @csspart announcement - The polite status saying what the last list action did.
 */
export class MotcuaStepsEditor extends ScopedListEditor<Step> {
  static override styles = [hostStyles, editorStyles];

  protected readonly member = 'steps';
  protected override readonly dropEmpty = false;
  private readonly t = this.wording(STEPS_EDITOR_TEXT);

  private get scoped(): ScopedSteps {
    return scopedSteps(this.definition, this.scope);
  }

  private nameOf(step: Step): string {
    return textIn(step.name, this.language) || step.id;
  }

  private add(): void {
    const id = freshId('buoc', this.items.map((s) => s.id));
    const step: Step = { id, name: { vi: STEPS_EDITOR_TEXT.newStep.vi, en: STEPS_EDITOR_TEXT.newStep.en }, role: 'specialist' };
    this.addItem(step, STEPS_EDITOR_TEXT.added, `name-${this.items.length}-vi`);
  }

  private renderDuration(step: Step, i: number) {
    const t = this.t;
    const duration = step.duration;
    const onAmount = (e: Event) => {
      const typed = (e.target as HTMLInputElement).value;
      this.editItem(i, { duration: typed === '' ? undefined : { amount: Number(typed), unit: duration?.unit ?? bindingLevel(this.scoped)?.unit ?? 'working-days' } });
    };
    const onUnit = (e: Event) => {
      const unit = (e.target as HTMLSelectElement).value as Duration['unit'];
      this.editItem(i, { duration: { amount: duration?.amount ?? 0, unit } });
    };
    return html`<div class="row">
      <div class="field">
        <label for=${`amount-${i}`}>${t('duration')}</label>
        <input id=${`amount-${i}`} type="number" min="0" step="0.25" aria-describedby=${`amount-hint-${i}`} .value=${duration ? String(duration.amount) : ''} @change=${onAmount} />
        <span class="hint" id=${`amount-hint-${i}`}>${t('durationHint')}</span>
      </div>
      <div class="field">
        <label for=${`unit-${i}`}>${t('unit')}</label>
        <select id=${`unit-${i}`} @change=${onUnit}>
          ${UNITS.map((unit) => html`<option value=${unit} ?selected=${unit === (duration?.unit ?? bindingLevel(this.scoped)?.unit ?? 'working-days')}>${unitName(unit, this.language)}</option>`)}
        </select>
      </div>
    </div>`;
  }

  private renderStep(step: Step, i: number, warnings: StepsWarning[]) {
    const t = this.t;
    const name = this.nameOf(step);
    const own = warnings.filter((w) => w.step === i);
    return html`<li part="step">
      <fieldset>
        <legend>${t('step', { n: i + 1, name })}</legend>
        ${problemList(this.checker.at(this.definition, this.pointerOf(i)), this.language, this.pointerOf(i))}
        ${localTextFields({ id: `name-${i}`, label: STEPS_EDITOR_TEXT.name, locale: this.language, value: step.name, onChange: (text: LocalText) => this.editItem(i, { name: text }) })}
        <div class="field">
          <label for=${`role-${i}`}>${t('role')}</label>
          <select id=${`role-${i}`} @change=${(e: Event) => this.editItem(i, { role: (e.target as HTMLSelectElement).value as Step['role'] })}>
            ${ROLES.map((role) => html`<option value=${role} ?selected=${role === step.role}>${ROLE_NAMES[role][this.language]}</option>`)}
          </select>
        </div>
        ${this.renderDuration(step, i)}
        ${own.length > 0 ? html`<ul class="warnings">${own.map((w) => html`<li>${w.message[this.language]}</li>`)}</ul>` : nothing}
        ${this.listButtons({ prefix: 'step', list: this.items, i, name, words: STEPS_EDITOR_TEXT, write: (steps) => this.setItems(steps), afterRemove: (index) => `name-${index}-vi` })}
      </fieldset>
    </li>`;
  }

  /** A case follows the common steps until it is given its own, which then replace them. */
  private renderCaseChoice() {
    const t = this.t;
    if (this.scope === 'base') return nothing;
    if (!hasList(this.definition, this.scope, 'steps')) {
      return html`<p>${t('commonSteps')}</p>
        <button type="button" id="own-steps" @click=${() => this.setItems(structuredClone(listIn<Step>(this.definition, 'base', 'steps')))}>${t('ownSteps')}</button>`;
    }
    return html`<p class="hint">${t('caseStepsReplace')}</p>
      <button type="button" class="secondary" id="common-steps" @click=${() => this.setItems(undefined)}>${t('useCommon')}</button>`;
  }

  override render() {
    const t = this.t;
    const definition = this.definition;
    const scoped = this.scoped;
    const warnings = checkSteps(scoped);
    const general = warnings.filter((w) => w.step === undefined);
    const limit = bindingLevel(scoped);
    const editable = this.scope === 'base' || hasList(definition, this.scope, 'steps');
    return html`<h3>${t('heading')}</h3>
      <p class="hint">${t('intro')}</p>
      ${this.renderScope()} ${this.renderCaseChoice()}
      <p>${limit ? t('limit', { limit: durationText(limit, this.language) }) : t('noLimit')}</p>
      <div part="warnings" class=${general.length > 0 ? 'box warn' : 'box'}>
        ${general.length > 0
          ? html`<h4>${t('warnings')}</h4>
              <ul>
                ${general.map((w) => html`<li data-code=${w.code}>${w.message[this.language]}</li>`)}
              </ul>`
          : html`<p>${warnings.length === 0 ? t('fits') : ''}</p>`}
      </div>
      <details>
        <summary>${t('rules')}</summary>
        <ul>
          ${(['rule.over', 'rule.share', 'rule.roles', 'rule.units'] as const).map((rule) => html`<li>${t(rule)}</li>`)}
        </ul>
      </details>
      ${editable
        ? html`<ol class="steps">
              ${this.items.map((step, i) => this.renderStep(step, i, warnings))}
            </ol>
            <button type="button" id="add" @click=${() => this.add()}>${t('add')}</button>`
        : nothing}
      ${this.renderAnnouncement()}
      <h4>${t('diagram')}</h4>
      <motcua-steps-diagram .definition=${definition} .scope=${this.scope} locale=${this.language}></motcua-steps-diagram>`;
  }
}

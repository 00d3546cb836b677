import { format, type Bilingual, type Case, type Condition, type LocalText, type ProcedureDefinition } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { hostStyles } from '../../shared/builder-element.js';
import { DefinitionEditor } from '../../shared/definition-editor.js';
import { DefinitionProblems, problemList } from '../../shared/definition-problems.js';
import { editorStyles } from '../../shared/editor-styles.js';
import { LIST_WORDS } from '../../shared/list-words.js';
import type { PanelChangeDetail } from '../schema-panel/motcua-schema-panel.component.js';
import '../schema-panel/motcua-schema-panel.js';
import '../condition-field/motcua-condition-field.js';
import { addedCase, caseReferences, casesOf, editedCase, movedCase, referencesLeftByRemoval, refusedId, removedCase, renamedCase, toggledExclusion, withSelection } from './case-edits.js';
import { casePanelForm, panelData, withPanelData } from './case-panel.js';
import { CASES_EDITOR_TEXT } from './cases-editor-text.js';
import { casesEditorStyles } from './motcua-cases-editor.styles.js';

/**
 * The cases of a procedure (trường hợp): how the case is decided (the applicant's choice or the
 * answers), and for each case its id (unique; renaming it rewrites every condition that tests for
 * it), its name and description and whatever else the meta-schema's Case holds that no other tab
 * edits (a `<motcua-schema-panel>` over that part of core's meta-schema), when it applies (a
 * `<motcua-condition-field>` over the answers, channel and applicant category), and which common
 * documents and fees it leaves out. Cases are added, removed (after a confirmation naming what
 * goes with them; a removed case is taken out of the conditions that list it among others) and reordered with buttons or Alt + arrows, focus following and a polite status
 * saying what happened. Where the answers decide, a new case goes before the default (the last
 * case, without a condition), which must stay last to be reached; letting the applicant choose
 * drops the cases' conditions, which core refuses then, in the same edit. Core's problems under
 * `/cases/N` are shown in case N.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop definition - The definition whose cases are edited; never mutated, possibly unfinished.
 * @prop problems - Core's verdict on the definition, when the host has it (each issue with its `code`); else the editor works it out.
 * @fires motcua-definition-change - Each edit; `detail` is `{ definition }`, a new definition.
 * @csspart case - One case's fields.
 * @csspart confirm-remove - The question asked before a case is removed.
 * @csspart announcement - The polite status saying what the last action did.
 */
export class MotcuaCasesEditor extends DefinitionEditor {
  static override styles = [hostStyles, editorStyles, casesEditorStyles];

  static override properties = {
    ...DefinitionEditor.properties,
    confirming: { state: true },
    idRefusal: { state: true },
  };

  private readonly t = this.wording(CASES_EDITOR_TEXT);
  private readonly checker = new DefinitionProblems(() => this.problems);
  /** The panel shown for each case. */
  readonly panel = casePanelForm();

  /** The case whose removal is being confirmed. */
  declare confirming: number | undefined;
  /** An id typed and refused, shown by its input until the next edit. */
  declare idRefusal: { index: number; typed: string; text: string } | undefined;

  private get cases(): Case[] {
    return casesOf(this.definition);
  }

  private nameOf(item: Case): string {
    return textIn(item.name, this.language) || item.id;
  }

  private edit(next: ProcedureDefinition): void {
    this.idRefusal = undefined;
    this.commit(next);
  }

  private add(): void {
    const { definition, position } = addedCase(this.definition, { vi: CASES_EDITOR_TEXT.newCase.vi, en: CASES_EDITOR_TEXT.newCase.en });
    this.announce(CASES_EDITOR_TEXT.added, { position: position + 1 }, `case-${position}`);
    this.edit(definition);
  }

  private select(selection: ProcedureDefinition['caseSelection']): void {
    const { definition, dropped } = withSelection(this.definition, selection);
    if (dropped > 0) this.announce(CASES_EDITOR_TEXT.conditionsDropped, { count: dropped });
    this.edit(definition);
  }

  /** Moves case `i` by one place; focus stays on the control it was on, at the case's new place. */
  private move(i: number, by: -1 | 1, focused: string | undefined): void {
    const to = i + by;
    const item = this.cases[i];
    if (!item || to < 0 || to >= this.cases.length) return;
    const last = this.cases.length - 1;
    let focus = focused?.startsWith(`case-${i}-`) ? `case-${to}-${focused.slice(`case-${i}-`.length)}` : `case-${to}`;
    // The button pressed is gone at an end of the list: its partner takes the focus.
    if (focus === `case-${to}-up` && to === 0) focus = `case-${to}-down`;
    if (focus === `case-${to}-down` && to === last) focus = `case-${to}-up`;
    // Inside the panel or the condition, focus was in another shadow root: the case itself takes it.
    if (focus === `case-${to}-panel` || focus === `case-${to}-when`) focus = `case-${to}`;
    this.announce(LIST_WORDS.moved, { name: this.nameOf(item), position: to + 1 }, focus);
    this.edit(movedCase(this.definition, i, to));
  }

  private onKeydown(event: KeyboardEvent, i: number): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.move(i, event.key === 'ArrowUp' ? -1 : 1, this.shadowRoot?.activeElement?.id);
  }

  private async askRemove(i: number): Promise<void> {
    this.confirming = i;
    await this.updateComplete;
    (this.renderRoot.querySelector(`#case-${i}-confirm`) as HTMLElement | null)?.focus();
  }

  private async keep(i: number): Promise<void> {
    this.confirming = undefined;
    await this.updateComplete;
    (this.renderRoot.querySelector(`#case-${i}-remove`) as HTMLElement | null)?.focus();
  }

  private removeCase(i: number): void {
    const item = this.cases[i];
    if (!item) return;
    this.confirming = undefined;
    this.announce(CASES_EDITOR_TEXT.removed, { name: this.nameOf(item) }, `case-${Math.min(i, this.cases.length - 2)}`);
    this.edit(removedCase(this.definition, i));
  }

  private rename(i: number, input: HTMLInputElement): void {
    const typed = input.value.trim();
    const item = this.cases[i];
    if (!item || !this.definition || typed === item.id) {
      this.idRefusal = undefined;
      return;
    }
    const refusal = refusedId(this.definition, i, typed);
    if (refusal) {
      this.idRefusal = { index: i, typed, text: this.t(`refused.${refusal}`, { id: typed }) };
      return;
    }
    this.announce(CASES_EDITOR_TEXT.renamed, { id: typed });
    this.edit(renamedCase(this.definition, i, typed));
  }

  private renderId(item: Case, i: number, references: number) {
    const t = this.t;
    const refusal = this.idRefusal?.index === i ? this.idRefusal : undefined;
    const described = [`case-${i}-id-hint`, refusal ? `case-${i}-id-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${`case-${i}-id`}>${t('id')}</label>
      <input
        id=${`case-${i}-id`}
        .value=${refusal?.typed ?? item.id ?? ''}
        aria-invalid=${refusal ? 'true' : 'false'}
        aria-describedby=${described}
        @change=${(e: Event) => this.rename(i, e.target as HTMLInputElement)}
        @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.rename(i, e.target as HTMLInputElement)}
      />
      <span class="hint" id=${`case-${i}-id-hint`}>${t('idHint')} ${references > 0 ? t('idReferences', { count: references }) : nothing}</span>
      ${refusal ? html`<span class="error" id=${`case-${i}-id-error`}>${refusal.text}</span>` : nothing}
    </div>`;
  }

  private renderExclusions(item: Case, i: number) {
    const t = this.t;
    // An exclusion whose document or fee has left the common list is offered too, so it can be unticked without the JSON view.
    const withStale = (member: 'documents' | 'fees', common: { id: string; name: LocalText | undefined }[]) => [
      ...common.map((entry) => ({ id: entry.id, label: textIn(entry.name, this.language) || entry.id })),
      ...(item.exclude?.[member] ?? []).filter((id) => !common.some((entry) => entry.id === id)).map((id) => ({ id, label: t('stale', { id }) })),
    ];
    const groups = [
      { member: 'documents' as const, label: t('documents'), entries: withStale('documents', (this.definition?.documents ?? []).map((d) => ({ id: d.id, name: d.name }))) },
      { member: 'fees' as const, label: t('fees'), entries: withStale('fees', (this.definition?.fees ?? []).map((f) => ({ id: f.id, name: f.label }))) },
    ].filter((group) => group.entries.length > 0);
    return html`<fieldset>
      <legend>${t('leavesOut')}</legend>
      <p class="hint">${groups.length > 0 ? t('leavesOutHint') : t('noCommon')}</p>
      ${groups.map(
        ({ member, label, entries }) => html`<fieldset class="choices">
          <legend>${label}</legend>
          ${entries.map((entry) => {
            const id = `case-${i}-exclude-${member}-${entry.id}`;
            const checked = item.exclude?.[member]?.includes(entry.id) === true;
            return html`<div class="check">
              <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => this.edit(editedCase(this.definition, i, { exclude: toggledExclusion(item, member, entry.id, (e.target as HTMLInputElement).checked) }))} />
              <label for=${id}>${entry.label}</label>
            </div>`;
          })}
        </fieldset>`,
      )}
    </fieldset>`;
  }

  private renderButtons(item: Case, i: number, own: Record<'documents' | 'fees' | 'steps', number>, references: number) {
    const t = this.t;
    const name = this.nameOf(item);
    const say = (text: Bilingual) => format(text[this.language], { name });
    const last = this.cases.length - 1;
    return html`<div class="actions">
        ${i > 0 ? html`<button type="button" class="secondary" id=${`case-${i}-up`} aria-label=${say(LIST_WORDS.moveUp)} @click=${() => this.move(i, -1, `case-${i}-up`)}>${LIST_WORDS.up[this.language]}</button>` : nothing}
        ${i < last ? html`<button type="button" class="secondary" id=${`case-${i}-down`} aria-label=${say(LIST_WORDS.moveDown)} @click=${() => this.move(i, 1, `case-${i}-down`)}>${LIST_WORDS.down[this.language]}</button>` : nothing}
        ${last > 0 ? html`<button type="button" class="secondary" id=${`case-${i}-remove`} aria-label=${t('remove', { name })} @click=${() => void this.askRemove(i)}>${LIST_WORDS.delete[this.language]}</button>` : nothing}
      </div>
      ${last === 0 ? html`<p class="hint">${t('lastCase')}</p>` : nothing}
      ${this.confirming === i
        ? html`<div class="confirm" part="confirm-remove" role="group" aria-labelledby=${`case-${i}-confirm-text`} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && void this.keep(i)}>
            <p id=${`case-${i}-confirm-text`}>${t('confirmRemove', { name, ...own })} ${this.renderReferencesOnRemoval(i, references)}</p>
            <button type="button" id=${`case-${i}-confirm`} @click=${() => this.removeCase(i)}>${t('confirm')}</button>
            <button type="button" class="secondary" id=${`case-${i}-keep`} @click=${() => void this.keep(i)}>${t('cancel')}</button>
          </div>`
        : nothing}`;
  }

  /** What removing case `i` does to the conditions that name it: taken out of lists naming others too; those naming it alone are the officer's to change. */
  private renderReferencesOnRemoval(i: number, references: number): string {
    const left = referencesLeftByRemoval(this.definition, i);
    const takenOut = references - left;
    return [takenOut > 0 ? this.t('confirmTakenOut', { count: takenOut }) : '', left > 0 ? this.t('confirmReferences', { count: left }) : ''].filter(Boolean).join(' ');
  }

  private renderCase(item: Case, i: number) {
    const t = this.t;
    const pointer = `/cases/${i}`;
    const answers = this.definition?.caseSelection === 'answers';
    const own = { documents: item.documents?.length ?? 0, fees: item.fees?.length ?? 0, steps: item.steps?.length ?? 0 };
    const references = caseReferences(this.definition, item.id).length;
    return html`<li part="case" @keydown=${(e: KeyboardEvent) => this.onKeydown(e, i)}>
      <fieldset id=${`case-${i}`} tabindex="-1">
        <legend>${t('case', { n: i + 1, name: this.nameOf(item) })}</legend>
        ${problemList(this.checker.at(this.definition, pointer), this.language, pointer)}
        ${this.renderId(item, i, references)}
        <motcua-schema-panel
          id=${`case-${i}-panel`}
          locale=${this.language}
          .schema=${this.panel.schema}
          .uiSchema=${this.panel.uiSchema}
          .i18n=${this.panel.i18n}
          .formData=${panelData(this.panel, item)}
          @motcua-panel-change=${(e: CustomEvent<PanelChangeDetail>) => this.edit(editedCase(this.definition, i, withPanelData(this.panel, item, e.detail.formData)))}
        ></motcua-schema-panel>
        ${answers || item.when
          ? html`<motcua-condition-field
              id=${`case-${i}-when`}
              locale=${this.language}
              .legend=${t('when')}
              .definition=${{ ...this.definition, cases: [item] }}
              .condition=${item.when}
              @motcua-condition-change=${(e: CustomEvent<{ condition?: Condition }>) => this.edit(editedCase(this.definition, i, { when: e.detail.condition }))}
            ></motcua-condition-field>`
          : nothing}
        ${this.renderExclusions(item, i)}
        <p class="hint">${t('own', own)}</p>
        ${this.renderButtons(item, i, own, references)}
      </fieldset>
    </li>`;
  }

  private renderSelection() {
    const t = this.t;
    const current = this.definition?.caseSelection;
    return html`<fieldset>
      <legend>${t('selection')}</legend>
      ${(['choice', 'answers'] as const).map(
        (value) => html`<div class="check">
          <input type="radio" name="selection" id=${`selection-${value}`} .checked=${current === value} @change=${() => this.select(value)} />
          <label for=${`selection-${value}`}>${t(`selection.${value}`)}</label>
        </div>`,
      )}
      <p class="hint">${current === 'answers' ? t('orderHint') : t('choiceHint')}</p>
    </fieldset>`;
  }

  override render() {
    const t = this.t;
    const cases = this.cases;
    return html`<h3>${t('heading')}</h3>
      <p class="hint">${t('intro')}</p>
      ${this.renderSelection()}
      ${problemList(this.checker.of(this.definition).filter((issue) => issue.path === '/cases' || issue.path === '/caseSelection'), this.language, '')}
      ${cases.length === 0 ? html`<p>${t('none')}</p>` : html`<p class="hint">${t('keysHint')}</p>`}
      <ol class="items">
        ${cases.map((item, i) => this.renderCase(item, i))}
      </ol>
      <button type="button" id="add" @click=${() => this.add()}>${t('add')}</button>
      ${this.renderAnnouncement()}`;
  }
}

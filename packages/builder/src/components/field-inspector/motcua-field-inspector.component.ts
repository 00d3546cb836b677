import { AnswerRenameError, FieldError, PAGE_TYPE, readPage, renameAnswer, writePage, type Form, type InspectorValues, type ProcedureDefinition } from '@motcua/core';
import { html, nothing, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import type { Condition, Subject } from '../condition-editor/condition.js';
import { CONDITION_EDITOR_TEXT } from '../condition-editor/condition-editor-text.js';
import { clearCondition, setCondition, subjectsFor } from '../form-designer/field-condition.js';
import { answerPathOf, readMember, writeMember, type Slot } from '../form-designer/form-lens.js';
import type { OutlineItem } from '../form-designer/form-outline.js';
import type { PanelChangeDetail } from '../schema-panel/motcua-schema-panel.component.js';
import { FIELD_INSPECTOR_TEXT } from './field-inspector-text.js';
import { fieldInspectorStyles } from './motcua-field-inspector.styles.js';

/** What the inspector edits: a question of the form, or one of its pages. */
export type InspectorSelection = { kind: 'item'; item: OutlineItem } | { kind: 'page'; index: number };

export interface FormChangeDetail {
  form: Form;
  /** Where the edited question is now (a condition moves it into or out of an `allOf` entry). */
  slot?: Slot;
  /** Where the edited page is now, when it moved. */
  page?: number;
}

export interface AnswerRenameDetail {
  /** The new whole definition, everything that named the answer following its new name. */
  definition: ProcedureDefinition;
  /** Where the question is now. */
  slot: Slot;
  /** Its name before. */
  from: string;
}

/** A copy of the form with pages `a` and `b` swapped, each with its texts. */
function swapPages(form: Form, a: number, b: number): Form {
  const first = readPage(form, a);
  const second = readPage(form, b);
  return first && second ? writePage(writePage(form, a, second), b, first) : form;
}

/**
 * The values with every property of the inspector they leave out present and undefined: rjsf
 * otherwise fills an option list's first value into a property left out (its `constAsDefaults`),
 * and a short text with no pattern would get the first preset's at the officer's first edit.
 * rjsf keeps a value present, even undefined, and ajv skips an undefined member.
 */
function withAbsentMembers(values: InspectorValues, inspector: Form): InspectorValues {
  const properties = inspector.schema.properties;
  const names = properties !== null && typeof properties === 'object' ? Object.keys(properties) : [];
  return { ...Object.fromEntries(names.map((name) => [name, undefined])), ...values };
}

const keyOf = (selection: InspectorSelection | undefined): string | undefined =>
  selection === undefined ? undefined : selection.kind === 'item' ? selection.item.key : `page:${selection.index}`;

/**
 * The properties of the question or page selected in the form designer: its type's inspector
 * from core's registry in an rjsf panel, each valid change put through the type's
 * `fromInspector` into a new form, a `FieldError` shown beside the panel with the form left as it
 * was; and for a question, its answer name and the visual condition editor. A new answer name
 * goes through core's `renameAnswer` over the whole definition, so everything naming the answer
 * follows; a refusal is shown by the name, in the officer's language, and nothing is fired.
 *
 * @attr locale - `vi` (default) or `en`.
 * @prop form - The form being designed.
 * @prop definition - The whole definition the form belongs to, which a rename rewrites.
 * @prop selection - The question (an item of the designer's outline) or page edited.
 * @fires motcua-form-change - `detail` is `{ form, slot }`: the new form, and where the question now is.
 * @fires motcua-answer-rename - `detail` is `{ definition, slot, from }`: the new whole definition, where the renamed question now is, its old name.
 * @fires motcua-page-delete - The officer asked to delete the page; `detail.index` is its index.
 * @csspart field-error - The registry's refusal of the values.
 * @csspart answer-name-error - Core's refusal of a new answer name.
 */
export class MotcuaFieldInspector extends BuilderElement {
  static override styles = [hostStyles, fieldInspectorStyles];

  static override properties = {
    ...BuilderElement.properties,
    form: { attribute: false },
    definition: { attribute: false },
    selection: { attribute: false },
    fieldError: { state: true },
    nameDraft: { state: true },
    nameError: { state: true },
  };

  private readonly t = this.wording(FIELD_INSPECTOR_TEXT);

  declare form: Form | undefined;
  declare definition: ProcedureDefinition | undefined;
  declare selection: InspectorSelection | undefined;
  declare fieldError: string | undefined;
  /** The answer name as the officer is typing it. */
  declare nameDraft: string | undefined;
  declare nameError: AnswerRenameError | undefined;

  /**
   * Whether the officer has acted in the panel since choosing what it edits: rjsf reports the
   * values it fills in when it mounts as a change, and what was only looked at must not change.
   */
  private touched = false;
  /** The panel's values as the officer left them, kept while the form is the one this inspector last wrote. */
  private values: InspectorValues | undefined;
  private written: Form | undefined;
  private subjects: Subject[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const selectionMoved = changed.has('selection') && keyOf(changed.get('selection')) !== keyOf(this.selection);
    if (selectionMoved) {
      this.touched = false;
      this.fieldError = undefined;
      this.nameDraft = undefined;
      this.nameError = undefined;
    }
    if (selectionMoved || (changed.has('form') && this.form !== this.written)) this.values = undefined;
    const selection = this.selection;
    if ((changed.has('form') || changed.has('selection')) && this.form && selection?.kind === 'item') this.subjects = subjectsFor(this.form, selection.item.slot, this.language, { yes: CONDITION_EDITOR_TEXT.yes[this.language], no: CONDITION_EDITOR_TEXT.no[this.language] });
  }

  private emit(detail: FormChangeDetail): void {
    this.written = detail.form;
    this.dispatchEvent(new CustomEvent('motcua-form-change', { detail, bubbles: true, composed: true }));
  }

  /** Listened to while the event goes down, so it is known before rjsf, inside the panel, reports the change. */
  private readonly onTouched = {
    handleEvent: (): void => {
      this.touched = true;
    },
    capture: true,
  };

  private readonly onPanelChange = (event: CustomEvent<PanelChangeDetail>): void => {
    const { form, selection } = this;
    if (!this.touched || !form || !selection) return;
    const values = event.detail.formData as InspectorValues;
    this.values = values;
    if (event.detail.errors.length > 0) return;
    if (selection.kind === 'page') {
      const page = readPage(form, selection.index);
      if (page) this.emit({ form: writePage(form, selection.index, PAGE_TYPE.fromInspector(values, page)) });
      return;
    }
    const { type, slot } = selection.item;
    if (!type) return;
    try {
      const field = type.fromInspector(values, readMember(form, slot));
      this.fieldError = undefined;
      this.emit({ form: writeMember(form, slot, field), slot });
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      this.fieldError = error.messageIn(this.language);
    }
  };

  private readonly onConditionChange = (event: CustomEvent<{ condition: Condition | undefined }>): void => {
    const { form, selection } = this;
    if (!form || selection?.kind !== 'item') return;
    const { slot } = selection.item;
    const placed = event.detail.condition ? setCondition(form, slot, event.detail.condition) : clearCondition(form, slot);
    if (placed) this.emit(placed);
  };

  private renameTo(slot: Slot, name: string): void {
    const { definition } = this;
    if (!definition) return;
    if (name === slot.name) {
      this.nameError = undefined;
      return;
    }
    try {
      const renamed = renameAnswer(definition, answerPathOf(slot), name);
      this.nameError = undefined;
      this.nameDraft = undefined;
      const detail: AnswerRenameDetail = { definition: renamed, slot: { ...slot, name }, from: slot.name };
      this.dispatchEvent(new CustomEvent('motcua-answer-rename', { detail, bubbles: true, composed: true }));
    } catch (error) {
      if (!(error instanceof AnswerRenameError)) throw error;
      this.nameError = error;
    }
  }

  /** The answer's name, which the officer may change; Enter in the input renames as the button does. */
  private renderAnswerName(slot: Slot) {
    const t = this.t;
    const error = this.nameError;
    const rename = () => this.renameTo(slot, (this.nameDraft ?? slot.name).trim());
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Enter') return;
      event.preventDefault();
      rename();
    };
    return html`<div class="answer-name">
      <label for="answer-name">${t('answerName')}</label>
      <p class="hint" id="answer-name-hint">${t('answerNameHint')}</p>
      <div class="row">
        <input id="answer-name" autocomplete="off" spellcheck="false" .value=${live(this.nameDraft ?? slot.name)} aria-describedby=${error ? 'answer-name-hint answer-name-error' : 'answer-name-hint'} aria-invalid=${error ? 'true' : 'false'}
          @input=${(event: InputEvent) => (this.nameDraft = (event.target as HTMLInputElement).value)} @keydown=${onKey} />
        <button type="button" class="secondary" data-action="rename-answer" @click=${rename}>${t('rename')}</button>
      </div>
      ${error ? html`<p id="answer-name-error" role="alert" part="answer-name-error"><strong>${t('renameError')}</strong> ${error.messageIn(this.language)}</p>` : nothing}
    </div>`;
  }

  /** A type's inspector, showing the officer's values while they are still at it, else those read from the form. */
  private renderPanel(inspector: Form, read: () => InspectorValues) {
    return html`<motcua-schema-panel locale=${this.language} .schema=${inspector.schema} .uiSchema=${inspector.uiSchema} .i18n=${inspector.i18n} .formData=${withAbsentMembers(this.values ?? read(), inspector)}
      @motcua-panel-change=${this.onPanelChange} @input=${this.onTouched} @click=${this.onTouched} @keydown=${this.onTouched}></motcua-schema-panel>`;
  }

  override render() {
    const t = this.t;
    const { form, selection } = this;
    if (!form || !selection) return html`<p>${t('nothingSelected')}</p>`;
    if (selection.kind === 'page') {
      const page = readPage(form, selection.index);
      if (!page) return nothing;
      const remove = () => this.dispatchEvent(new CustomEvent('motcua-page-delete', { detail: { index: selection.index }, bubbles: true, composed: true }));
      const { index } = selection;
      const pages = form.uiSchema?.['ui:pages'];
      const count = Array.isArray(pages) ? pages.length : 0;
      const move = (to: number) => this.form && this.emit({ form: swapPages(this.form, index, to), page: to });
      return html`${this.renderPanel(PAGE_TYPE.inspector, () => PAGE_TYPE.toInspector(page))}
        <div class="actions">
          <button type="button" class="secondary" data-action="page-earlier" ?disabled=${index === 0} @click=${() => move(index - 1)}>${t('pageEarlier')}</button>
          <button type="button" class="secondary" data-action="page-later" ?disabled=${index >= count - 1} @click=${() => move(index + 1)}>${t('pageLater')}</button>
          <button type="button" class="secondary" data-action="delete-page" @click=${remove}>${t('removePage')}</button>
        </div>`;
    }
    const { item } = selection;
    const field = readMember(form, item.slot);
    const type = item.type;
    if (!type || !field) return html`${this.renderAnswerName(item.slot)}<p>${t('notEditable')}</p>`;
    return html`${this.renderAnswerName(item.slot)}
      ${this.fieldError ? html`<p role="alert" part="field-error"><strong>${t('fieldError')}</strong> ${this.fieldError}</p>` : nothing}
      ${this.renderPanel(type.inspector, () => type.toInspector(field))}
      <motcua-condition-editor locale=${this.language} .subjects=${this.subjects} .state=${item.condition} @motcua-condition-change=${this.onConditionChange}></motcua-condition-editor>`;
  }
}

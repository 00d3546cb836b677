import { fieldTypeById, PAGE_TYPE, type Form, type Locale, type ProcedureDefinition } from '@motcua/core';
import { html, type PropertyValues } from 'lit';
import { BuilderElement, hostStyles } from '../../shared/builder-element.js';
import type { AnswerRenameDetail, FormChangeDetail, InspectorSelection } from '../field-inspector/motcua-field-inspector.component.js';
import { renderCanvas, renderPalette, type CanvasHost } from './designer-canvas.js';
import { FORM_DESIGNER_TEXT } from './form-designer-text.js';
import { isNode, ROOT, schemaPointerOf } from './form-lens.js';
import { appendPage, deleteMember, insertField, moveMember, removePage, type Placed, type Target } from './form-moves.js';
import { flatten, outlineOf, type Outline, type OutlineItem } from './form-outline.js';
import { placeProblems, type DesignerProblem } from './form-problems.js';
import { keyboardMoves } from './keyboard-moves.js';
import { pageOf, pagesOf, plainOrder } from './member-order.js';
import { formDesignerStyles } from './motcua-form-designer.styles.js';

type Where = 'after' | 'inside' | 'end';

const DRAG_TYPE = 'application/x-motcua-type';
const DRAG_ITEM = 'application/x-motcua-item';
const EMPTY_FORM: Form = { schema: { type: 'object', properties: {} } };

/**
 * The form designer: a palette of core's field types, the form's structure (pages, sections,
 * repeating groups, questions) on a canvas, and for the selected question its type's inspector
 * (an rjsf panel from core's registry) and a visual condition editor. Questions are added by
 * drag and drop or by keyboard (press a type: it goes where "Add it" says), moved by drag and
 * drop or by the selected question's buttons (Alt + arrows too), focus following the question
 * and a live region saying where it went. It never changes the definition it is given: each
 * edit fires a new one, only its `form` changed, except a new answer name, given in the
 * inspector: core's `renameAnswer` rewrites everything in the definition that names the answer.
 *
 * @attr server - The Một Cửa server; the page's own origin when absent.
 * @attr locale - The officer's language, `vi` (default) or `en`.
 * @prop definition - The procedure definition whose `form` is edited; may be incomplete.
 * @prop problems - What core's `validateProcedure` finds in the definition (`{ path, message: { vi, en } }`), as the
 *   editor shell checks it; those in the form are shown by the question, page or form they are about.
 * @fires motcua-definition-change - `detail.definition` is the new whole definition.
 * @csspart palette - The field types.
 * @csspart canvas - The form's structure.
 * @csspart inspector - The selected question's properties and condition.
 * @csspart field-error - A registry's refusal of the inspector's values, the definition unchanged.
 */
export class MotcuaFormDesigner extends BuilderElement implements CanvasHost {
  static override styles = [hostStyles, formDesignerStyles];

  static override properties = {
    ...BuilderElement.properties,
    definition: { attribute: false },
    problems: { attribute: false },
    selected: { state: true },
    where: { state: true },
    dragging: { state: true },
    announcement: { state: true },
  };

  readonly t = this.wording(FORM_DESIGNER_TEXT);

  declare definition: ProcedureDefinition | undefined;
  declare problems: DesignerProblem[] | undefined;
  declare selected: string | undefined;
  declare where: Where;
  declare dragging: boolean;
  declare announcement: string;

  private outline: Outline = { items: [], pages: [] };
  private placedProblems = new Map<string, { id: string; messages: string[] }>();

  constructor() {
    super();
    this.where = 'after';
    this.dragging = false;
    this.announcement = '';
  }

  get officerLocale(): Locale {
    return this.language;
  }

  private get form(): Form {
    const form = this.definition?.form;
    return isNode(form) && isNode(form.schema) ? form : EMPTY_FORM;
  }

  /** The index of the selected page, when a page is selected. */
  private get selectedPage(): number | undefined {
    const index = /^page:(\d+)$/.exec(this.selected ?? '')?.[1];
    return index !== undefined && Number(index) < this.outline.pages.length ? Number(index) : undefined;
  }

  private get selectedItem(): OutlineItem | undefined {
    return flatten(this.outline.items).find((item) => item.key === this.selected);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('definition') || changed.has('locale')) this.outline = outlineOf(this.form, this.language);
    if (changed.has('definition') || changed.has('locale') || changed.has('problems')) {
      const placed = [...placeProblems(this.problems ?? [], this.outline)];
      this.placedProblems = new Map(placed.map(([place, messages], i) => [place, { id: `problems-${i}`, messages: messages.map((message) => message[this.language]) }]));
    }
    if (this.selected !== undefined && !this.selectedItem && this.selectedPage === undefined) this.selected = undefined;
  }

  private emit(form: Form): void {
    this.emitDefinition({ ...this.definition, form } as ProcedureDefinition);
  }

  private emitDefinition(definition: ProcedureDefinition): void {
    this.definition = definition;
    this.dispatchEvent(new CustomEvent('motcua-definition-change', { detail: { definition }, bubbles: true, composed: true }));
  }

  private say(text: string): void {
    this.announcement = text;
  }

  private async focusItem(key: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button.select[data-key="${CSS.escape(key)}"]`)?.focus();
  }

  problemsAt(place: string) {
    return this.placedProblems.get(place);
  }

  movesOf(item: OutlineItem) {
    return keyboardMoves(this.form, this.outline, item);
  }

  onSelect(item: OutlineItem): void {
    this.selected = item.key;
  }

  onSelectPage(index: number): void {
    this.selected = `page:${index}`;
  }

  onItemKey(event: KeyboardEvent, item: OutlineItem): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.selected = item.key;
    const moves = this.movesOf(item);
    this.onMove(item, event.key === 'ArrowUp' ? moves.up : moves.down);
  }

  /** Where a new question goes, from "Add it" and the selected question. */
  private targetForNew(): Target {
    const item = this.selectedItem;
    const pages = pagesOf(this.form);
    const end: Target = { object: ROOT, index: plainOrder(this.form, ROOT).length, ...(pages.length > 0 ? { page: pages.length - 1 } : {}) };
    if (!item || this.where === 'end') return end;
    if (this.where === 'inside' && item.inner) return { object: item.inner, index: plainOrder(this.form, item.inner).length };
    const peers = plainOrder(this.form, item.slot.object);
    const paged = item.slot.object.schema === '' && pages.length > 0;
    const page = paged ? pageOf(this.form, item.slot.name) : undefined;
    const onPage = page === undefined ? peers : peers.filter((name) => pageOf(this.form, name) === page);
    const at = item.slot.branch === '' ? onPage.indexOf(item.slot.name) + 1 : onPage.length;
    return { object: item.slot.object, index: at, ...(page === undefined ? {} : { page }) };
  }

  onAddType(id: string, target: Target = this.targetForNew()): void {
    if (id === PAGE_TYPE.id) {
      this.emit(appendPage(this.form, PAGE_TYPE.create()));
      this.say(this.t('pageAdded', { n: pagesOf(this.form).length }));
      return;
    }
    const type = fieldTypeById(id);
    if (!type) return;
    const placed = insertField(this.form, target, type.create());
    this.emit(placed.form);
    this.selected = schemaPointerOf(placed.slot);
    this.say(this.t('added', { label: type.label[this.language] }));
  }

  onMove(item: OutlineItem, target: Target | undefined): void {
    const placed = target ? moveMember(this.form, item.slot, target) : undefined;
    if (!placed) return;
    this.emit(placed.form);
    const key = schemaPointerOf(placed.slot);
    this.selected = key;
    this.announceMove(item.label, placed);
    void this.focusItem(key);
  }

  private announceMove(label: string, placed: Placed): void {
    const outline = outlineOf(placed.form, this.language);
    const all = flatten(outline.items);
    const moved = all.find((each) => each.key === schemaPointerOf(placed.slot));
    const parent = all.find((each) => moved && each.children.includes(moved));
    const page = outline.pages.find((each) => moved && each.items.includes(moved));
    const siblings = parent?.children ?? page?.items ?? outline.items;
    const where = parent?.label ?? (page ? this.t('page', { n: page.index + 1, title: page.title }) : this.t('theForm'));
    this.say(this.t('moved', { label, position: moved ? siblings.indexOf(moved) + 1 : 0, count: siblings.length, where }));
  }

  onDelete(item: OutlineItem): void {
    const list = flatten(this.outline.items);
    const next = list[list.indexOf(item) + 1 + flatten(item.children).length] ?? list[list.indexOf(item) - 1];
    this.emit(deleteMember(this.form, item.slot));
    this.selected = undefined;
    this.say(this.t('removed', { label: item.label }));
    if (next && next.key !== item.key) void this.focusItem(next.key);
  }

  onPaletteDragStart(event: DragEvent, id: string): void {
    event.dataTransfer?.setData(DRAG_TYPE, id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'copy';
    this.dragging = true;
  }

  onItemDragStart(event: DragEvent, item: OutlineItem): void {
    event.dataTransfer?.setData(DRAG_ITEM, item.key);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
    this.dragging = true;
  }

  onDragEnd(): void {
    this.dragging = false;
  }

  onDrop(event: DragEvent, target: Target): void {
    event.preventDefault();
    event.stopPropagation();
    this.dragging = false;
    const id = event.dataTransfer?.getData(DRAG_TYPE);
    const key = event.dataTransfer?.getData(DRAG_ITEM);
    if (id) this.onAddType(id, target);
    const item = key ? flatten(this.outline.items).find((each) => each.key === key) : undefined;
    if (item) this.onMove(item, target);
  }

  private readonly onFormChange = (event: CustomEvent<FormChangeDetail>): void => {
    const { form, slot, page } = event.detail;
    this.emit(form);
    if (slot) this.selected = schemaPointerOf(slot);
    if (page !== undefined) {
      this.selected = `page:${page}`;
      this.say(this.t('pageMoved', { n: page + 1, count: pagesOf(form).length }));
      void this.focusItem(`page:${page}`);
    }
  };

  /** A rename rewrote the whole definition (conditions, fees, documents as well as the form); the question stays selected under its new name. */
  private readonly onAnswerRename = (event: CustomEvent<AnswerRenameDetail>): void => {
    const { definition, slot, from } = event.detail;
    this.emitDefinition(definition);
    this.selected = schemaPointerOf(slot);
    this.say(this.t('renamed', { from, to: slot.name }));
  };

  private readonly onPageDelete = (event: CustomEvent<{ index: number }>): void => this.onDeletePage(event.detail.index);

  private onDeletePage(index: number): void {
    const title = this.outline.pages[index]?.title ?? '';
    this.emit(removePage(this.form, index));
    this.selected = undefined;
    this.say(this.t('pageRemoved', { n: index + 1, title }));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#canvas-heading')?.focus());
  }

  private get inspected(): InspectorSelection | undefined {
    const item = this.selectedItem;
    const page = this.selectedPage;
    return item ? { kind: 'item', item } : page !== undefined ? { kind: 'page', index: page } : undefined;
  }

  override render() {
    const t = this.t;
    return html`<div class="designer">
        <section part="palette" aria-labelledby="palette-heading">
          <h3 id="palette-heading">${t('palette')}</h3>
          <label for="where">${t('where')}</label>
          <select id="where" @change=${(event: Event) => (this.where = (event.target as HTMLSelectElement).value as Where)}>
            ${(['after', 'inside', 'end'] as const).map((where) => html`<option value=${where} ?selected=${this.where === where}>${t(`where.${where}`)}</option>`)}
          </select>
          ${renderPalette(this)}
        </section>
        <section part="canvas" aria-labelledby="canvas-heading" class=${this.dragging ? 'dragging' : ''}>
          <h3 id="canvas-heading" tabindex="-1">${t('canvas')}</h3>
          <p class="hint">${t('canvasHint')}</p>
          ${renderCanvas(this, this.outline, ROOT)}
        </section>
        <section part="inspector" aria-labelledby="inspector-heading">
          <h3 id="inspector-heading">${t('inspector')}${this.selectedItem ? `: ${this.selectedItem.label}` : this.selectedPage !== undefined ? `: ${t('page', { n: this.selectedPage + 1, title: this.outline.pages[this.selectedPage]?.title ?? '' })}` : ''}</h3>
          <motcua-field-inspector locale=${this.language} .form=${this.form} .definition=${this.definition} .selection=${this.inspected}
            @motcua-form-change=${this.onFormChange} @motcua-answer-rename=${this.onAnswerRename} @motcua-page-delete=${this.onPageDelete}></motcua-field-inspector>
        </section>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}

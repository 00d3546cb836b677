import { FIELD_CATEGORIES, PALETTE, type Locale } from '@motcua/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Condition } from '../condition-editor/condition.js';
import { CONDITION_EDITOR_TEXT } from '../condition-editor/condition-editor-text.js';
import type { ObjectRef } from './form-lens.js';
import type { Target } from './form-moves.js';
import type { Outline, OutlineItem } from './form-outline.js';
import type { KeyboardMoves } from './keyboard-moves.js';
import type { FORM_DESIGNER_TEXT } from './form-designer-text.js';

type Words = (key: keyof typeof FORM_DESIGNER_TEXT, values?: Record<string, string | number>) => string;

/** What the canvas and the palette ask of the designer that draws them. */
export interface CanvasHost {
  t: Words;
  officerLocale: Locale;
  selected: string | undefined;
  dragging: boolean;
  movesOf(item: OutlineItem): KeyboardMoves;
  /** The problems shown by a question (its key), a page (`page:N`) or the whole form (`form`), with the id that describes it. */
  problemsAt(place: string): { id: string; messages: string[] } | undefined;
  onSelect(item: OutlineItem): void;
  onSelectPage(index: number): void;
  onItemKey(event: KeyboardEvent, item: OutlineItem): void;
  onMove(item: OutlineItem, target: Target | undefined): void;
  onDelete(item: OutlineItem): void;
  onAddType(id: string): void;
  onPaletteDragStart(event: DragEvent, id: string): void;
  onItemDragStart(event: DragEvent, item: OutlineItem): void;
  onDragEnd(): void;
  onDrop(event: DragEvent, target: Target): void;
}

const allowDrop = (event: DragEvent): void => {
  event.preventDefault();
  if (event.dataTransfer) event.dataTransfer.dropEffect = event.dataTransfer.effectAllowed === 'copy' ? 'copy' : 'move';
};

export function renderPalette(host: CanvasHost): TemplateResult {
  const t = host.t;
  return html`${FIELD_CATEGORIES.map((category) => {
    const types = PALETTE.filter((type) => type.category === category.id);
    return html`<h4 id=${`category-${category.id}`}>${category.label[host.officerLocale]}</h4>
      <ul class="types" aria-labelledby=${`category-${category.id}`}>
        ${types.map(
          (type) => html`<li>
            <button type="button" class="type secondary" draggable="true" data-type=${type.id} title=${type.description[host.officerLocale]}
              @click=${() => host.onAddType(type.id)} @dragstart=${(event: DragEvent) => host.onPaletteDragStart(event, type.id)} @dragend=${() => host.onDragEnd()}>${type.label[host.officerLocale]}</button>
          </li>`,
        )}
      </ul>`;
  })}
  <p class="hint">${t('paletteHint')}</p>`;
}

function conditionText(host: CanvasHost, item: OutlineItem, siblings: readonly OutlineItem[]): string | undefined {
  const state = item.condition;
  if (state.kind === 'always') return undefined;
  if (state.kind === 'by-hand') return host.t('byHand');
  const { subject, operator, value }: Condition = state.condition;
  const words = CONDITION_EDITOR_TEXT;
  const locale = host.officerLocale;
  const tested = siblings.find((each) => each.slot.name === subject);
  if (!tested) return host.t('lostSubject', { name: subject });
  const named = (one: unknown): string =>
    tested.options.find((option) => option.value === one)?.label ?? (typeof one === 'boolean' ? words[one ? 'yes' : 'no'][locale] : String(one));
  const shown = Array.isArray(value) ? value.map(named).join(', ') : named(value);
  return host.t('shownWhen', { condition: `${tested.label} ${words[`op.${operator}`][locale]} ${shown}` });
}

export function renderProblems(problems: { id: string; messages: string[] } | undefined): TemplateResult | typeof nothing {
  if (!problems) return nothing;
  return html`<ul class="problems" id=${problems.id}>${problems.messages.map((message) => html`<li>${message}</li>`)}</ul>`;
}

function dropSlot(host: CanvasHost, target: Target): TemplateResult | typeof nothing {
  if (!host.dragging) return nothing;
  return html`<li class="drop" aria-hidden="true" data-object=${target.object.schema} data-index=${target.index} data-page=${target.page ?? nothing}
    @dragover=${allowDrop} @drop=${(event: DragEvent) => host.onDrop(event, target)}>${host.t('dropHere')}</li>`;
}

function renderItem(host: CanvasHost, item: OutlineItem, siblings: readonly OutlineItem[]): TemplateResult {
  const t = host.t;
  const selected = host.selected === item.key;
  const condition = conditionText(host, item, siblings);
  const movable = item.slot.branch === '';
  const moves = selected ? host.movesOf(item) : {};
  const typeLabel = item.type ? item.type.label[host.officerLocale] : t('unknownType');
  const problems = host.problemsAt(item.key);
  return html`<li class="item" data-key=${item.key}>
    <div class=${selected ? 'row selected' : 'row'} draggable=${movable ? 'true' : 'false'} @dragstart=${(event: DragEvent) => movable && host.onItemDragStart(event, item)} @dragend=${() => host.onDragEnd()}
      @dragover=${item.inner ? allowDrop : nothing} @drop=${item.inner ? (event: DragEvent) => host.onDrop(event, { object: item.inner as ObjectRef, index: item.children.filter((c) => c.slot.branch === '').length }) : nothing}>
      <button type="button" class="select" data-key=${item.key} aria-pressed=${selected ? 'true' : 'false'} aria-describedby=${problems?.id ?? nothing} @click=${() => host.onSelect(item)} @keydown=${(event: KeyboardEvent) => host.onItemKey(event, item)}>
        <span class="label">${item.label}</span> <span class="type">${typeLabel}</span>
        ${condition ? html`<span class="condition">${condition}</span>` : nothing}
      </button>
      ${selected
        ? html`<span class="tools" role="group" aria-label=${t('actions', { label: item.label })}>
            <button type="button" class="secondary" data-action="up" ?disabled=${!moves.up} @click=${() => host.onMove(item, moves.up)}>${t('up')}</button>
            <button type="button" class="secondary" data-action="down" ?disabled=${!moves.down} @click=${() => host.onMove(item, moves.down)}>${t('down')}</button>
            <button type="button" class="secondary" data-action="into" ?disabled=${!moves.into} @click=${() => host.onMove(item, moves.into)}>${t('into')}</button>
            <button type="button" class="secondary" data-action="out" ?disabled=${!moves.out} @click=${() => host.onMove(item, moves.out)}>${t('out')}</button>
            <button type="button" class="secondary" data-action="delete" @click=${() => host.onDelete(item)}>${t('remove')}</button>
            ${movable ? nothing : html`<span class="hint">${t('fixedByCondition')}</span>`}
          </span>`
        : nothing}
    </div>
    ${renderProblems(problems)}
    ${item.inner ? renderList(host, item.children, item.inner, undefined, t('emptyInside')) : nothing}
  </li>`;
}

/** A list of questions, with a place to drop before each question shown always and after the last. */
function renderList(host: CanvasHost, items: readonly OutlineItem[], object: ObjectRef, page: number | undefined, empty: string): TemplateResult {
  const plain = items.filter((item) => item.slot.branch === '');
  const at = (index: number): Target => ({ object, index, ...(page === undefined ? {} : { page }) });
  if (items.length === 0) return html`<ol class="items">${dropSlot(host, at(0))}<li class="empty">${empty}</li></ol>`;
  return html`<ol class="items">
    ${plain.map((item, i) => html`${dropSlot(host, at(i))}${renderItem(host, item, items)}`)}
    ${dropSlot(host, at(plain.length))}
    ${items.filter((item) => item.slot.branch !== '').map((item) => renderItem(host, item, items))}
  </ol>`;
}

export function renderCanvas(host: CanvasHost, outline: Outline, root: ObjectRef): TemplateResult {
  const t = host.t;
  const whole = renderProblems(host.problemsAt('form'));
  if (outline.pages.length === 0) return html`${whole}${renderList(host, outline.items, root, undefined, t('empty'))}`;
  return html`${whole}${outline.pages.map(
    (page) => html`<section class="page" aria-labelledby=${`page-${page.index}`}>
      <h4 id=${`page-${page.index}`}>
        <button type="button" class="select" data-key=${`page:${page.index}`} aria-pressed=${host.selected === `page:${page.index}` ? 'true' : 'false'} @click=${() => host.onSelectPage(page.index)}>${t('page', { n: page.index + 1, title: page.title })}</button>
      </h4>
      ${renderProblems(host.problemsAt(`page:${page.index}`))}
      ${renderList(host, page.items, root, page.index, t('emptyPage'))}
    </section>`,
  )}`;
}

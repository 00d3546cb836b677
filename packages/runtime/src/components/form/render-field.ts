import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type PropertyPart } from 'lit/directive.js';
import { answerAt, numberText } from './answers.js';
import { describedIds, field, showValue, type FieldWords } from './field-part.js';
import type { FieldView } from './form-view.js';

/** What rendering needs besides the views: the answers, the errors shown, and the UI's words. */
export interface RenderState {
  answers: Record<string, unknown>;
  errors: ReadonlyMap<string, string>;
  hidden: ReadonlySet<string>;
  word: (key: FieldWord) => string;
}

export type FieldWord = 'optional' | 'errorPrefix' | 'add' | 'remove' | 'moveUp' | 'moveDown' | 'yes' | 'no' | 'choose' | 'item' | 'unsupported' | 'currency';

/*
 * Templates are written without whitespace between tags: every text node is
 * a DOM node, and a 300-field form's layout cost grows with its node count.
 * Inputs carry no listeners of their own; the form listens once, on its root,
 * and finds the field by the input's `name`, its answer's JSON Pointer.
 */

/** A radio's or a box's `checked`, kept to the answers as a field's control keeps its value (see `showValue`). */
class Checked extends Directive {
  render(checked: boolean): unknown {
    return checked;
  }

  override update(part: PropertyPart, [checked]: [boolean]): unknown {
    showValue(part.element as HTMLElement & Record<string, unknown>, 'checked', checked, undefined);
    return noChange;
  }
}

const checked = directive(Checked);

function describedBy(view: FieldView, error: string | undefined): string | typeof nothing {
  return describedIds(view, error) ?? nothing;
}

function extras(view: FieldView, error: string | undefined, state: RenderState): TemplateResult | typeof nothing {
  if (!view.hint && !error) return nothing;
  return html`${view.hint ? html`<div class="hint" id="${view.id}-h">${view.hint}</div>` : nothing}${error ? html`<p class="error-message" id="${view.id}-e"><span class="vh">${state.word('errorPrefix')}</span> ${error}</p>` : nothing}`;
}

/** A label's whole text as one string, set as `textContent`: no marker comment, no nested template. */
function labelText(view: FieldView, state: RenderState): string {
  return view.required ? view.label : `${view.label} ${state.word('optional')}`;
}

/** A field's words for `field`: what `state.word` says, asked once per render rather than once per field. */
function fieldWords(view: FieldView, state: RenderState): FieldWords {
  return { label: labelText(view, state), errorPrefix: state.word('errorPrefix'), choose: state.word('choose') };
}

/*
 * One flat template per kind of control, with one part: `field` fills in the
 * wrapper, label, hint, error and control (see there). What every field of a
 * kind has is written in the template, which the browser clones at once.
 */
function textField(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const value = answerAt(state.answers, view.path);
  const text = view.kind === 'number' ? numberText(view, value) : value === undefined || value === null ? '' : String(value);
  if (view.kind === 'textarea') return html`<div ${field(view, error, text, fieldWords(view, state))} class="field"><label></label><textarea></textarea></div>`;
  return html`<div ${field(view, error, text, fieldWords(view, state))} class="field"><label></label><input></div>`;
}

function checkbox(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  return html`<div ${field(view, error, answerAt(state.answers, view.path) === true, fieldWords(view, state))} class="field check"><input type="checkbox"><label></label></div>`;
}

function choiceValue(view: FieldView, value: unknown): string {
  const index = (view.options ?? []).findIndex((o) => o.value === value);
  return index === -1 ? '' : String(index);
}

function radios(view: FieldView, state: RenderState, error: string | undefined, choices: { value: unknown; label: string }[]): TemplateResult {
  const current = answerAt(state.answers, view.path);
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${labelText(view, state)}></legend>${extras(view, error, state)}${choices.map(
    (option, i) => html`<div class="check"><input type="radio" id="${view.id}-${i}" name=${view.path} value=${i} .checked=${checked(current === option.value)} ?disabled=${view.readOnly}><label for="${view.id}-${i}" .textContent=${option.label}></label></div>`,
  )}</fieldset>`;
}

function select(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  return html`<div ${field(view, error, choiceValue(view, answerAt(state.answers, view.path)), fieldWords(view, state))} class="field"><label></label><select></select></div>`;
}

function checkboxes(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const chosen = answerAt(state.answers, view.path);
  const picked = Array.isArray(chosen) ? chosen : [];
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${labelText(view, state)}></legend>${extras(view, error, state)}${(view.options ?? []).map(
    (option, i) => html`<div class="check"><input type="checkbox" id="${view.id}-${i}" name=${view.path} value=${i} .checked=${checked(picked.includes(option.value))} ?disabled=${view.readOnly}><label for="${view.id}-${i}" .textContent=${option.label}></label></div>`,
  )}</fieldset>`;
}

function repeatable(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const items = view.items ?? [];
  const options = (view.ui['ui:options'] ?? {}) as { addable?: boolean; removable?: boolean; orderable?: boolean };
  const max = typeof view.schema.maxItems === 'number' ? view.schema.maxItems : Infinity;
  const min = typeof view.schema.minItems === 'number' ? view.schema.minItems : 0;
  const canRemove = !view.readOnly && options.removable !== false && items.length > min;
  const canOrder = !view.readOnly && options.orderable !== false && items.length > 1;
  return html`<fieldset class=${error ? 'list invalid' : 'list'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${labelText(view, state)}></legend>${extras(view, error, state)}${items.map((item, i) => {
    const title = `${view.label} ${i + 1}`;
    return html`<div class="item" role="group" aria-label=${title}>${item.kind === 'group' ? fields(item.children ?? [], state, item.columns) : renderField({ ...item, label: title }, state)}<div class="item-actions">${canOrder && i > 0 ? html`<button type="button" data-action="up" data-path=${view.path} data-index=${i} aria-label="${state.word('moveUp')}: ${title}">↑</button>` : nothing}${canOrder && i < items.length - 1 ? html`<button type="button" data-action="down" data-path=${view.path} data-index=${i} aria-label="${state.word('moveDown')}: ${title}">↓</button>` : nothing}${canRemove ? html`<button type="button" data-action="remove" data-path=${view.path} data-index=${i}>${state.word('remove')}<span class="vh"> ${title}</span></button>` : nothing}</div></div>`;
  })}${!view.readOnly && options.addable !== false && items.length < max ? html`<button type="button" class="secondary" data-action="add" data-path=${view.path}>${state.word('add')}: ${view.label}</button>` : nothing}</fieldset>`;
}

function group(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const notice = view.unsupported?.length ? html`<p class="notice" role="note">${state.word('unsupported')} ${view.unsupported.join(', ')}</p>` : nothing;
  return html`<fieldset class=${view.path.split('/').length === 2 ? 'group section' : 'group'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${view.label}></legend>${extras(view, error, state)}${notice}${fields(view.children ?? [], state, view.columns)}</fieldset>`;
}

/** The control for one field, by kind. */
export function renderField(view: FieldView, state: RenderState): TemplateResult | typeof nothing {
  const error = state.errors.get(view.path);
  switch (view.kind) {
    case 'group':
      return group(view, state, error);
    case 'list':
      return repeatable(view, state, error);
    case 'checkboxes':
      return checkboxes(view, state, error);
    case 'radios':
      return radios(view, state, error, view.options ?? []);
    case 'yes-no':
      return radios(view, state, error, [
        { value: true, label: state.word('yes') },
        { value: false, label: state.word('no') },
      ]);
    case 'select':
      return select(view, state, error);
    case 'checkbox':
      return checkbox(view, state, error);
    case 'hidden':
      return nothing;
    default:
      return textField(view, state, error);
  }
}

/** A group's fields, in a grid of `columns` where its uiSchema asks for one. */
export function fields(views: readonly FieldView[], state: RenderState, columns?: number): TemplateResult {
  const visible = views.filter((v) => !state.hidden.has(v.path));
  return html`<div class=${columns ? `fields cols-${columns}` : 'fields'}>${visible.map((v) => renderField(v, state))}</div>`;
}

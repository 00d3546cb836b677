import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart, type PropertyPart } from 'lit/directive.js';
import { answerAt, numberText, parseText } from './answers.js';
import { controlAttributes, describedIds } from './control-attributes.js';
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

/**
 * Sets a control's value, `checked` or `selected` to what the answers say,
 * comparing with the control itself, not (as lit does) with what it set
 * last: the citizen changes controls without a render, and a box reused for
 * another list item must not keep what was typed into the one removed. Text
 * the citizen is typing stays as typed while it means the answer ("1,5" is
 * 1.5): a render meanwhile must not rewrite it under the caret.
 */
class Shown extends Directive {
  render(value: unknown, _typed?: FieldView): unknown {
    return value;
  }

  override update(part: PropertyPart, [value, typed]: [unknown, FieldView?]): unknown {
    const control = part.element as HTMLElement & Record<string, unknown>;
    // A control being created is nobody's to type into yet: the first render only sets.
    if (!control.isConnected) {
      if (value !== '' && value !== false) control[part.name] = value;
      return noChange;
    }
    const now = control[part.name];
    if (now === value) return noChange;
    const typing = typed && (control.getRootNode() as ShadowRoot).activeElement === control;
    if (typing && parseText(typed, String(now)) === parseText(typed, String(value))) return noChange;
    control[part.name] = value;
    return noChange;
  }
}

const shown = directive(Shown);

/**
 * A select's options, made with `new Option` rather than one lit template
 * each: a 300-field form has hundreds of options, and each template instance
 * would cost a marker comment and a part. Rebuilt only when the list itself
 * changes; the chosen one follows the answer as `shown` does for inputs.
 */
class Options extends Directive {
  private list: readonly { label: string }[] | undefined;

  render(_list: readonly { label: string }[], _chosen: string, _placeholder: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [list, chosen, placeholder]: [readonly { label: string }[], string, string]): unknown {
    const element = part.element as HTMLSelectElement;
    if (list !== this.list) {
      this.list = list;
      element.replaceChildren(new Option(placeholder, ''), ...list.map((option, i) => new Option(option.label, String(i))));
    }
    if (element.value !== chosen) element.value = chosen;
    return noChange;
  }
}

const selectOptions = directive(Options);

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

function textField(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const value = answerAt(state.answers, view.path);
  const text = view.kind === 'number' ? numberText(view, value) : value === undefined || value === null ? '' : String(value);
  const cls = error ? 'field invalid' : 'field';
  const label = labelText(view, state);
  // One flat template per control, no nested ones: each nested template is another instance and marker per field.
  if (view.kind === 'textarea') {
    return html`<div class=${cls}><label for=${view.id} .textContent=${label}></label>${extras(view, error, state)}<textarea ${controlAttributes(view, error)} .value=${shown(text, view)}></textarea></div>`;
  }
  return html`<div class=${cls}><label for=${view.id} .textContent=${label}></label>${extras(view, error, state)}<input ${controlAttributes(view, error)} .value=${shown(text, view)}></div>`;
}

function checkbox(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  return html`<div class=${error ? 'field check invalid' : 'field check'}>${extras(view, error, state)}<input ${controlAttributes(view, error)} .checked=${shown(answerAt(state.answers, view.path) === true)}><label for=${view.id} .textContent=${view.label}></label></div>`;
}

function choiceValue(view: FieldView, value: unknown): string {
  const index = (view.options ?? []).findIndex((o) => o.value === value);
  return index === -1 ? '' : String(index);
}

function radios(view: FieldView, state: RenderState, error: string | undefined, choices: { value: unknown; label: string }[]): TemplateResult {
  const current = answerAt(state.answers, view.path);
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${labelText(view, state)}></legend>${extras(view, error, state)}${choices.map(
    (option, i) => html`<div class="check"><input type="radio" id="${view.id}-${i}" name=${view.path} value=${i} .checked=${shown(current === option.value)} ?disabled=${view.readOnly}><label for="${view.id}-${i}" .textContent=${option.label}></label></div>`,
  )}</fieldset>`;
}

function select(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const current = choiceValue(view, answerAt(state.answers, view.path));
  return html`<div class=${error ? 'field invalid' : 'field'}><label for=${view.id} .textContent=${labelText(view, state)}></label>${extras(view, error, state)}<select ${controlAttributes(view, error)} ${selectOptions(view.options ?? [], current, state.word('choose'))}></select></div>`;
}

function checkboxes(view: FieldView, state: RenderState, error: string | undefined): TemplateResult {
  const chosen = answerAt(state.answers, view.path);
  const picked = Array.isArray(chosen) ? chosen : [];
  return html`<fieldset class=${error ? 'field invalid' : 'field'} id=${view.id} aria-describedby=${describedBy(view, error)}><legend .textContent=${labelText(view, state)}></legend>${extras(view, error, state)}${(view.options ?? []).map(
    (option, i) => html`<div class="check"><input type="checkbox" id="${view.id}-${i}" name=${view.path} value=${i} .checked=${shown(picked.includes(option.value))} ?disabled=${view.readOnly}><label for="${view.id}-${i}" .textContent=${option.label}></label></div>`,
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

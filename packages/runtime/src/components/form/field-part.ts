import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { parseText } from './answers.js';
import type { ChoiceOption, FieldView } from './form-view.js';

/** An attribute's value, or undefined where the control must not carry it. */
type Attributes = Record<string, string | undefined>;

const AUTOCOMPLETE: Record<string, string> = { province: 'address-level1', commune: 'address-level2', detail: 'street-address' };

/** The type, input mode, autocomplete and length a text control gets from its widget or format. */
function textAttributes(view: FieldView): Attributes {
  const name = view.path.slice(view.path.lastIndexOf('/') + 1);
  switch (view.variant) {
    case 'citizen-id':
      return { type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: '12' };
    case 'phone':
      return { type: 'tel', inputmode: 'tel', autocomplete: 'tel' };
    case 'integer':
    case 'money':
      return { type: 'text', inputmode: 'numeric', class: view.variant === 'money' ? 'money' : undefined };
    case 'number':
      return { type: 'text', inputmode: 'decimal' };
    case 'email':
      return { type: 'email', autocomplete: 'email' };
    default:
      return { type: view.variant ?? 'text', autocomplete: AUTOCOMPLETE[name] };
  }
}

/** The ids of a field's hint and error message, for `aria-describedby`; undefined when it has neither. */
export function describedIds(view: FieldView, error: string | undefined): string | undefined {
  const ids = [view.hint ? `${view.id}-h` : '', error ? `${view.id}-e` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function attributesOf(view: FieldView, error: string | undefined): Attributes {
  const own: Attributes = { id: view.id, name: view.path, 'aria-describedby': describedIds(view, error) };
  // A checkbox's type is in its template.
  if (view.kind === 'checkbox') return { ...own, disabled: view.readOnly ? '' : undefined };
  const invalid = error ? 'true' : undefined;
  if (view.kind === 'select') return { ...own, disabled: view.readOnly ? '' : undefined, 'aria-invalid': invalid };
  const maxLength = typeof view.schema.maxLength === 'number' ? String(view.schema.maxLength) : undefined;
  const text: Attributes = { ...own, readonly: view.readOnly ? '' : undefined, 'aria-invalid': invalid, maxlength: maxLength, placeholder: view.placeholder };
  if (view.kind === 'textarea') return { ...text, rows: String(Number((view.ui['ui:options'] as { rows?: number } | undefined)?.rows ?? 4)) };
  const typed = textAttributes(view);
  return { ...text, ...typed, maxlength: typed.maxlength ?? maxLength };
}

/** What a control shows: its text (text inputs, textareas), whether it is ticked (a checkbox), the chosen option's index (a select). */
type Shown = string | boolean;

/**
 * Sets a control's value, `checked` or `selected` to what the answers say,
 * comparing with the control itself, not (as lit does) with what it set
 * last: the citizen changes controls without a render, and a box reused for
 * another list item must not keep what was typed into the one removed. Text
 * the citizen is typing stays as typed while it means the answer ("1,5" is
 * 1.5): a render meanwhile must not rewrite it under the caret.
 */
export function showValue(control: HTMLElement & Record<string, unknown>, property: string, value: unknown, typed: FieldView | undefined): void {
  // A control being created is nobody's to type into yet: the first render only sets.
  if (!control.isConnected) {
    if (value !== '' && value !== false) control[property] = value;
    return;
  }
  const now = control[property];
  if (now === value) return;
  if (typed && (control.getRootNode() as ShadowRoot).activeElement === control && parseText(typed, String(now)) === parseText(typed, String(value))) return;
  control[property] = value;
}

/** A field's words besides its view's own: its label as shown (with "(optional)"), the error's prefix, a select's placeholder. */
export interface FieldWords {
  label: string;
  errorPrefix: string;
  choose: string;
}

/**
 * A one-control field whole (text input, textarea, select, checkbox), in one
 * part on its wrapper: the wrapper's class, the label, the hint and error
 * message, every attribute of the control (id, name, type, input mode,
 * ARIA…), what it shows, and a select's options (made with `new Option`,
 * not a template each). A 300-field form's first render would otherwise set
 * up and commit six parts, two directives and a marker comment per field;
 * this is one. Attributes are worked out again only when the field's view
 * or error changes and touched only where their value does; options are
 * rebuilt only when the list itself changes. The template gives the
 * wrapper its label and control; hint and error go just before the control.
 */
class Field extends Directive {
  private view: FieldView | undefined;
  private error: string | undefined;
  private applied: Attributes = {};
  private options: readonly ChoiceOption[] | undefined;
  private hint: HTMLElement | undefined;
  private message: HTMLElement | undefined;

  render(_view: FieldView, _error: string | undefined, _shown: Shown, _words: FieldWords): unknown {
    return noChange;
  }

  override update(part: ElementPart, [view, error, shown, words]: [FieldView, string | undefined, Shown, FieldWords]): unknown {
    const wrapper = part.element;
    const check = view.kind === 'checkbox';
    const control = (check ? wrapper.firstElementChild : wrapper.lastElementChild) as HTMLElement & Record<string, unknown>;
    const label = (check ? wrapper.lastElementChild : wrapper.firstElementChild) as HTMLLabelElement;
    const className = `field${check ? ' check' : ''}${error ? ' invalid' : ''}`;
    if (wrapper.className !== className) wrapper.className = className;
    const text = check ? view.label : words.label;
    if (label.textContent !== text) label.textContent = text;
    if (view !== this.view || error !== this.error) {
      if (label.htmlFor !== view.id) label.htmlFor = view.id;
      this.extras(wrapper, control, view, error, words.errorPrefix);
      this.attributes(control, view, error);
    }
    if (view.kind === 'select') {
      const options = view.options ?? [];
      if (options !== this.options) {
        this.options = options;
        control.replaceChildren(new Option(words.choose, ''), ...options.map((option, i) => new Option(option.label, String(i))));
      }
      if (control.value !== shown) control.value = shown;
    } else if (check) showValue(control, 'checked', shown, undefined);
    else showValue(control, 'value', shown, view);
    return noChange;
  }

  private attributes(control: Element, view: FieldView, error: string | undefined): void {
    this.view = view;
    this.error = error;
    const next = attributesOf(view, error);
    for (const name in this.applied) if (next[name] === undefined && this.applied[name] !== undefined) control.removeAttribute(name);
    for (const name in next) {
      const value = next[name];
      if (value !== undefined && value !== this.applied[name]) control.setAttribute(name, value);
    }
    this.applied = next;
  }

  /** The hint and the error message, GOV.UK's way: between label and control, each with the id `aria-describedby` names. */
  private extras(wrapper: Element, control: Element, view: FieldView, error: string | undefined, errorPrefix: string): void {
    if (view.hint) {
      this.hint ??= Object.assign(document.createElement('div'), { className: 'hint' });
      this.hint.id = `${view.id}-h`;
      if (this.hint.textContent !== view.hint) this.hint.textContent = view.hint;
      if (this.hint.parentNode !== wrapper) wrapper.insertBefore(this.hint, this.message ?? control);
    } else this.hint?.remove();
    if (error) {
      const prefix = Object.assign(document.createElement('span'), { className: 'vh', textContent: errorPrefix });
      this.message ??= Object.assign(document.createElement('p'), { className: 'error-message' });
      this.message.id = `${view.id}-e`;
      this.message.replaceChildren(prefix, ` ${error}`);
      wrapper.insertBefore(this.message, control);
    } else this.message?.remove();
  }
}

export const field = directive(Field);

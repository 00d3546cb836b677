import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import type { FieldView } from './form-view.js';

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
  if (view.kind === 'checkbox') return { ...own, type: 'checkbox', disabled: view.readOnly ? '' : undefined };
  const invalid = error ? 'true' : undefined;
  if (view.kind === 'select') return { ...own, disabled: view.readOnly ? '' : undefined, 'aria-invalid': invalid };
  const maxLength = typeof view.schema.maxLength === 'number' ? String(view.schema.maxLength) : undefined;
  const text: Attributes = { ...own, readonly: view.readOnly ? '' : undefined, 'aria-invalid': invalid, maxlength: maxLength, placeholder: view.placeholder };
  if (view.kind === 'textarea') return { ...text, rows: String(Number((view.ui['ui:options'] as { rows?: number } | undefined)?.rows ?? 4)) };
  const typed = textAttributes(view);
  return { ...text, ...typed, maxlength: typed.maxlength ?? maxLength };
}

/**
 * Every attribute of a field's control (id, name, type, input mode, ARIA…)
 * in one part, rather than a lit part each: a 300-field form's first render
 * would otherwise set up and commit some three thousand parts more. Worked
 * out again only when the field's view or error changes; an attribute is
 * touched only when its value does.
 */
class ControlAttributes extends Directive {
  private view: FieldView | undefined;
  private error: string | undefined;
  private applied: Attributes = {};

  render(_view: FieldView, _error: string | undefined): unknown {
    return noChange;
  }

  override update(part: ElementPart, [view, error]: [FieldView, string | undefined]): unknown {
    if (view === this.view && error === this.error) return noChange;
    this.view = view;
    this.error = error;
    const next = attributesOf(view, error);
    const element = part.element;
    for (const name of Object.keys(this.applied)) if (next[name] === undefined && this.applied[name] !== undefined) element.removeAttribute(name);
    for (const [name, value] of Object.entries(next)) if (value !== undefined && value !== this.applied[name]) element.setAttribute(name, value);
    this.applied = next;
    return noChange;
  }
}

export const controlAttributes = directive(ControlAttributes);

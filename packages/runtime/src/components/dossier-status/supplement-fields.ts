import { labelAtPath, parsePointer, schemasAtPath, type Bilingual, type Form, type Locale } from '@motcua/core';
import { textIn } from '../../i18n/runtime-text.js';
import type { SupplementRequest } from './dossier-status-view.js';

type Node = Record<string, unknown>;

export type InputKind = 'text' | 'textarea' | 'integer' | 'number' | 'date' | 'email' | 'tel' | 'select' | 'yes-no';

/** One input of a supplement: the answer at `pointer`, typed from the version's form where it was found. */
export interface AnswerInput {
  id: string;
  pointer: string;
  label: string;
  kind: InputKind;
  required: boolean;
  options?: { value: unknown; label: string }[];
  maxLength?: number;
  /** What the control starts with: the filed answer as the control writes it (an option's index for a select). */
  initial?: string;
}

/** The inputs of one top-level answer: the server replaces top-level answers whole, so an address is asked in full. */
export interface AnswerGroup {
  member: string;
  legend?: string;
  inputs: AnswerInput[];
}

/** The id of the upload slot of a document the supplement asks for. */
export const slotId = (document: string) => `supplement-document-${document}`;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

function uiAt(form: Form, pointer: string): Node {
  let ui: unknown = form.uiSchema;
  for (const token of parsePointer(pointer)) ui = isNode(ui) ? ui[token] : undefined;
  return isNode(ui) ? ui : {};
}

function kindOf(schema: Node, ui: Node): Pick<AnswerInput, 'kind' | 'options' | 'maxLength'> {
  const widget = ui['ui:widget'];
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : undefined;
  if (Array.isArray(schema.enum)) return { kind: 'select', options: schema.enum.map((value) => ({ value, label: String(value) })) };
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((o) => isNode(o) && 'const' in o)) {
    return { kind: 'select', options: (schema.oneOf as Node[]).map((o) => ({ value: o.const, label: typeof o.title === 'string' ? o.title : String(o.const) })) };
  }
  if (schema.type === 'boolean') return { kind: 'yes-no' };
  if (schema.type === 'integer') return { kind: 'integer' };
  if (schema.type === 'number') return { kind: 'number' };
  if (schema.format === 'date') return { kind: 'date' };
  if (schema.format === 'email') return { kind: 'email', ...(maxLength ? { maxLength } : {}) };
  if (widget === 'phone') return { kind: 'tel' };
  if (widget === 'textarea') return { kind: 'textarea', ...(maxLength ? { maxLength } : {}) };
  return { kind: 'text', ...(maxLength ? { maxLength } : {}) };
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);

function label(form: Form | null, pointer: string, fallback: Bilingual | null, language: Locale): string {
  const found = form ? labelAtPath(form, pointer) : undefined;
  return textIn(found ?? fallback ?? undefined, language) || pointer;
}

/**
 * The inputs for the fields a supplement asks to correct, grouped by the
 * top-level answer each belongs to. With the version's form, each input
 * has its type, choices and limits, and an object answer (an address) is
 * asked member by member; without it, each field is a text input labelled
 * as the server labels it.
 */
export function answerGroups(fields: SupplementRequest['fields'], form: Form | null, language: Locale, filed: Record<string, unknown> = {}): AnswerGroup[] {
  const groups = new Map<string, AnswerGroup>();
  let n = 0;
  const id = () => `supplement-field-${n++}`;
  const withInitial = (input: AnswerInput): AnswerInput => {
    const initial = rawOf(input, filedAt(filed, input.pointer));
    return initial === undefined ? input : { ...input, initial };
  };
  for (const field of fields) {
    const member = parsePointer(field.pointer)[0] ?? '';
    if (groups.has(member) && form) continue;
    const group = groups.get(member) ?? { member, inputs: [] };
    groups.set(member, group);
    const schema = form ? schemasAtPath(form.schema as Node, `/${member}`).find(({ schema: s }) => s.type !== undefined || s.enum !== undefined || s.oneOf !== undefined)?.schema : undefined;
    if (!form || !schema) {
      group.inputs.push(withInitial({ id: id(), pointer: field.pointer, label: label(form, field.pointer, field.label, language), kind: 'text', required: true }));
      continue;
    }
    const top = `/${member}`;
    if (schema.type === 'object' && isNode(schema.properties)) {
      group.legend = label(form, top, null, language);
      const required = new Set(Array.isArray(schema.required) ? schema.required : []);
      for (const [name, sub] of Object.entries(schema.properties)) {
        if (!isNode(sub) || (typeof sub.type === 'string' && !SCALARS.has(sub.type))) continue;
        const pointer = `${top}/${name}`;
        group.inputs.push(withInitial({ id: id(), pointer, label: label(form, pointer, null, language), required: required.has(name), ...kindOf(sub, uiAt(form, pointer)) }));
      }
    } else {
      group.inputs.push(withInitial({ id: id(), pointer: top, label: label(form, top, field.label, language), required: true, ...kindOf(schema, uiAt(form, top)) }));
    }
  }
  return [...groups.values()];
}

/** The filed answer at `pointer`, if any. */
function filedAt(filed: Record<string, unknown>, pointer: string): unknown {
  let node: unknown = filed;
  for (const token of parsePointer(pointer)) node = isNode(node) && Object.hasOwn(node, token) ? node[token] : undefined;
  return node;
}

/** A filed answer as its control writes it, the inverse of `valueOf`; undefined for none or one the control cannot hold. */
function rawOf(input: AnswerInput, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (input.kind === 'select') {
    const index = input.options?.findIndex((option) => option.value === value) ?? -1;
    return index === -1 ? undefined : String(index);
  }
  if (input.kind === 'yes-no') return typeof value === 'boolean' ? String(value) : undefined;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** The value an input holds, typed as its answer is; `undefined` when left empty, `NaN` for a number that is none. */
export function valueOf(input: AnswerInput, raw: string): unknown {
  const text = raw.trim();
  if (text === '') return undefined;
  if (input.kind === 'integer' || input.kind === 'number') return Number(text.replace(',', '.'));
  if (input.kind === 'yes-no') return text === 'true';
  if (input.kind === 'select') return input.options?.[Number(text)]?.value;
  return raw;
}

/**
 * Sets `value` at `pointer` inside `target`, making the objects on the way
 * without prototypes, so that no pointer can reach `Object.prototype`.
 */
export function setAt(target: Node, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  let node = target;
  tokens.slice(0, -1).forEach((token) => {
    if (!isNode(node[token])) node[token] = Object.create(null) as Node;
    node = node[token] as Node;
  });
  const last = tokens.at(-1);
  if (last !== undefined) node[last] = value;
}

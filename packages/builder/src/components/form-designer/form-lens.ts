import { getByPointer, joinPointer, parsePointer, readField, writeField, type Field, type Form } from '@motcua/core';

export type Node = Record<string, unknown>;

export const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An object of the form that holds questions: the root, a section, or the entry of a repeating group. */
export interface ObjectRef {
  /** Its node, as a pointer into `form.schema`. */
  schema: string;
  /** Its uiSchema node, as a pointer into `form.uiSchema` (rjsf nests it by name and `items`). */
  ui: string;
}

/**
 * Where a question is: its object, the subschema of that object that lists it (`''` for the
 * object's own `properties`, `/allOf/0/then` for a question a condition brings in) and its name,
 * which is also its answer's name.
 */
export interface Slot {
  object: ObjectRef;
  branch: string;
  name: string;
}

export const ROOT: ObjectRef = { schema: '', ui: '' };

const holderOf = (slot: Slot): string => slot.object.schema + slot.branch;
export const schemaPointerOf = (slot: Slot): string => joinPointer(holderOf(slot), 'properties', slot.name);
export const uiPointerOf = (slot: Slot): string => joinPointer(slot.object.ui, slot.name);

/** Keywords of a holder's pointer followed by a token that names no answer (an entry's index, a dependency's key). */
const SKIPPED = new Set(['allOf', 'anyOf', 'oneOf', 'dependentSchemas']);

/**
 * The answer's pointer in the data, as core's `renameAnswer` takes it: the names of the sections
 * on the way, `items` for a repeating group's entry (`/giayTo/items/tenGiayTo`), then its name.
 */
export function answerPathOf(slot: Slot): string {
  const tokens = parsePointer(slot.object.schema);
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === 'properties') names.push(tokens[++i] as string);
    else if (token === 'items') names.push('items');
    else if (SKIPPED.has(token)) i++;
  }
  return joinPointer('', ...names, slot.name);
}

type Overlay = Record<string, string | undefined>;

/** Whether a pointer designates `pointer` itself or something inside it. */
export const covers = (pointer: string, key: string): boolean => key === pointer || key.startsWith(`${pointer}/`);

const textsOf = (en: Overlay): [string, string][] => Object.entries(en).filter((entry): entry is [string, string] => entry[1] !== undefined);

/** The overlay entries under `from`, moved under `to`. */
function rebase(en: Overlay, from: string, to: string): Record<string, string> {
  return Object.fromEntries(textsOf(en).filter(([key]) => covers(from, key)).map(([key, text]) => [to + key.slice(from.length), text]));
}

export function without(en: Overlay, pointers: readonly string[]): Record<string, string> {
  return Object.fromEntries(textsOf(en).filter(([key]) => !pointers.some((pointer) => covers(pointer, key))));
}

/** Sets a value at a pointer, creating the objects on the way; arrays on the way (`allOf`) are entered by index. */
export function setAt(root: Node, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  let parent: Node = root;
  for (const token of tokens.slice(0, -1)) {
    if (parent[token] === null || typeof parent[token] !== 'object') parent[token] = {};
    parent = parent[token] as Node;
  }
  parent[tokens[tokens.length - 1] as string] = value;
}

/** Deletes the value at a pointer, and the objects that leaves empty on the way up (the root aside). */
export function deleteAt(root: Node, pointer: string): void {
  const tokens = parsePointer(pointer);
  const chain: Node[] = [root];
  for (const token of tokens.slice(0, -1)) {
    const next = (chain[chain.length - 1] as Node)[token];
    if (!isNode(next)) return;
    chain.push(next);
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const parent = chain[i] as Node;
    delete parent[tokens[i] as string];
    if (i === 0 || Object.keys(parent).length > 0) return;
  }
}

/**
 * A form made of one holder of questions and the uiSchema of its object, with the translations
 * keyed into them: core's `readField`/`writeField` only know fields placed by `properties` and
 * `items`, and through this lens they also edit the questions a condition brings in.
 */
function focus(form: Form, holder: string, ui: string): Form {
  const en = form.i18n?.en ?? {};
  const schema = getByPointer(form.schema, holder);
  const uiNode = getByPointer(form.uiSchema ?? {}, ui);
  return {
    schema: structuredClone(isNode(schema) ? schema : {}) as Form['schema'],
    uiSchema: isNode(uiNode) ? structuredClone(uiNode) : {},
    i18n: { en: { ...rebase(en, `/schema${holder}`, '/schema'), ...rebase(en, `/uiSchema${ui}`, '/uiSchema') } },
  };
}

/** The form with the lens's holder, uiSchema and translations put back where they came from. */
function unfocus(form: Form, holder: string, ui: string, lens: Form): Form {
  const next = structuredClone(form);
  if (holder === '') next.schema = lens.schema;
  else setAt(next.schema as Node, holder, lens.schema);
  const uiNode = lens.uiSchema ?? {};
  if (ui === '') {
    if (next.uiSchema || Object.keys(uiNode).length > 0) next.uiSchema = uiNode;
  } else if (Object.keys(uiNode).length > 0) {
    next.uiSchema ??= {};
    setAt(next.uiSchema, ui, uiNode);
  } else if (next.uiSchema) {
    deleteAt(next.uiSchema, ui);
  }
  const lensEn = lens.i18n?.en ?? {};
  const en = {
    ...without(next.i18n?.en ?? {}, [`/schema${holder}`, `/uiSchema${ui}`]),
    ...rebase(lensEn, '/schema', `/schema${holder}`),
    ...rebase(lensEn, '/uiSchema', `/uiSchema${ui}`),
  };
  if (next.i18n || Object.keys(en).length > 0) next.i18n = { ...next.i18n, en };
  return next;
}

/** The question in a slot, ready for `fieldTypeOf` and its type's inspector. */
export function readMember(form: Form, slot: Slot): Field | undefined {
  return readField(focus(form, holderOf(slot), slot.object.ui), joinPointer('', 'properties', slot.name));
}

/** A copy of the form with the question put in the slot, replacing what was there. */
export function writeMember(form: Form, slot: Slot, field: Field): Form {
  const holder = holderOf(slot);
  const lens = focus(form, holder, slot.object.ui);
  const order = lens.uiSchema?.['ui:order'];
  const listed = Array.isArray(order) && order.includes(slot.name);
  const written = writeField(lens, joinPointer('', 'properties', slot.name), field);
  // A question a condition brings in is no member of the object's own `properties`, which is all `ui:order` may name.
  const after = written.uiSchema?.['ui:order'];
  if (slot.branch !== '' && !listed && Array.isArray(after)) written.uiSchema = { ...written.uiSchema, 'ui:order': after.filter((name) => name !== slot.name) };
  return unfocus(form, holder, slot.object.ui, written);
}

/** A copy of the form without the question: its node, its `required` entry, its uiSchema, its place in `ui:order` and its translations. */
export function dropMember(form: Form, slot: Slot): Form {
  const holder = holderOf(slot);
  const lens = focus(form, holder, slot.object.ui);
  const schema = lens.schema as Node;
  if (isNode(schema.properties)) delete schema.properties[slot.name];
  if (Array.isArray(schema.required)) {
    schema.required = schema.required.filter((name) => name !== slot.name);
    if ((schema.required as unknown[]).length === 0) delete schema.required;
  }
  const ui = lens.uiSchema ?? {};
  delete ui[slot.name];
  if (Array.isArray(ui['ui:order'])) ui['ui:order'] = ui['ui:order'].filter((name) => name !== slot.name);
  const name = joinPointer('', slot.name);
  lens.i18n = { en: without(lens.i18n?.en ?? {}, [`/schema/properties${name}`, `/uiSchema${name}`]) };
  return unfocus(form, holder, slot.object.ui, lens);
}

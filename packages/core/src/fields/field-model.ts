import { getByPointer, parsePointer } from '../json/json-pointer.js';
import type { LocalText } from '../procedure.types.js';

export type SchemaNode = Record<string, unknown>;

/** English overlay entries, keyed by a JSON Pointer into the object that carries them. */
export interface EnglishOverlay {
  en: Record<string, string>;
}

/**
 * One question of a form, cut out of its surroundings so that it can be
 * edited on its own: its schema node, its uiSchema node, the English
 * translations that belong to it and whether its parent requires it.
 *
 * `i18n.en` is keyed by a pointer into this object ("/schema/title",
 * "/uiSchema/ui:placeholder"), exactly as `form.i18n.en` is keyed into the
 * form; placing the field rebases the keys (see field-placement.ts).
 */
export interface Field {
  schema: SchemaNode;
  uiSchema: SchemaNode;
  i18n: EnglishOverlay;
  required: boolean;
}

/** A text the officer may leave out; English only counts next to Vietnamese. */
export interface OptionalText {
  vi?: string;
  en?: string;
}

export const isNode = (value: unknown): value is SchemaNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function emptyField(): Field {
  return { schema: {}, uiSchema: {}, i18n: { en: {} }, required: false };
}

/** Sets a value at a pointer, creating the objects on the way; arrays on the way are entered by index. */
export function setIn(root: object, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  let parent = root as SchemaNode;
  for (const token of tokens.slice(0, -1)) {
    const next = parent[token];
    if (next === null || typeof next !== 'object') parent[token] = {};
    parent = parent[token] as SchemaNode;
  }
  parent[tokens[tokens.length - 1] as string] = value;
}

/**
 * Deletes the value at a pointer; a container left empty goes too, so that
 * clearing an option leaves no `{}` behind that a fresh field would not have.
 */
export function deleteIn(root: object, pointer: string): void {
  const tokens = parsePointer(pointer);
  const chain: SchemaNode[] = [root as SchemaNode];
  for (const token of tokens.slice(0, -1)) {
    const next = (chain[chain.length - 1] as SchemaNode)[token];
    if (!isNode(next)) return;
    chain.push(next);
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    const parent = chain[i] as SchemaNode;
    delete parent[tokens[i] as string];
    // The element's own parts ("/schema", "/uiSchema", "/page") stay, even empty.
    if (i <= 1 || Object.keys(parent).length > 0) return;
  }
}

/** Whether a pointer designates `pointer` itself or something inside it. */
export const coveredBy = (key: string, pointer: string): boolean => key === pointer || key.startsWith(`${pointer}/`);

/**
 * A copy of an element without what a type writes: its values, and the
 * English texts at or below them. What the type does not own (keywords the
 * inspector does not show, a section's children) survives an edit.
 */
export function withoutOwned<T extends { i18n: EnglishOverlay }>(element: T, owned: readonly string[]): T {
  const copy = structuredClone(element);
  for (const pointer of owned) deleteIn(copy, pointer);
  for (const key of Object.keys(copy.i18n.en)) {
    if (owned.some((pointer) => coveredBy(key, pointer))) delete copy.i18n.en[key];
  }
  return copy;
}

/** Writes Vietnamese at the pointer and English into the overlay; nothing without Vietnamese. */
export function putText(element: { i18n: EnglishOverlay }, pointer: string, text: OptionalText | undefined): void {
  if (!text?.vi) return;
  setIn(element, pointer, text.vi);
  if (text.en) element.i18n.en[pointer] = text.en;
}

export function getText(element: { i18n: EnglishOverlay }, pointer: string): LocalText | undefined {
  const vi = getByPointer(element, pointer);
  if (typeof vi !== 'string') return undefined;
  const en = element.i18n.en[pointer];
  return en === undefined ? { vi } : { vi, en };
}

export function numberAt(node: SchemaNode, key: string): number | undefined {
  const value = node[key];
  return typeof value === 'number' ? value : undefined;
}

export function stringAt(node: SchemaNode, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

/** The same object without its undefined members, so that read values compare equal to what went in. */
export function compact<T extends object>(values: T): T {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as T;
}

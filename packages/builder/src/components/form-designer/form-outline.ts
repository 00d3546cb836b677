import { fieldTypeOf, getByPointer, joinPointer, type FieldType, type Form, type Locale } from '@motcua/core';
import type { ConditionState } from '../condition-editor/condition.js';
import { conditionOf, optionsOf } from './field-condition.js';
import { isNode, ROOT, schemaPointerOf, uiPointerOf, type ObjectRef, type Slot } from './form-lens.js';
import { pageOf, pagesOf, slotsOf } from './member-order.js';

/** One question of the canvas, with the questions inside it when it is a section or a repeating group. */
export interface OutlineItem {
  /** Its schema pointer: unique in the form, and the key focus and selection follow. */
  key: string;
  slot: Slot;
  type: FieldType | undefined;
  label: string;
  condition: ConditionState;
  /** The values its answer takes, labelled, when it is a closed list or a labelled yes/no. */
  options: { value: string | boolean; label: string }[];
  /** The object holding its questions, for a section or a repeating group. */
  inner?: ObjectRef;
  children: OutlineItem[];
}

export interface OutlinePage {
  index: number;
  title: string;
  items: OutlineItem[];
}

/** The canvas's picture of a form: its questions in the order the runtime shows them, on their pages when it has pages. */
export interface Outline {
  items: OutlineItem[];
  pages: OutlinePage[];
}

function english(form: Form, pointer: string, vi: unknown, locale: Locale): string {
  const text = typeof vi === 'string' ? vi : '';
  return (locale === 'en' ? form.i18n?.en?.[pointer] : undefined) ?? text;
}

/** The object inside a section or a repeating group, whose questions the canvas shows under it. */
function innerObject(slot: Slot, type: FieldType | undefined): ObjectRef | undefined {
  if (type?.id === 'section') return { schema: schemaPointerOf(slot), ui: uiPointerOf(slot) };
  if (type?.id === 'group') return { schema: joinPointer(schemaPointerOf(slot), 'items'), ui: joinPointer(uiPointerOf(slot), 'items') };
  return undefined;
}

function itemsOf(form: Form, object: ObjectRef, locale: Locale, depth: number): OutlineItem[] {
  if (depth > 32) return [];
  return slotsOf(form, object).map((slot) => {
    const key = schemaPointerOf(slot);
    const node = getByPointer(form.schema, key);
    const type = fieldTypeOf(node, getByPointer(form.uiSchema ?? {}, uiPointerOf(slot)));
    const inner = innerObject(slot, type);
    return {
      key,
      slot,
      type,
      label: isNode(node) ? english(form, `/schema${key}/title`, node.title, locale) || slot.name : slot.name,
      condition: conditionOf(form, slot),
      options: isNode(node) ? optionsOf(form, key, node, locale) : [],
      ...(inner ? { inner } : {}),
      children: inner ? itemsOf(form, inner, locale, depth + 1) : [],
    };
  });
}

export function outlineOf(form: Form, locale: Locale): Outline {
  const items = itemsOf(form, ROOT, locale, 0);
  const pages = pagesOf(form).map((page, index) => ({
    index,
    title: english(form, `/uiSchema/ui:pages/${index}/title`, page.title, locale),
    items: items.filter((item) => pageOf(form, item.slot.name) === index),
  }));
  return { items, pages };
}

/** Every item of the outline, depth first, in the order the canvas lists them. */
export function flatten(items: readonly OutlineItem[]): OutlineItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

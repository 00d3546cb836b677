import { getByPointer, joinPointer, orderMembers, type Form, type UiPage } from '@motcua/core';
import { isNode, setAt, type Node, type ObjectRef, type Slot } from './form-lens.js';

export const objectNode = (form: Form, object: ObjectRef): Node => {
  const node = getByPointer(form.schema, object.schema);
  return isNode(node) ? node : {};
};

const uiNodeOf = (form: Form, object: ObjectRef): Node => {
  const node = getByPointer(form.uiSchema ?? {}, object.ui);
  return isNode(node) ? node : {};
};

const namesIn = (holder: unknown): string[] => (isNode(holder) && isNode(holder.properties) ? Object.keys(holder.properties) : []);

/** Every question of an object, each in its slot, in the order the runtime shows them. */
export function slotsOf(form: Form, object: ObjectRef): Slot[] {
  const node = objectNode(form, object);
  const slots: Slot[] = namesIn(node).map((name) => ({ object, branch: '', name }));
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((entry, i) => {
      if (isNode(entry)) for (const name of namesIn(entry.then)) slots.push({ object, branch: `/allOf/${i}/then`, name });
    });
  }
  for (const key of ['then', 'else']) for (const name of namesIn(node[key])) slots.push({ object, branch: `/${key}`, name });
  const order = orderMembers([...new Set(slots.map((slot) => slot.name))], uiNodeOf(form, object)['ui:order']);
  return order.flatMap((name) => slots.filter((slot) => slot.name === name));
}

/** The names of the object's own questions (no condition), in the order shown. */
export const plainOrder = (form: Form, object: ObjectRef): string[] => slotsOf(form, object).filter((slot) => slot.branch === '').map((slot) => slot.name);

/**
 * The object's own questions shown in this order: a `ui:order` naming each is written unless the
 * schema's own order already says it and none was written.
 */
export function setPlainOrder(form: Form, object: ObjectRef, names: readonly string[]): Form {
  const next = structuredClone(form);
  const ui = uiNodeOf(next, object);
  const natural = namesIn(objectNode(next, object));
  if (!Array.isArray(ui['ui:order']) && natural.join('\u0000') === names.join('\u0000')) return next;
  next.uiSchema ??= {};
  if (object.ui === '') next.uiSchema['ui:order'] = [...names];
  else setAt(next.uiSchema, joinPointer(object.ui, 'ui:order'), [...names]);
  return next;
}

/** Every name any subschema of the object uses, so that a new question takes none of them. */
export function namesTaken(form: Form, object: ObjectRef): Set<string> {
  return new Set(slotsOf(form, object).map((slot) => slot.name));
}

export function pagesOf(form: Form): UiPage[] {
  const pages = form.uiSchema?.['ui:pages'];
  return Array.isArray(pages) ? (pages as UiPage[]) : [];
}

/** A copy of the form with a top-level question on page `page` at `index` of its fields, and on no other. */
export function placeOnPage(form: Form, name: string, page: number, index: number): Form {
  const next = structuredClone(form);
  pagesOf(next).forEach((each, i) => {
    const fields = each.fields.filter((field) => field !== name);
    if (i === page) fields.splice(Math.min(index, fields.length), 0, name);
    each.fields = fields;
  });
  return next;
}

export function removeFromPages(form: Form, name: string): Form {
  const next = structuredClone(form);
  for (const page of pagesOf(next)) page.fields = page.fields.filter((field) => field !== name);
  return next;
}

/** Which page shows a top-level question: the one that names it, else the last, as the runtime does. */
export function pageOf(form: Form, name: string): number {
  const pages = pagesOf(form);
  const found = pages.findIndex((page) => page.fields.includes(name));
  return found === -1 ? pages.length - 1 : found;
}

import { foldVietnamese, getByPointer, joinPointer, writePage, type Field, type Form, type PageElement } from '@motcua/core';
import { covers, deleteAt, dropMember, isNode, readMember, schemaPointerOf, writeMember, type Node, type ObjectRef, type Slot } from './form-lens.js';
import { namesTaken, objectNode, pageOf, pagesOf, placeOnPage, plainOrder, removeFromPages, setPlainOrder } from './member-order.js';

/** Where a question goes: among the object's own questions at `index`, counted on `page` when the form has pages. */
export interface Target {
  object: ObjectRef;
  index: number;
  page?: number;
}

export interface Placed {
  form: Form;
  slot: Slot;
}

/** An answer's name from a label, in the catalogue's camelCase without diacritics: "Họ và tên" → "hoVaTen". */
function nameFor(label: string, taken: ReadonlySet<string>): string {
  const words = foldVietnamese(label).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 6);
  const joined = words.map((word, i) => (i === 0 ? word : word[0]?.toUpperCase() + word.slice(1))).join('');
  const base = /^[a-z]/.test(joined) ? joined : `truong${joined}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
  return name;
}

/** The order with `name` put among the peers (the names on the target's page, or all) at the target's index. */
function ordered(form: Form, order: readonly string[], name: string, target: Target): string[] {
  const rest = order.filter((each) => each !== name);
  const peers = target.page === undefined ? rest : rest.filter((each) => pageOf(form, each) === target.page);
  const before = peers[target.index];
  const last = peers[peers.length - 1];
  if (before !== undefined) rest.splice(rest.indexOf(before), 0, name);
  else if (last !== undefined) rest.splice(rest.indexOf(last) + 1, 0, name);
  else rest.push(name);
  return rest;
}

function place(form: Form, name: string, target: Target): Form {
  let next = setPlainOrder(form, target.object, ordered(form, plainOrder(form, target.object), name, target));
  const pages = pagesOf(next);
  if (target.object.schema === '' && pages.length > 0) next = placeOnPage(next, name, target.page ?? pages.length - 1, target.index);
  return next;
}

/** A copy of the form with a new question at the target, named after its label. */
export function insertField(form: Form, target: Target, field: Field): Placed {
  const title = typeof field.schema.title === 'string' ? field.schema.title : 'truong';
  const slot: Slot = { object: target.object, branch: '', name: nameFor(title, namesTaken(form, target.object)) };
  return { form: place(writeMember(form, slot, field), slot.name, target), slot };
}

/** `form.visibility` keyed as before but with the entries under `from` moved under `to`, or dropped without `to`. */
function rekeyVisibility(form: Form, from: string, to?: string): Form {
  if (!form.visibility) return form;
  const next = structuredClone(form);
  const entries = Object.entries(form.visibility).flatMap(([key, value]) =>
    !covers(from, key) ? [[key, value]] : to === undefined ? [] : [[to + key.slice(from.length), value]],
  );
  next.visibility = Object.fromEntries(entries) as Form['visibility'];
  return next;
}

/**
 * A copy of the form without entry `index` of the list at `list` (a pointer into the form), the
 * list itself gone when that was its last entry, and the English texts of later entries moved
 * down with them.
 */
function dropListEntry(form: Form, list: string, index: number): Form {
  const next = structuredClone(form);
  const entries = getByPointer(next, list) as unknown[];
  entries.splice(index, 1);
  if (entries.length === 0) deleteAt(next as unknown as Node, list);
  const prefix = `${list}/`;
  const en = Object.entries(next.i18n?.en ?? {}).flatMap(([key, text]): [string, string | undefined][] => {
    if (!key.startsWith(prefix)) return [[key, text]];
    const [position = '', ...rest] = key.slice(prefix.length).split('/');
    const at = Number(position);
    if (at === index) return [];
    return [[at > index ? `${prefix}${[at - 1, ...rest].join('/')}` : key, text]];
  });
  if (next.i18n) next.i18n = { ...next.i18n, en: Object.fromEntries(en) };
  return next;
}

/** A copy of the form without the question, and without the condition entry it leaves empty. */
export function deleteMember(form: Form, slot: Slot): Form {
  let next = dropMember(form, slot);
  const entry = /^\/allOf\/(\d+)\/then$/.exec(slot.branch);
  if (entry) {
    const index = Number(entry[1]);
    const then = (objectNode(next, slot.object).allOf as unknown[] | undefined)?.[index];
    const left = isNode(then) && isNode(then.then) && isNode(then.then.properties) ? Object.keys(then.then.properties).length : 0;
    if (left === 0) next = dropListEntry(next, `/schema${joinPointer(slot.object.schema, 'allOf')}`, index);
  }
  if (slot.object.schema === '' && slot.branch === '') next = removeFromPages(next, slot.name);
  return rekeyVisibility(next, schemaPointerOf(slot));
}

/**
 * A copy of the form with a question moved to the target, its children, hints and translations
 * with it. Its name stays unless the target object already uses it. Undefined when it cannot go
 * there: into itself, or (for a question shown under a condition, whose condition speaks of its
 * neighbours) anywhere.
 */
export function moveMember(form: Form, slot: Slot, target: Target): Placed | undefined {
  const field = readMember(form, slot);
  const from = schemaPointerOf(slot);
  if (!field || slot.branch !== '' || covers(from, target.object.schema)) return undefined;
  if (target.object.schema === slot.object.schema) return { form: place(form, slot.name, target), slot };
  const removed = deleteMember(form, slot);
  const taken = namesTaken(removed, target.object);
  const moved: Slot = { object: target.object, branch: '', name: taken.has(slot.name) ? nameFor(slot.name, taken) : slot.name };
  const written = rekeyVisibility(writeMember(removed, moved, field), from, schemaPointerOf(moved));
  return { form: place(written, moved.name, target), slot: moved };
}

/**
 * A copy of the form with a page appended. The first page takes every top-level question, since
 * each must be on exactly one page; later ones start empty, for the officer to move questions onto.
 */
export function appendPage(form: Form, element: PageElement): Form {
  const pages = pagesOf(form);
  const fields = pages.length === 0 ? plainOrder(form, { schema: '', ui: '' }) : [];
  return writePage(form, pages.length, { ...element, page: { ...element.page, fields } });
}

/** A copy of the form without page `index`; its questions go to the page before it (the next one, for the first). */
export function removePage(form: Form, index: number): Form {
  const pages = pagesOf(form);
  const page = pages[index];
  if (!page) return form;
  let next = form;
  const heir = index > 0 ? index - 1 : 1;
  if (pages[heir]) for (const name of page.fields) next = placeOnPage(next, name, heir, Number.MAX_SAFE_INTEGER);
  return dropListEntry(next, '/uiSchema/ui:pages', index);
}

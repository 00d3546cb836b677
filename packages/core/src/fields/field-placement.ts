import { getByPointer, joinPointer, parsePointer } from '../json/json-pointer.js';
import type { Form } from '../procedure.types.js';
import { coveredBy, deleteIn, isNode, setIn, type Field, type SchemaNode } from './field-model.js';
import type { PageElement, UiPage } from './page-type.js';

interface Placement {
  /** Where the field's node is, in form.schema. */
  schema: string;
  /** Where its uiSchema node is, in form.uiSchema. */
  ui: string;
  /** Where the object that lists it in `properties` and `required` is. */
  parent: string;
  name: string;
}

/**
 * rjsf nests the uiSchema by property name and `items`, without the
 * `properties` steps: "/properties/banSao/items/properties/soTrang" has its
 * hints at "/banSao/items/soTrang". Only paths made of those steps name a
 * field the builder can edit.
 */
function placementOf(schemaPointer: string): Placement {
  const tokens = parsePointer(schemaPointer);
  const ui: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'properties' && i + 1 < tokens.length) ui.push(tokens[++i] as string);
    else if (tokens[i] === 'items') ui.push('items');
    else throw new RangeError(`Not the path of a field: "${schemaPointer}"`);
  }
  if (tokens[tokens.length - 2] !== 'properties') throw new RangeError(`Not the path of a field: "${schemaPointer}"`);
  return {
    schema: schemaPointer,
    ui: joinPointer('', ...ui),
    parent: joinPointer('', ...tokens.slice(0, -2)),
    name: tokens[tokens.length - 1] as string,
  };
}

type Overlay = Record<string, string | undefined>;

const entriesOf = (en: Overlay): [string, string][] =>
  Object.entries(en).filter((entry): entry is [string, string] => entry[1] !== undefined);

/** Overlay entries under `from`, moved under `to`; the rest is dropped. */
function rebase(en: Overlay, from: string, to: string): Record<string, string> {
  return Object.fromEntries(
    entriesOf(en).filter(([key]) => coveredBy(key, from)).map(([key, text]) => [to + key.slice(from.length), text]),
  );
}

/** The overlay without the entries under any of `pointers`. */
function without(en: Overlay, pointers: readonly string[]): Record<string, string> {
  return Object.fromEntries(entriesOf(en).filter(([key]) => !pointers.some((pointer) => coveredBy(key, pointer))));
}

/** The field at a schema pointer ("/properties/hoTen"), ready for `fieldTypeOf` and `toInspector`. */
export function readField(form: Form, schemaPointer: string): Field | undefined {
  const at = placementOf(schemaPointer);
  const schema = getByPointer(form.schema, at.schema);
  if (!isNode(schema)) return undefined;
  const ui = getByPointer(form.uiSchema ?? {}, at.ui);
  const parent = getByPointer(form.schema, at.parent) as SchemaNode;
  const en = form.i18n?.en ?? {};
  return structuredClone({
    schema,
    uiSchema: isNode(ui) ? ui : {},
    i18n: {
      en: { ...rebase(en, `/schema${at.schema}`, '/schema'), ...rebase(en, `/uiSchema${at.ui}`, '/uiSchema') },
    },
    required: Array.isArray(parent.required) && parent.required.includes(at.name),
  });
}

/**
 * A copy of the form with the field put at the schema pointer, replacing
 * what was there: its node, its uiSchema node, its translations and its
 * place in the parent's `required`. A new field is appended to the parent's
 * `ui:order` when there is one without "*", since rjsf refuses to render an
 * order that leaves a property out. Which page shows it is `writePage`'s.
 */
export function writeField(form: Form, schemaPointer: string, field: Field): Form {
  const at = placementOf(schemaPointer);
  const next = structuredClone(form);
  const parent = getByPointer(next.schema, at.parent);
  if (!isNode(parent)) throw new RangeError(`No object to hold the field at "${at.parent}"`);

  parent.properties = { ...(isNode(parent.properties) ? parent.properties : {}), [at.name]: structuredClone(field.schema) };
  const listed: unknown[] = Array.isArray(parent.required) ? parent.required : [];
  const required = field.required
    ? [...listed, ...(listed.includes(at.name) ? [] : [at.name])]
    : listed.filter((name) => name !== at.name);
  if (required.length > 0) parent.required = required;
  else delete parent.required;

  const uiSchema = next.uiSchema ?? {};
  if (Object.keys(field.uiSchema).length > 0) setIn(uiSchema, at.ui, structuredClone(field.uiSchema));
  else deleteIn(uiSchema, at.ui);
  const parentUi = getByPointer(uiSchema, joinPointer('', ...parsePointer(at.ui).slice(0, -1)));
  const order = isNode(parentUi) ? parentUi['ui:order'] : undefined;
  if (Array.isArray(order) && !order.includes(at.name) && !order.includes('*')) order.push(at.name);
  if (next.uiSchema || Object.keys(uiSchema).length > 0) next.uiSchema = uiSchema;

  const schemaAt = `/schema${at.schema}`;
  const uiAt = `/uiSchema${at.ui}`;
  const en = {
    ...without(next.i18n?.en ?? {}, [schemaAt, uiAt]),
    ...rebase(field.i18n.en, '/schema', schemaAt),
    ...rebase(field.i18n.en, '/uiSchema', uiAt),
  };
  if (next.i18n || Object.keys(en).length > 0) next.i18n = { ...next.i18n, en };
  return next;
}

const pageAt = (index: number): string => `/uiSchema/ui:pages/${index}`;

export function readPage(form: Form, index: number): PageElement | undefined {
  const pages = form.uiSchema?.['ui:pages'];
  const page: unknown = Array.isArray(pages) ? pages[index] : undefined;
  if (!isNode(page)) return undefined;
  return structuredClone({ page: page as unknown as UiPage, i18n: { en: rebase(form.i18n?.en ?? {}, pageAt(index), '/page') } });
}

/** A copy of the form with the page at `index` replaced, or appended when `index` is the number of pages. */
export function writePage(form: Form, index: number, element: PageElement): Form {
  const next = structuredClone(form);
  const uiSchema = (next.uiSchema ??= {});
  const pages = Array.isArray(uiSchema['ui:pages']) ? (uiSchema['ui:pages'] as unknown[]) : [];
  if (!Number.isInteger(index) || index < 0 || index > pages.length) throw new RangeError(`No page ${index} to write`);
  pages[index] = structuredClone(element.page);
  uiSchema['ui:pages'] = pages;
  const en = { ...without(next.i18n?.en ?? {}, [pageAt(index)]), ...rebase(element.i18n.en, '/page', pageAt(index)) };
  if (next.i18n || Object.keys(en).length > 0) next.i18n = { ...next.i18n, en };
  return next;
}

import procedureSchema from '@motcua/core/procedure.schema.json' with { type: 'json' };
import type { ProcedureDefinition } from '@motcua/core';
import { META_SCHEMA_WORDS, type SchemaWords } from './meta-schema-words.js';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a `<motcua-schema-panel>` is given: a schema and uiSchema with Vietnamese texts, and the English overlay. */
export interface PanelForm {
  /** The members of the definition it edits. */
  members: readonly (keyof ProcedureDefinition)[];
  schema: Json;
  /** Hints worked out from the schema (choices' names, checkboxes, text areas), by the shape of the data as rjsf reads it. */
  uiSchema: Json;
  i18n: { en: Record<string, string> };
}

/** Keywords whose values are subschemas, one or a list or a map of them. */
const ONE = ['items', 'if', 'then', 'else', 'not', 'additionalProperties', 'propertyNames', 'contains'];
const MANY = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const MAP = ['properties', '$defs', 'dependentSchemas', 'patternProperties'];

function eachSubschema(node: Json, pointer: string, visit: (child: Json, at: string) => void): void {
  for (const key of ONE) if (isRecord(node[key])) visit(node[key] as Json, `${pointer}/${key}`);
  for (const key of MANY) if (Array.isArray(node[key])) (node[key] as unknown[]).forEach((child, i) => isRecord(child) && visit(child, `${pointer}/${key}/${i}`));
  for (const key of MAP) if (isRecord(node[key])) for (const [name, child] of Object.entries(node[key] as Json)) if (isRecord(child)) visit(child, `${pointer}/${key}/${name}`);
}

/**
 * Rewrites every text of a copied meta-schema part for officers: the meta-schema's own titles and
 * descriptions (English notes for developers) give way to `words`, Vietnamese in the schema and
 * English in the overlay.
 */
function reword(node: Json, pointer: string, words: Readonly<Record<string, SchemaWords>>, english: Record<string, string>): void {
  delete node.title;
  delete node.description;
  eachSubschema(node, pointer, (child, at) => reword(child, at, words, english));
  const own = words[pointer];
  if (!own) return;
  node.title = own.title.vi;
  english[`/schema${pointer}/title`] = own.title.en;
  if (own.description) {
    node.description = own.description.vi;
    english[`/schema${pointer}/description`] = own.description.en;
  }
}

/** How deep the data of a panel goes at most (LocalText in a ServiceLevel in a Channel in a list): a bound, not a limit met. */
const MAX_DEPTH = 12;

/** The subschema a local `$ref` ("#/$defs/Channel") names, and its pointer. */
function resolveRef(schema: Json, ref: unknown): [Json, string] | undefined {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return undefined;
  const pointer = ref.slice(1);
  const found = pointer.split('/').slice(1).reduce<unknown>((node, token) => (isRecord(node) ? node[token] : undefined), schema);
  return isRecord(found) ? [found, pointer] : undefined;
}

/** A string longer than this, of no particular format (not an address), is written in a text area: a description, a note. */
const LONG_TEXT = 1000;

/**
 * The uiSchema rjsf reads beside the schema, by the shape of the data (through `$ref`s, properties
 * and array items), worked out from the schema alone so that a new property needs no new hint:
 * the names of every `enum`'s values (`ui:enumNames`, kept as `enum` rather than turned into
 * `oneOf` choices, whose `const`s rjsf would write into untouched groups), checkboxes for a list
 * of choices, and a text area for a long text.
 */
function uiHints(schema: Json, node: Json, pointer: string, ui: Json, uiPointer: string, words: Readonly<Record<string, SchemaWords>>, english: Record<string, string>, depth = 0): void {
  if (depth > MAX_DEPTH) return;
  const referred = resolveRef(schema, node.$ref);
  const places: [Json, string][] = referred ? [[node, pointer], referred] : [[node, pointer]];
  for (const [holder, at] of places) {
    if (Array.isArray(holder.enum)) {
      const options = words[at]?.options ?? words[pointer]?.options;
      ui['ui:enumNames'] = holder.enum.map((value, i) => {
        const name = options?.[String(value)];
        if (name) english[`/uiSchema${uiPointer}/ui:enumNames/${i}`] = name.en;
        return name?.vi ?? String(value);
      });
    }
    if (holder.type === 'string' && holder.format === undefined && typeof holder.maxLength === 'number' && holder.maxLength > LONG_TEXT) ui['ui:widget'] = 'textarea';
    if (holder.type === 'array' && holder.uniqueItems === true && isRecord(holder.items)) {
      const items = holder.items;
      if (Array.isArray(items.enum) || Array.isArray(resolveRef(schema, items.$ref)?.[0].enum)) ui['ui:widget'] = 'checkboxes';
    }
  }
  for (const [holder, at] of places) {
    if (isRecord(holder.properties)) {
      for (const [name, child] of Object.entries(holder.properties)) {
        if (!isRecord(child)) continue;
        const inner = (ui[name] ??= {}) as Json;
        uiHints(schema, child, `${at}/properties/${name}`, inner, `${uiPointer}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, words, english, depth + 1);
      }
    }
    if (isRecord(holder.items)) uiHints(schema, holder.items, `${at}/items`, (ui.items ??= {}) as Json, `${uiPointer}/items`, words, english, depth + 1);
  }
}

/**
 * A panel over some top-level members of the procedure meta-schema (`procedure.schema.json`, the
 * one source of truth): those members with every `$defs` entry, so each `$ref` resolves as in the
 * meta-schema and a property added there shows up in the panel with no new code. Pointers into the
 * panel's schema are the meta-schema's own, so the words are keyed by them.
 */
export function metaSchemaPart(members: readonly (keyof ProcedureDefinition)[], words: Readonly<Record<string, SchemaWords>> = META_SCHEMA_WORDS): PanelForm {
  const root = procedureSchema as Json;
  const properties = root.properties as Json;
  const schema: Json = structuredClone({
    type: 'object',
    properties: Object.fromEntries(members.map((member) => [member, properties[member]])),
    required: (root.required as string[]).filter((member) => (members as readonly string[]).includes(member)),
    additionalProperties: false,
    $defs: root.$defs,
  });
  const english: Record<string, string> = {};
  reword(schema, '', words, english);
  const uiSchema: Json = {};
  uiHints(schema, schema, '', uiSchema, '', words, english);
  return { members, schema, uiSchema, i18n: { en: english } };
}

/** Whether a value is an empty object or list, as rjsf fills in for a group the officer never touched. */
const isEmpty = (value: unknown) => (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);

/**
 * What a panel gave, as the definition should hold it: members left undefined dropped, and empty
 * objects or lists dropped where the definition had nothing, so opening a panel changes nothing.
 */
export function pruned(value: unknown, before: unknown): unknown {
  if (Array.isArray(value)) return value.map((item, i) => pruned(item, Array.isArray(before) ? before[i] : undefined));
  if (!isRecord(value)) return value;
  const out: Json = {};
  for (const [key, member] of Object.entries(value)) {
    const earlier = isRecord(before) ? before[key] : undefined;
    const kept = pruned(member, earlier);
    if (kept === undefined || (isEmpty(kept) && earlier === undefined)) continue;
    out[key] = kept;
  }
  return out;
}

/** The definition with a panel's members replaced by what the panel gave. */
export function withMembers(definition: ProcedureDefinition | undefined, members: readonly (keyof ProcedureDefinition)[], formData: unknown): ProcedureDefinition {
  const next = { ...definition } as Json;
  const given = isRecord(formData) ? formData : {};
  for (const member of members) {
    const value = pruned(given[member], next[member]);
    if (value === undefined || (isEmpty(value) && next[member] === undefined)) delete next[member];
    else next[member] = value;
  }
  return next as unknown as ProcedureDefinition;
}

/** The members a panel edits, taken from the definition. */
export function membersOf(definition: ProcedureDefinition | undefined, members: readonly (keyof ProcedureDefinition)[]): Json {
  return Object.fromEntries(members.flatMap((member) => (definition?.[member] === undefined ? [] : [[member, definition[member]]])));
}

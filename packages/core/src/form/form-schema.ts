import type { Bilingual } from '../i18n/bilingual.js';
import { getByPointer, joinPointer, parsePointer } from '../json/json-pointer.js';
import type { Form } from '../procedure.types.js';

type SchemaNode = Record<string, unknown>;

/** A subschema of a form together with its JSON Pointer inside `form.schema`. */
export interface LocatedSchema {
  schema: SchemaNode;
  pointer: string;
}

const isNode = (value: unknown): value is SchemaNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Resolves a local `$ref` ("#/$defs/x"); anything else is not followed. */
export function resolveLocalRef(root: SchemaNode, ref: string): LocatedSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
    parsePointer(pointer);
  } catch {
    return undefined;
  }
  const target = getByPointer(root, pointer);
  return isNode(target) ? { schema: target, pointer } : undefined;
}

const BRANCH_ARRAYS = ['allOf', 'anyOf', 'oneOf'] as const;
const BRANCH_SINGLES = ['then', 'else'] as const;

/**
 * A schema and every subschema that can add members at the same level of the
 * answers: local references, allOf/anyOf/oneOf, then/else and dependentSchemas.
 * Bounded by a visited set, so a cyclic `$ref` cannot loop.
 */
export function branchesOf(root: SchemaNode, start: LocatedSchema): LocatedSchema[] {
  const out: LocatedSchema[] = [];
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0 && out.length < 1000) {
    const current = queue.shift() as LocatedSchema;
    if (seen.has(current.pointer)) continue;
    seen.add(current.pointer);
    out.push(current);
    const { schema, pointer } = current;
    if (typeof schema.$ref === 'string') {
      const target = resolveLocalRef(root, schema.$ref);
      if (target) queue.push(target);
    }
    for (const key of BRANCH_ARRAYS) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((s, i) => isNode(s) && queue.push({ schema: s, pointer: joinPointer(pointer, key, i) }));
    }
    for (const key of BRANCH_SINGLES) {
      const s = schema[key];
      if (isNode(s)) queue.push({ schema: s, pointer: joinPointer(pointer, key) });
    }
    const dependent = schema.dependentSchemas;
    if (isNode(dependent)) {
      for (const [name, s] of Object.entries(dependent)) {
        if (isNode(s)) queue.push({ schema: s, pointer: joinPointer(pointer, 'dependentSchemas', name) });
      }
    }
  }
  return out;
}

/** Every subschema that describes member `name` of an object at this level. */
export function propertySchemas(root: SchemaNode, at: LocatedSchema, name: string): LocatedSchema[] {
  return branchesOf(root, at).flatMap(({ schema, pointer }) => {
    const properties = schema.properties;
    if (!isNode(properties) || !Object.hasOwn(properties, name)) return [];
    const s = properties[name];
    return isNode(s) ? [{ schema: s, pointer: joinPointer(pointer, 'properties', name) }] : [];
  });
}

/** Every subschema that describes the items of an array at this level. */
export function itemSchemas(root: SchemaNode, at: LocatedSchema): LocatedSchema[] {
  return branchesOf(root, at).flatMap(({ schema, pointer }) =>
    isNode(schema.items) ? [{ schema: schema.items, pointer: joinPointer(pointer, 'items') }] : [],
  );
}

/** The subschemas that describe the answer at a data path ("/banSao/0/soTrang"). */
export function schemasAtPath(formSchema: SchemaNode, dataPointer: string): LocatedSchema[] {
  let current: LocatedSchema[] = [{ schema: formSchema, pointer: '' }];
  for (const token of parsePointer(dataPointer)) {
    const numeric = /^(0|[1-9][0-9]*)$/.test(token);
    current = current.flatMap((at) => {
      const viaProperty = propertySchemas(formSchema, at, token);
      return viaProperty.length > 0 || !numeric ? viaProperty : itemSchemas(formSchema, at);
    });
    if (current.length === 0) break;
  }
  return current;
}

/** The JSON types a set of subschemas allows (empty when none says). */
export function typesOf(root: SchemaNode, located: LocatedSchema[]): Set<string> {
  const types = new Set<string>();
  for (const at of located) {
    for (const { schema } of branchesOf(root, at)) {
      const type = schema.type;
      if (typeof type === 'string') types.add(type);
      else if (Array.isArray(type)) for (const t of type) types.add(String(t));
    }
  }
  return types;
}

/**
 * The field's title at a data path in both languages: Vietnamese from the
 * schema, English from the form's overlay (falling back to Vietnamese).
 */
export function labelAtPath(form: Form, dataPointer: string): Bilingual | undefined {
  const root = form.schema as SchemaNode;
  for (const { schema, pointer } of schemasAtPath(root, dataPointer)) {
    if (typeof schema.title !== 'string') continue;
    const en = form.i18n?.en?.[joinPointer('/schema', ...parsePointer(pointer), 'title')];
    return { vi: schema.title, en: en ?? schema.title };
  }
  return undefined;
}

import { joinPointer, resolveLocalRef } from '@motcua/core';

export type SchemaNode = Record<string, unknown>;

/** A subschema of `form.schema` with its JSON Pointer there, the key of its texts and predicates. */
export interface Located {
  schema: SchemaNode;
  pointer: string;
}

/** Decides one `if` of the form by the validator module's predicate for that pointer. */
export type IfDecider = (ifPointer: string, value: unknown) => boolean;

/** The members an object shows for its current value, each with every subschema that speaks of it. */
export interface ObjectBranches {
  members: Map<string, Located[]>;
  required: Set<string>;
  /** Keywords this renderer cannot turn into inputs; the form shows a notice for each. */
  unsupported: string[];
  /** The `if`s and `dependentSchemas` this resolution read: when one of their outcomes changes, the form re-renders. */
  decisions: Decision[];
}

export interface Decision {
  kind: 'if' | 'dependent';
  /** The `if` pointer, or the dependent member's name. */
  key: string;
  outcome: boolean;
}

export const isNode = (value: unknown): value is SchemaNode =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isConstOnly = (s: unknown): boolean => isNode(s) && 'const' in s;

/**
 * Gathers what an object schema contributes at one level of the answers for a
 * given value: its properties, and those of `$ref` targets, `allOf`, the
 * `then` or `else` its `if` selects, and the `dependentSchemas` of members
 * present. Bounded by a visited set so a cyclic `$ref` cannot loop.
 */
export function objectBranches(root: SchemaNode, start: Located, value: unknown, decide: IfDecider): ObjectBranches {
  const out: ObjectBranches = { members: new Map(), required: new Set(), unsupported: [], decisions: [] };
  const present = isNode(value) ? value : {};
  const seen = new Set<string>();
  const queue: Located[] = [start];
  while (queue.length > 0) {
    const { schema, pointer } = queue.shift() as Located;
    if (seen.has(pointer) || seen.size > 500) continue;
    seen.add(pointer);
    if (typeof schema.$ref === 'string') {
      const target = resolveLocalRef(root, schema.$ref);
      if (target) queue.push(target);
      else out.unsupported.push(`$ref ${schema.$ref}`);
    }
    if (isNode(schema.properties)) {
      for (const [name, sub] of Object.entries(schema.properties)) {
        if (!isNode(sub)) continue;
        const list = out.members.get(name) ?? [];
        list.push({ schema: sub, pointer: joinPointer(pointer, 'properties', name) });
        out.members.set(name, list);
      }
    }
    if (Array.isArray(schema.required)) for (const name of schema.required) if (typeof name === 'string') out.required.add(name);
    if (Array.isArray(schema.allOf)) schema.allOf.forEach((s, i) => isNode(s) && queue.push({ schema: s, pointer: joinPointer(pointer, 'allOf', i) }));
    if (isNode(schema.if)) {
      const key = joinPointer(pointer, 'if');
      const outcome = decide(key, value);
      out.decisions.push({ kind: 'if', key, outcome });
      const chosen = outcome ? schema.then : schema.else;
      if (isNode(chosen)) queue.push({ schema: chosen, pointer: joinPointer(pointer, outcome ? 'then' : 'else') });
    }
    if (isNode(schema.dependentSchemas)) {
      for (const [name, sub] of Object.entries(schema.dependentSchemas)) {
        const outcome = Object.hasOwn(present, name);
        out.decisions.push({ kind: 'dependent', key: name, outcome });
        if (outcome && isNode(sub)) queue.push({ schema: sub, pointer: joinPointer(pointer, 'dependentSchemas', name) });
      }
    }
    if (isNode(schema.dependentRequired)) {
      for (const [name, list] of Object.entries(schema.dependentRequired)) {
        const outcome = Object.hasOwn(present, name);
        out.decisions.push({ kind: 'dependent', key: name, outcome });
        if (outcome && Array.isArray(list)) for (const n of list) if (typeof n === 'string') out.required.add(n);
      }
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const list = schema[key];
      if (Array.isArray(list) && list.some((s) => isNode(s) && (isNode(s.properties) || s.type === 'object'))) out.unsupported.push(key);
    }
    if (isNode(schema.patternProperties)) out.unsupported.push('patternProperties');
    if (isNode(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0) out.unsupported.push('additionalProperties');
  }
  return out;
}

/**
 * One schema for a member seen by several subschemas: the first says what it
 * is (type, title, widget); later ones add constraints it did not state.
 */
export function mergeMember(sources: readonly Located[], root: SchemaNode): Located {
  const expanded: Located[] = [];
  for (const source of sources) {
    expanded.push(source);
    if (typeof source.schema.$ref === 'string') {
      const target = resolveLocalRef(root, source.schema.$ref);
      if (target) expanded.push(target);
    }
  }
  if (expanded.length === 1) return expanded[0] as Located;
  const titled = expanded.find((s) => typeof s.schema.title === 'string') ?? (expanded[0] as Located);
  const schema: SchemaNode = {};
  for (let i = expanded.length - 1; i >= 0; i--) Object.assign(schema, (expanded[i] as Located).schema);
  Object.assign(schema, titled.schema);
  delete schema.$ref;
  return { schema, pointer: titled.pointer };
}

/** The options of a choice: `enum`, or a `oneOf`/`anyOf` of `const`s with their titles. */
export function choiceOptions(schema: SchemaNode): { value: unknown; title?: string; index: number; pointer?: string }[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum.map((value, index) => ({ value, index }));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list) && list.length > 0 && list.every(isConstOnly)) {
      return (list as SchemaNode[]).map((s, index) => ({
        value: s.const,
        index,
        pointer: `${key}/${index}`,
        ...(typeof s.title === 'string' ? { title: s.title } : {}),
      }));
    }
  }
  if ('const' in schema) return [{ value: schema.const, index: 0 }];
  return undefined;
}

/** The schema's type, the first non-null one when it lists several. */
export function typeOf(schema: SchemaNode): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') as string | undefined;
  if (isNode(schema.properties)) return 'object';
  if (isNode(schema.items)) return 'array';
  return undefined;
}

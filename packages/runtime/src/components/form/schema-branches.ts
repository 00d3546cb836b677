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

const isObjectSchema = (s: unknown): boolean => isNode(s) && (isNode(s.properties) || s.type === 'object');

/** `oneOf` or `anyOf` with an object among its branches: a choice between sets of questions, which this renderer cannot offer. */
const objectChoice = (list: unknown): boolean => Array.isArray(list) && list.some(isObjectSchema);

/**
 * Gathers what an object's schemas contribute at one level of the answers for a
 * given value: their properties, and those of `$ref` targets, `allOf`, the
 * `then` or `else` its `if` selects, and the `dependentSchemas` of members
 * present. Bounded by a visited set so a cyclic `$ref` cannot loop.
 */
export function objectBranches(root: SchemaNode, starts: readonly Located[], value: unknown, decide: IfDecider): ObjectBranches {
  const out: ObjectBranches = { members: new Map(), required: new Set(), unsupported: [], decisions: [] };
  const present = isNode(value) ? value : {};
  const seen = new Set<string>();
  const queue: Located[] = [...starts];
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
    for (const key of ['oneOf', 'anyOf'] as const) if (objectChoice(schema[key])) out.unsupported.push(key);
    if (isNode(schema.patternProperties)) out.unsupported.push('patternProperties');
    if (isNode(schema.additionalProperties) && Object.keys(schema.additionalProperties).length > 0) out.unsupported.push('additionalProperties');
  }
  return out;
}

/**
 * The names of every top-level member a form may show, whichever branches
 * its answers select: the root's properties and those of its `$ref`
 * targets, `allOf`, `then`, `else` and `dependentSchemas`.
 */
export function possibleMembers(root: SchemaNode): string[] {
  const names = new Set<string>();
  const seen = new Set<SchemaNode>();
  const queue = [root];
  while (queue.length > 0) {
    const node = queue.shift() as SchemaNode;
    if (seen.has(node)) continue;
    seen.add(node);
    if (isNode(node.properties)) for (const name of Object.keys(node.properties)) names.add(name);
    const target = typeof node.$ref === 'string' ? resolveLocalRef(root, node.$ref) : undefined;
    const branches = [target?.schema, node.then, node.else, ...(Array.isArray(node.allOf) ? node.allOf : []), ...(isNode(node.dependentSchemas) ? Object.values(node.dependentSchemas) : [])];
    for (const branch of branches) if (isNode(branch)) queue.push(branch);
  }
  return [...names];
}

/** The sources, each followed by the target of its `$ref`. */
function withTargets(sources: readonly Located[], root: SchemaNode): Located[] {
  const expanded: Located[] = [];
  for (const source of sources) {
    expanded.push(source);
    if (typeof source.schema.$ref === 'string') {
      const target = resolveLocalRef(root, source.schema.$ref);
      if (target) expanded.push(target);
    }
  }
  return expanded;
}

/**
 * The source (or `$ref` target) whose `keyword` `mergeMember` keeps: the
 * titled one if it has it, else the first that does. Subschemas below it are
 * located from there, where their `if`s and texts are keyed, not from the merge.
 */
export function sourceWith(sources: readonly Located[], root: SchemaNode, keyword: string): Located | undefined {
  const expanded = withTargets(sources, root);
  const titled = expanded.find((s) => typeof s.schema.title === 'string');
  return titled && keyword in titled.schema ? titled : expanded.find((s) => keyword in s.schema);
}

/**
 * One schema for a member seen by several subschemas: the first says what it
 * is (type, title, widget); later ones add constraints it did not state.
 */
export function mergeMember(sources: readonly Located[], root: SchemaNode): Located {
  const expanded = withTargets(sources, root);
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

/**
 * The schema's type, the first non-null one when it lists several. Without
 * one, what its keywords imply: an object choice is an object, so that it
 * shows as a group with its notice rather than as a text box.
 */
export function typeOf(schema: SchemaNode): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null') as string | undefined;
  if (isNode(schema.properties) || objectChoice(schema.oneOf) || objectChoice(schema.anyOf)) return 'object';
  if (isNode(schema.items)) return 'array';
  return undefined;
}

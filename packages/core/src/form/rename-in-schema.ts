import { joinPointer } from '../json/json-pointer.js';
import { resolveLocalRef } from './form-schema.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One step from an object or list of the answers down to a member (by name) or to an item of a list. */
export type Step = { kind: 'member'; name: string } | { kind: 'item' };

/** Applicators whose subschemas apply to the same instance as their parent. */
const SAME_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SAME_PLACE_SINGLES = ['not', 'if', 'then', 'else'] as const;
/** Maps from a member name to a subschema applying to the same instance; `dependencies` may also map it to a list of names. */
const SAME_PLACE_MAPS = ['dependentSchemas', 'dependencies'] as const;

export interface SchemaRename {
  /** Where the object holding the answer is, in steps from the instance the walk starts at. */
  parent: readonly Step[];
  from: string;
  to: string;
  /** The schema local `$ref`s resolve in; without it (conditions) a `$ref` is not followed. */
  root?: Node;
}

export interface SchemaRenameResult {
  schema: unknown;
  /** Schema pointers (relative to the walk's start) of every subschema moved by the rename, old → new. */
  moved: [string, string][];
  /** The first `$ref` through which a subschema mentions `from` at the parent. */
  behindRef?: string;
  /** Whether some subschema at the parent already names a member `to`. */
  taken: boolean;
}

interface Walk extends SchemaRename {
  moved: [string, string][];
  behindRef?: string;
  taken: boolean;
  /** Set while looking through a `$ref`: its target is only read, never rewritten. */
  via?: string;
  followed: Set<string>;
}

const rename = (walk: Walk, name: string): string => (name === walk.from ? walk.to : name);
const renameAll = (walk: Walk, names: unknown): unknown => (Array.isArray(names) ? names.map((name) => (typeof name === 'string' ? rename(walk, name) : name)) : names);
const renameKeys = (walk: Walk, map: Node): Node => Object.fromEntries(Object.entries(map).map(([key, value]) => [rename(walk, key), value]));

/** What a subschema at the parent says about the member by name: its declaration, `required`, `dependentRequired`, a discriminator. */
function renameMembers(walk: Walk, out: Node, pointer: string, renamed: string): void {
  if (isNode(out.properties)) {
    if (Object.hasOwn(out.properties, walk.to)) walk.taken = true;
    if (Object.hasOwn(out.properties, walk.from)) {
      if (walk.via !== undefined) walk.behindRef ??= walk.via;
      else walk.moved.push([joinPointer(pointer, 'properties', walk.from), joinPointer(renamed, 'properties', walk.to)]);
    }
  }
  if (walk.via !== undefined) return;
  if (isNode(out.properties)) out.properties = renameKeys(walk, out.properties);
  if (Array.isArray(out.required)) out.required = renameAll(walk, out.required);
  if (isNode(out.dependentRequired)) out.dependentRequired = Object.fromEntries(Object.entries(renameKeys(walk, out.dependentRequired)).map(([key, names]) => [key, renameAll(walk, names)]));
  if (isNode(out.discriminator) && out.discriminator.propertyName === walk.from) out.discriminator = { ...out.discriminator, propertyName: walk.to };
}

/** A map of `dependentSchemas` or `dependencies`: at the parent its keys (and lists of names) renamed, each subschema walked. */
function visitMap(walk: Walk, map: Node, key: string, depth: number, pointer: string, renamed: string): Node {
  const here = depth === walk.parent.length && walk.via === undefined;
  const entries = Object.entries(map).map(([name, each]) => {
    const as = here ? rename(walk, name) : name;
    if (here && as !== name && isNode(each)) walk.moved.push([joinPointer(pointer, key, name), joinPointer(renamed, key, as)]);
    if (!isNode(each)) return [as, here ? renameAll(walk, each) : each];
    return [as, visit(walk, each, depth, joinPointer(pointer, key, name), joinPointer(renamed, key, as))];
  });
  return Object.fromEntries(entries);
}

/** Reads (never rewrites) what a local `$ref` at this place says, so a declaration behind it is known. */
function lookThrough(walk: Walk, ref: string, depth: number): void {
  const key = `${depth} ${ref}`;
  const target = walk.root ? resolveLocalRef(walk.root, ref) : undefined;
  if (!target || walk.followed.has(key)) return;
  walk.followed.add(key);
  const via = walk.via;
  walk.via = via ?? ref;
  visit(walk, target.schema, depth, target.pointer, target.pointer);
  walk.via = via;
}

function visit(walk: Walk, node: unknown, depth: number, pointer: string, renamed: string): unknown {
  if (!isNode(node)) return node;
  const out: Node = { ...node };
  const atParent = depth === walk.parent.length;
  if (typeof node.$ref === 'string') lookThrough(walk, node.$ref, depth);
  if (atParent) renameMembers(walk, out, pointer, renamed);
  for (const key of SAME_PLACE_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) out[key] = list.map((each, i) => visit(walk, each, depth, joinPointer(pointer, key, i), joinPointer(renamed, key, i)));
  }
  for (const key of SAME_PLACE_SINGLES) {
    if (isNode(node[key])) out[key] = visit(walk, node[key], depth, joinPointer(pointer, key), joinPointer(renamed, key));
  }
  for (const key of SAME_PLACE_MAPS) {
    const map = node[key];
    if (isNode(map)) out[key] = visitMap(walk, map, key, depth, pointer, renamed);
  }
  const step = walk.parent[depth];
  if (step?.kind === 'member' && isNode(node.properties) && Object.hasOwn(node.properties, step.name)) {
    const at = joinPointer(pointer, 'properties', step.name);
    out.properties = { ...node.properties, [step.name]: visit(walk, node.properties[step.name], depth + 1, at, joinPointer(renamed, 'properties', step.name)) };
  }
  if (step?.kind === 'item') {
    if (isNode(node.items)) out.items = visit(walk, node.items, depth + 1, joinPointer(pointer, 'items'), joinPointer(renamed, 'items'));
    const tuple = node.prefixItems;
    if (Array.isArray(tuple)) out.prefixItems = tuple.map((each, i) => visit(walk, each, depth + 1, joinPointer(pointer, 'prefixItems', i), joinPointer(renamed, 'prefixItems', i)));
  }
  return walk.via === undefined ? out : node;
}

/**
 * The schema with member `from` of the object at `parent` renamed `to`, wherever a subschema
 * applying to that object names it: `properties`, `required`, `dependentRequired`,
 * `dependentSchemas`, `dependencies` and a discriminator, in its own node and in the
 * applicators that stay at the same instance (allOf/anyOf/oneOf, not, if/then/else,
 * dependentSchemas). `properties`, `items` and `prefixItems` go down a level, so a member of
 * the same name in another object is never touched. A copy: the input is left as it was.
 */
export function renameInSchema(schema: unknown, request: SchemaRename): SchemaRenameResult {
  const walk: Walk = { ...request, moved: [], taken: false, followed: new Set() };
  const renamed = visit(walk, schema, 0, '', '');
  return { schema: renamed, moved: walk.moved, taken: walk.taken, ...(walk.behindRef === undefined ? {} : { behindRef: walk.behindRef }) };
}

import { joinPointer } from './json-pointer.js';

/** One difference between two JSON documents, at a JSON Pointer of the newer one (of the older for removals). */
export type JsonChange =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string; oldValue: unknown }
  | { op: 'replace'; path: string; oldValue: unknown; value: unknown };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function byId(list: unknown[]): Map<string, number> | undefined {
  const ids = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const id = isObject(item) ? item.id : undefined;
    if (typeof id !== 'string' || ids.has(id)) return undefined;
    ids.set(id, i);
  }
  return ids;
}

function walk(before: unknown, after: unknown, path: string, out: JsonChange[], depth: number): void {
  if (depth > 64) {
    if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ op: 'replace', path, oldValue: before, value: after });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const oldIds = byId(before);
    const newIds = byId(after);
    if (oldIds && newIds) {
      // Lists of things with ids (fees, documents, steps, cases) are compared by id, so inserting one is one change.
      for (const [id, i] of oldIds) if (!newIds.has(id)) out.push({ op: 'remove', path: joinPointer(path, i), oldValue: before[i] });
      for (const [id, j] of newIds) {
        const i = oldIds.get(id);
        if (i === undefined) out.push({ op: 'add', path: joinPointer(path, j), value: after[j] });
        else walk(before[i], after[j], joinPointer(path, j), out, depth + 1);
      }
      return;
    }
    const shared = Math.min(before.length, after.length);
    for (let i = 0; i < shared; i += 1) walk(before[i], after[i], joinPointer(path, i), out, depth + 1);
    for (let i = shared; i < after.length; i += 1) out.push({ op: 'add', path: joinPointer(path, i), value: after[i] });
    for (let i = shared; i < before.length; i += 1) out.push({ op: 'remove', path: joinPointer(path, i), oldValue: before[i] });
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key)) out.push({ op: 'remove', path: joinPointer(path, key), oldValue: before[key] });
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) out.push({ op: 'add', path: joinPointer(path, key), value: after[key] });
      else walk(before[key], after[key], joinPointer(path, key), out, depth + 1);
    }
    return;
  }
  if (before !== after) out.push({ op: 'replace', path, oldValue: before, value: after });
}

/** What changed from one definition (or any JSON) to another, each change at its JSON Pointer. */
export function diffJson(before: unknown, after: unknown): JsonChange[] {
  const out: JsonChange[] = [];
  walk(before, after, '', out, 0);
  return out;
}

import { joinPointer } from '../json/json-pointer.js';
import { resolveLocalRef } from '../form/form-schema.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';

type SchemaNode = Record<string, unknown>;

function collectRefs(node: unknown, pointer: string, out: { pointer: string; ref: string }[], depth = 0): void {
  if (depth > 64 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectRefs(child, joinPointer(pointer, i), out, depth + 1));
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    if ((key === '$ref' || key === '$dynamicRef') && typeof value === 'string') out.push({ pointer, ref: value });
    else collectRefs(value, joinPointer(pointer, key), out, depth + 1);
  }
}

/**
 * A form is finite: every `$ref` must point inside the form, and following
 * references must never come back to where it started (a form that contains
 * itself cannot be rendered, however valid it is as JSON Schema).
 */
export function checkRefs(schema: SchemaNode, base: string): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const refs: { pointer: string; ref: string }[] = [];
  collectRefs(schema, '', refs);
  const edges = new Map<string, string[]>();
  for (const { pointer, ref } of refs) {
    const at = joinPointer(base + pointer, '$ref');
    if (!ref.startsWith('#')) {
      out.push(issue(at, 'ref-remote', `Tham chiếu “${ref}” trỏ ra ngoài biểu mẫu; chỉ được tham chiếu trong “$defs” của biểu mẫu.`, `The reference “${ref}” points outside the form; refer only to the form's own $defs.`, { ref }));
      continue;
    }
    const target = resolveLocalRef(schema, ref);
    if (!target) {
      out.push(issue(at, 'ref-unresolved', `Tham chiếu “${ref}” không trỏ tới phần nào của biểu mẫu.`, `The reference “${ref}” points at nothing in the form.`, { ref }));
      continue;
    }
    const list = edges.get(pointer) ?? [];
    list.push(target.pointer);
    edges.set(pointer, list);
  }
  // A reference cycle: following refs from a node (possibly through nested
  // members of the target) reaches a node that contains the starting ref.
  const holders = [...edges.keys()];
  const contains = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}/`);
  for (const start of holders) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const target = stack.pop() as string;
      if (contains(target, start)) {
        out.push(issue(joinPointer(base + start, '$ref'), 'ref-cyclic', 'Biểu mẫu tự tham chiếu đến chính nó (vòng lặp “$ref”), nên không thể hiển thị.', 'The form refers back to itself (a $ref cycle), so it cannot be rendered.'));
        break;
      }
      if (seen.has(target)) continue;
      seen.add(target);
      for (const holder of holders) if (contains(target, holder)) stack.push(...(edges.get(holder) ?? []));
    }
  }
  return out;
}

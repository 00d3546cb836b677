import type { Ajv2020 } from '../ajv/create-ajv.js';
import { collectConditions } from '../conditions/collect-conditions.js';
import { propertySchemas, itemSchemas, type LocatedSchema } from '../form/form-schema.js';
import { joinPointer } from '../json/json-pointer.js';
import type { ProcedureDefinition } from '../procedure.types.js';
import { checkPatternsIn } from './check-patterns.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';

type SchemaNode = Record<string, unknown>;
const isNode = (v: unknown): v is SchemaNode => v !== null && typeof v === 'object' && !Array.isArray(v);

const CONTEXT_KEYS = new Set(['answers', 'case', 'channel', 'delivery', 'applicantCategory']);
const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const;

interface Known {
  formRoot: SchemaNode;
  values: Record<'case' | 'channel' | 'delivery' | 'applicantCategory', Set<string>>;
}

/** The schema and its combinator branches: a condition may say the same thing through allOf/anyOf/not/if. */
function sameLevel(node: SchemaNode, path: string): { node: SchemaNode; path: string }[] {
  const out = [{ node, path }];
  for (const key of COMBINATORS) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((s, i) => isNode(s) && out.push(...sameLevel(s, joinPointer(path, key, i))));
  }
  for (const key of ['not', 'if', 'then', 'else'] as const) {
    const s = node[key];
    if (isNode(s)) out.push(...sameLevel(s, joinPointer(path, key)));
  }
  return out;
}

function namedMembers(node: SchemaNode): { name: string; key: string; sub?: SchemaNode }[] {
  const out: { name: string; key: string; sub?: SchemaNode }[] = [];
  if (isNode(node.properties)) for (const [name, sub] of Object.entries(node.properties)) out.push({ name, key: 'properties', sub: isNode(sub) ? sub : {} });
  if (Array.isArray(node.required)) for (const name of node.required) out.push({ name: String(name), key: 'required' });
  return out;
}

/** Every answer a condition names must exist in the form at the same place. */
function checkAnswers(node: SchemaNode, path: string, at: LocatedSchema[], known: Known, out: ValidationIssue[], depth: number): void {
  if (depth > 32) return;
  for (const level of sameLevel(node, path)) {
    for (const { name, key, sub } of namedMembers(level.node)) {
      const targets = at.flatMap((a) => propertySchemas(known.formRoot, a, name));
      if (targets.length === 0) {
        out.push(issue(joinPointer(level.path, key, ...(key === 'properties' ? [name] : [])), 'condition-unknown-field', `Điều kiện nhắc tới trường “${name}” nhưng biểu mẫu không có trường này.`, `The condition names the field “${name}”, which the form does not have.`, { field: name }));
        continue;
      }
      if (sub) checkAnswers(sub, joinPointer(level.path, 'properties', name), targets, known, out, depth + 1);
    }
    const items = level.node.items;
    if (isNode(items)) {
      checkAnswers(items, joinPointer(level.path, 'items'), at.flatMap((a) => itemSchemas(known.formRoot, a)), known, out, depth + 1);
    }
  }
}

function checkValues(node: SchemaNode, path: string, allowed: Set<string>, what: { vi: string; en: string }, out: ValidationIssue[]): void {
  for (const level of sameLevel(node, path)) {
    const values: { value: unknown; at: string }[] = [];
    if ('const' in level.node) values.push({ value: level.node.const, at: joinPointer(level.path, 'const') });
    if (Array.isArray(level.node.enum)) level.node.enum.forEach((value, i) => values.push({ value, at: joinPointer(level.path, 'enum', i) }));
    for (const { value, at } of values) {
      if (typeof value !== 'string' || !allowed.has(value)) {
        out.push(issue(at, 'condition-unknown-value', `Điều kiện dùng ${what.vi} “${String(value)}”, không có trong thủ tục này.`, `The condition uses the ${what.en} “${String(value)}”, which this procedure does not have.`, { value, allowed: [...allowed] }));
      }
    }
  }
}

const WHAT = {
  case: { vi: 'trường hợp', en: 'case' },
  channel: { vi: 'cách thức nộp', en: 'channel' },
  delivery: { vi: 'cách nhận kết quả', en: 'delivery method' },
  applicantCategory: { vi: 'đối tượng', en: 'applicant category' },
} as const;

function checkCondition(schema: SchemaNode, pointer: string, known: Known, out: ValidationIssue[]): void {
  for (const level of sameLevel(schema, pointer)) {
    for (const { name, key, sub } of namedMembers(level.node)) {
      if (!CONTEXT_KEYS.has(name)) {
        out.push(issue(joinPointer(level.path, key, ...(key === 'properties' ? [name] : [])), 'condition-unknown-context', `Điều kiện chỉ được xét “answers”, “case”, “channel”, “delivery” hoặc “applicantCategory”, không có “${name}”.`, `A condition can only test answers, case, channel, delivery or applicantCategory, not “${name}”.`, { key: name }));
        continue;
      }
      if (!sub) continue;
      const at = joinPointer(level.path, 'properties', name);
      if (name === 'answers') checkAnswers(sub, at, [{ schema: known.formRoot, pointer: '' }], known, out, 0);
      else checkValues(sub, at, known.values[name as keyof Known['values']], WHAT[name as keyof typeof WHAT], out);
    }
  }
}

/** Every condition compiles with the shared ajv options and names only what the procedure has. */
export function checkConditions(definition: ProcedureDefinition, ajv: Ajv2020): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const allChannels = new Set<string>(definition.channels.map((c) => c.kind));
  for (const c of definition.cases) for (const ch of c.channels ?? []) allChannels.add(ch.kind);
  const known: Known = {
    formRoot: definition.form.schema as SchemaNode,
    values: {
      case: new Set(definition.cases.map((c) => c.id)),
      channel: allChannels,
      delivery: new Set(definition.result.delivery),
      applicantCategory: new Set((definition.applicantCategories ?? []).map((c) => c.id)),
    },
  };
  for (const { pointer, schema, role } of collectConditions(definition)) {
    const before = out.length;
    checkPatternsIn(schema, pointer, out);
    if (out.length === before) {
      try {
        ajv.compile(schema);
      } catch (error) {
        const text = (error as Error).message.replace(/\s+/g, ' ').slice(0, 500);
        out.push(issue(pointer, 'condition-invalid', `Điều kiện không phải là JSON Schema hợp lệ: ${text}`, `The condition is not a valid JSON Schema: ${text}`));
        continue;
      } finally {
        ajv.removeSchema(schema);
      }
    }
    if (role === 'case' && isNode(schema.properties) && 'case' in schema.properties) {
      out.push(issue(joinPointer(pointer, 'properties', 'case'), 'condition-case-circular', 'Điều kiện chọn trường hợp không thể phụ thuộc vào chính trường hợp.', 'A condition that chooses the case cannot depend on the case.'));
    }
    checkCondition(schema, pointer, known, out);
  }
  return out;
}

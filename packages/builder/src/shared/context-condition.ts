import type { Condition } from '@motcua/core';

/** The members of the condition context an officer can test directly (core's ConditionContext). */
export const CONTEXT_MEMBERS = ['applicantCategory', 'channel', 'delivery', 'case'] as const;
export type ContextMember = (typeof CONTEXT_MEMBERS)[number];

export type ConditionOperator = 'is' | 'is-not' | 'one-of' | 'greater-than';
export type ConditionValue = string | number | boolean;

/**
 * A condition as the builder's condition fields show it: one subject (a context member, or a
 * top-level answer written `answer:<name>`), one operator, its values (one, or several for one-of).
 */
export interface SimpleCondition {
  subject: ContextMember | `answer:${string}`;
  operator: ConditionOperator;
  values: ConditionValue[];
}

const ANSWER = 'answer:';

function test(operator: ConditionOperator, values: readonly ConditionValue[]): Record<string, unknown> {
  switch (operator) {
    case 'is':
      return { const: values[0] ?? '' };
    case 'is-not':
      return { not: { const: values[0] ?? '' } };
    case 'one-of':
      return { enum: [...values] };
    case 'greater-than':
      return { exclusiveMinimum: typeof values[0] === 'number' ? values[0] : 0 };
  }
}

/** The condition in the definition's own format: a JSON Schema over the context, as the catalogue writes them. */
export function writeCondition(condition: SimpleCondition): Condition {
  const inner = test(condition.operator, condition.values);
  if (condition.subject.startsWith(ANSWER)) {
    const name = condition.subject.slice(ANSWER.length);
    return { properties: { answers: { properties: { [name]: inner }, required: [name] } }, required: ['answers'] };
  }
  return { properties: { [condition.subject]: inner }, required: [condition.subject] };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isValue = (value: unknown): value is ConditionValue => ['string', 'number', 'boolean'].includes(typeof value);

/** The object's only member named in `keys`, when it has exactly these keys. */
function exactly(value: unknown, keys: readonly string[]): Record<string, unknown> | undefined {
  if (!isRecord(value)) return undefined;
  const own = Object.keys(value).sort();
  return own.length === keys.length && [...keys].sort().every((key, i) => own[i] === key) ? value : undefined;
}

/** The one property a `{ properties: { x: … }, required: ['x'] }` schema tests, with its test. */
function onlyProperty(schema: unknown): [string, unknown] | undefined {
  const shaped = exactly(schema, ['properties', 'required']);
  if (!shaped || !isRecord(shaped.properties) || !Array.isArray(shaped.required)) return undefined;
  const entries = Object.entries(shaped.properties);
  if (entries.length !== 1 || shaped.required.length !== 1) return undefined;
  const [entry] = entries as [[string, unknown]];
  return shaped.required[0] === entry[0] ? entry : undefined;
}

function readTest(inner: unknown): Pick<SimpleCondition, 'operator' | 'values'> | undefined {
  if (exactly(inner, ['const']) && isValue((inner as { const: unknown }).const)) return { operator: 'is', values: [(inner as { const: ConditionValue }).const] };
  const negated = exactly(inner, ['not']);
  if (negated && exactly(negated.not, ['const']) && isValue((negated.not as { const: unknown }).const)) return { operator: 'is-not', values: [(negated.not as { const: ConditionValue }).const] };
  const listed = exactly(inner, ['enum']);
  if (listed && Array.isArray(listed.enum) && listed.enum.length > 0 && listed.enum.every(isValue)) return { operator: 'one-of', values: listed.enum };
  const above = exactly(inner, ['exclusiveMinimum']);
  if (above && typeof above.exclusiveMinimum === 'number') return { operator: 'greater-than', values: [above.exclusiveMinimum] };
  return undefined;
}

/** What `writeCondition` wrote, read back; undefined for a condition written by hand in another shape. */
export function readCondition(condition: Condition | undefined): SimpleCondition | undefined {
  const outer = onlyProperty(condition);
  if (!outer) return undefined;
  const [member, inner] = outer;
  if (member === 'answers') {
    const answer = onlyProperty(inner);
    const read = answer && readTest(answer[1]);
    return answer && read ? { subject: `${ANSWER}${answer[0]}`, ...read } : undefined;
  }
  if (!(CONTEXT_MEMBERS as readonly string[]).includes(member)) return undefined;
  const read = readTest(inner);
  return read ? { subject: member as ContextMember, ...read } : undefined;
}

// Condition contexts for a definition: every channel, delivery method, applicant category and case
// it names (and some it does not), members absent or explicitly undefined, and answers that make
// its answer conditions hold as well as answers that do not.
import fc from 'fast-check';
import { collectConditions, type ConditionContext, type ProcedureDefinition } from '@motcua/core';
import { answerSamples } from './answer-samples.js';

const CHANNELS = ['in-person', 'online', 'postal'] as const;

function isNode(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Values conditions test answers against (`const`, `enum`, bounds), by answer name, found anywhere in a condition. */
function answerHints(definition: ProcedureDefinition): Map<string, unknown[]> {
  const hints = new Map<string, unknown[]>();
  const add = (name: string, ...values: unknown[]) => hints.set(name, [...(hints.get(name) ?? []), ...values]);
  const walk = (node: unknown, depth: number): void => {
    if (depth > 32) return;
    if (Array.isArray(node)) return node.forEach((child) => walk(child, depth + 1));
    if (!isNode(node)) return;
    const answers = isNode(node.properties) ? node.properties.answers : undefined;
    if (isNode(answers) && isNode(answers.properties)) {
      for (const [name, sub] of Object.entries(answers.properties)) {
        if (!isNode(sub)) continue;
        if ('const' in sub) add(name, sub.const);
        if (Array.isArray(sub.enum)) add(name, ...sub.enum);
        for (const bound of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']) {
          const value = sub[bound];
          if (typeof value === 'number') add(name, value - 1, value, value + 1);
        }
        if (typeof sub.minItems === 'number') add(name, Array.from({ length: sub.minItems }, () => ({})), []);
      }
    }
    for (const child of Object.values(node)) walk(child, depth + 1);
  };
  for (const { schema } of collectConditions(definition)) walk(schema, 0);
  return hints;
}

/**
 * `count` random contexts plus the full cross product of channel × delivery × category × case
 * over empty answers. Reproducible for a given `seed`.
 */
export function conditionContexts(definition: ProcedureDefinition, count: number, seed: number): ConditionContext[] {
  const categories = [...(definition.applicantCategories ?? []).map((c) => c.id), 'khong-co-nhom-nay'];
  const cases = [...definition.cases.map((c) => c.id), 'khong-co-truong-hop-nay'];
  const hints = answerHints(definition);
  const sampled = answerSamples(definition.form.schema, Math.max(8, Math.floor(count / 4)), seed) as Record<string, unknown>[];
  const hinted: Record<string, unknown>[] = [];
  for (const [name, values] of hints) for (const value of values) hinted.push({ [name]: value });
  // Several hinted answers at once, so conditions over two answers can hold too.
  const combined = fc.sample(
    fc.array(fc.constantFrom(...(hinted.length > 0 ? hinted : [{}])), { maxLength: 4 }).map((parts) => Object.assign({}, ...parts) as Record<string, unknown>),
    { seed, numRuns: 40 },
  );
  const answersPool = [{}, ...hinted, ...combined, ...sampled.filter(isNode)];

  const maybe = <T>(values: readonly T[]) => fc.constantFrom<T | undefined>(...values, undefined);
  const arbitrary = fc.record(
    {
      answers: fc.constantFrom(...answersPool),
      case: maybe(cases),
      channel: maybe(CHANNELS),
      delivery: maybe(CHANNELS),
      applicantCategory: maybe(categories),
    },
    { requiredKeys: ['answers'] },
  );
  const contexts = fc.sample(arbitrary, { seed, numRuns: count }) as ConditionContext[];

  for (const channel of [...CHANNELS, undefined]) {
    for (const delivery of [...CHANNELS, undefined]) {
      for (const applicantCategory of [...categories, undefined]) {
        for (const c of [...cases, undefined]) contexts.push({ answers: {}, channel, delivery, applicantCategory, case: c });
      }
    }
  }
  // A caller that leaves `answers` out: both sides read it as no answers.
  contexts.push({} as ConditionContext, { answers: undefined, channel: 'online' } as unknown as ConditionContext);
  return contexts;
}

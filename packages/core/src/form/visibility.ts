import type { ConditionContext } from '../conditions/condition-context.js';
import type { ConditionEvaluator } from '../conditions/condition-evaluator.js';
import { joinPointer, parsePointer } from '../json/json-pointer.js';
import type { ProcedureDefinition } from '../procedure.types.js';

/**
 * The answer path a `form.visibility` key hides: a schema pointer made only
 * of `properties` steps ("/properties/a/properties/b") maps to "/a/b".
 * Returns undefined for any other shape (validateProcedure reports those).
 */
export function answerPathOfSection(schemaPointer: string): string | undefined {
  const tokens = parsePointer(schemaPointer);
  if (tokens.length === 0 || tokens.length % 2 !== 0) return undefined;
  const names: string[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    if (tokens[i] !== 'properties') return undefined;
    names.push(tokens[i + 1] as string);
  }
  return joinPointer('', ...names);
}

/** Schema pointers of the sections whose visibility condition does not hold. */
export function hiddenSections(
  definition: ProcedureDefinition,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
): string[] {
  return Object.keys(definition.form.visibility ?? {}).filter(
    (section) => !evaluator.holds(joinPointer('/form/visibility', section), context),
  );
}

/**
 * The answers without those of hidden sections: hidden answers are never
 * submitted. A copy when something is removed; the same object when nothing
 * is hidden, which is most submissions, so they pay for no deep copy.
 */
export function pruneHiddenAnswers(
  answers: Record<string, unknown>,
  hidden: readonly string[],
): Record<string, unknown> {
  if (hidden.length === 0) return answers;
  const copy = structuredClone(answers);
  for (const section of hidden) {
    const path = answerPathOfSection(section);
    if (!path) continue;
    const tokens = parsePointer(path);
    let parent: unknown = copy;
    for (const token of tokens.slice(0, -1)) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[token] : undefined;
    }
    const last = tokens[tokens.length - 1] as string;
    if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
      delete (parent as Record<string, unknown>)[last];
    }
  }
  return copy;
}

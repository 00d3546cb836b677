import type { ConditionContext } from '../conditions/condition-context.js';
import type { ConditionEvaluator } from '../conditions/condition-evaluator.js';
import { joinPointer } from '../json/json-pointer.js';
import type { Case, ProcedureDefinition } from '../procedure.types.js';
import { caseNoneApplies, caseRequired, caseUnknown } from './case-error.js';

/**
 * The case a context falls in. With `caseSelection: "choice"` the citizen's
 * `context.case` decides (a single case needs no choice); with "answers" the
 * first case whose condition holds, a case without a condition being the default.
 */
export function chooseCase(
  definition: ProcedureDefinition,
  context: ConditionContext,
  evaluator: ConditionEvaluator,
): Case {
  const { cases } = definition;
  if (definition.caseSelection === 'choice') {
    const ids = cases.map((c) => c.id);
    if (context.case === undefined) {
      if (cases.length === 1 && cases[0]) return cases[0];
      throw caseRequired(ids);
    }
    const chosen = cases.find((c) => c.id === context.case);
    if (!chosen) throw caseUnknown(context.case, ids);
    return chosen;
  }
  for (const [i, c] of cases.entries()) {
    if (!c.when || evaluator.holds(joinPointer('/cases', i, 'when'), context)) return c;
  }
  throw caseNoneApplies();
}

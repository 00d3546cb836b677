import type { Step } from '../procedure.types.js';

/**
 * Where a dossier stands among its procedure's steps (trình tự thực hiện).
 * The first step receives; the decision step is the last approver's (the
 * last step when no step approves); the steps after it return the result.
 * Forwarding moves the dossier between the steps from the second to the
 * decision step, back as well as on (an approver may send it back to the
 * specialist); approval moves it to the first return step.
 */
export function decisionStepIndex(steps: readonly Step[]): number {
  for (let i = steps.length - 1; i >= 0; i -= 1) if (steps[i]?.role === 'approver') return i;
  return steps.length - 1;
}

/** The step an approved dossier waits at for its return. */
export function returnStepIndex(steps: readonly Step[]): number {
  return Math.min(decisionStepIndex(steps) + 1, steps.length - 1);
}

/** The steps a dossier at `current` may be forwarded to, in order. */
export function forwardTargets(steps: readonly Step[], current: number): Step[] {
  const decision = decisionStepIndex(steps);
  return steps.filter((_, i) => i >= 1 && i <= decision && i !== current);
}

/** The step forwarding goes to when none is named: the next one, up to the decision step. */
export function nextStepIndex(steps: readonly Step[], current: number): number | undefined {
  const next = current + 1;
  return next >= 1 && next <= decisionStepIndex(steps) ? next : undefined;
}

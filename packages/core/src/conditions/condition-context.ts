import type { ChannelKind } from '../procedure.types.js';

/**
 * The one object every condition of a definition is evaluated against.
 * `channel` is how the dossier is submitted; `delivery` is how the result is
 * returned: two different axes, and fees and times may depend on both.
 */
export interface ConditionContext {
  answers: Record<string, unknown>;
  case?: string;
  channel?: ChannelKind;
  delivery?: ChannelKind;
  applicantCategory?: string;
}

/** Drops undefined members so a JSON Schema `required` sees what is really there. */
export function normaliseContext(context: ConditionContext): ConditionContext {
  const out: ConditionContext = { answers: context.answers ?? {} };
  if (context.case !== undefined) out.case = context.case;
  if (context.channel !== undefined) out.channel = context.channel;
  if (context.delivery !== undefined) out.delivery = context.delivery;
  if (context.applicantCategory !== undefined) out.applicantCategory = context.applicantCategory;
  return out;
}

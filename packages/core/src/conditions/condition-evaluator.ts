import { MotcuaError } from '../errors.js';
import type { ConditionContext } from './condition-context.js';

/**
 * Decides conditions by the JSON Pointer of their schema in the definition.
 * The server implements it with ajv; the browser with the predicates of the
 * per-version module the server generates; core's engines only see this.
 */
export interface ConditionEvaluator {
  holds(pointer: string, context: ConditionContext): boolean;
}

export class UnknownConditionError extends MotcuaError<'condition-unknown'> {
  constructor(pointer: string) {
    super(
      'condition-unknown',
      {
        vi: `Không có điều kiện nào tại ${pointer} trong bộ điều kiện đã biên dịch.`,
        en: `No compiled condition at ${pointer}.`,
      },
      { pointer },
    );
  }
}

export type Predicate = (context: ConditionContext) => boolean;

/** An evaluator over ready predicates, such as a generated validator module's. */
export function predicateEvaluator(predicates: Readonly<Record<string, Predicate>>): ConditionEvaluator {
  return {
    holds(pointer, context) {
      const predicate = Object.hasOwn(predicates, pointer) ? predicates[pointer] : undefined;
      if (!predicate) throw new UnknownConditionError(pointer);
      return predicate(context);
    },
  };
}

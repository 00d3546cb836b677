import type { ValidateFunction } from 'ajv';
import { createAjv, type Ajv2020 } from '../ajv/create-ajv.js';
import type { ProcedureDefinition } from '../procedure.types.js';
import { collectConditions } from './collect-conditions.js';
import { normaliseContext } from './condition-context.js';
import { predicateEvaluator, type Predicate } from './condition-evaluator.js';

/**
 * Compiles every condition of a definition with Một Cửa's ajv options. Done
 * once per published version (compiling costs milliseconds; evaluating,
 * microseconds), never per request.
 */
export function compileConditions(
  definition: ProcedureDefinition,
  ajv: Ajv2020 = createAjv(),
): Record<string, Predicate> {
  const predicates: Record<string, Predicate> = {};
  for (const { pointer, schema } of collectConditions(definition)) {
    const validate: ValidateFunction = ajv.compile(schema);
    predicates[pointer] = (context) => validate(normaliseContext(context)) === true;
  }
  return predicates;
}

export function createAjvEvaluator(definition: ProcedureDefinition, ajv?: Ajv2020) {
  return predicateEvaluator(compileConditions(definition, ajv));
}

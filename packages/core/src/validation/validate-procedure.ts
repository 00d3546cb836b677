import type { ValidateFunction } from 'ajv';
import { createDefinitionAjv, type Ajv2020 } from '../ajv/create-ajv.js';
import type { ProcedureDefinition } from '../procedure.types.js';
import type { Taxonomy } from '../taxonomy/taxonomy.types.js';
import { checkConditions } from './check-conditions.js';
import { checkFeeAnswers } from './check-fee-answers.js';
import { checkForm } from './check-form.js';
import { checkStructure } from './check-structure.js';
import { issue } from './issue.js';
import { localizeErrors, type ValidationIssue } from './localize-error.js';

/** A definition this large is a mistake or an attack, never a procedure. */
export const MAX_DEFINITION_BYTES = 2_000_000;
const MAX_DEPTH = 64;

export interface ValidateProcedureOptions {
  /** Tier and sector lists to check membership against. */
  taxonomy?: Taxonomy;
  /** 'YYYY-MM-DD' (Vietnam time) for checks that depend on the date, such as a retired tier. */
  today?: string;
  /** Reuse one validator across many definitions (the catalogue check, the server). */
  ajv?: Ajv2020;
}

export type ProcedureValidation =
  | { valid: true; errors: []; definition: ProcedureDefinition }
  | { valid: false; errors: ValidationIssue[] };

/** Depth of a JSON value without recursion, so a hostile nesting cannot overflow the stack. */
function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > max) max = depth;
    if (depth > MAX_DEPTH) return depth;
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return max;
}

function tooDeep(): ValidationIssue {
  return issue('', 'definition-too-deep', `Định nghĩa thủ tục lồng nhau quá ${MAX_DEPTH} cấp.`, `The definition is nested more than ${MAX_DEPTH} levels deep.`, { limit: MAX_DEPTH });
}

function guard(definition: unknown): ValidationIssue | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(definition);
  } catch (error) {
    // Nesting deep enough to overflow the stack is reported as such; anything else (a cycle, a BigInt) is not JSON.
    if (error instanceof RangeError) return tooDeep();
    return issue('', 'definition-not-json', 'Định nghĩa thủ tục không phải là JSON (có vòng tham chiếu hoặc giá trị không biểu diễn được).', 'The definition is not JSON (it has a reference cycle or a value JSON cannot hold).');
  }
  if (text === undefined || definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    return issue('', 'definition-not-object', 'Định nghĩa thủ tục phải là một đối tượng JSON.', 'A procedure definition must be a JSON object.');
  }
  if (text.length > MAX_DEFINITION_BYTES) {
    return issue('', 'definition-too-large', `Định nghĩa thủ tục quá lớn (${text.length} ký tự; tối đa ${MAX_DEFINITION_BYTES}).`, `The definition is too large (${text.length} characters; at most ${MAX_DEFINITION_BYTES}).`, { size: text.length, limit: MAX_DEFINITION_BYTES });
  }
  if (depthOf(definition) > MAX_DEPTH) return tooDeep();
  return undefined;
}

/**
 * Every error of a definition, each with its JSON Pointer and a message in
 * Vietnamese and English: first the meta-schema, then (on a well-formed
 * definition) the checks the meta-schema cannot express. Never throws on bad
 * input and never runs unbounded on hostile input.
 */
export function validateProcedure(definition: unknown, options: ValidateProcedureOptions = {}): ProcedureValidation {
  const guarded = guard(definition);
  if (guarded) return { valid: false, errors: [guarded] };
  const ajv = options.ajv ?? createDefinitionAjv();
  const validate = ajv.getSchema('urn:motcua:schema:procedure') as ValidateFunction<ProcedureDefinition>;
  if (!validate(definition)) {
    return { valid: false, errors: localizeErrors(validate.errors ?? []) };
  }
  const today = options.today ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const errors = [
    ...checkStructure(definition, options.taxonomy, today),
    ...checkForm(definition.form, ajv),
    ...checkConditions(definition, ajv),
    ...checkFeeAnswers(definition),
  ];
  return errors.length === 0 ? { valid: true, errors: [], definition } : { valid: false, errors };
}

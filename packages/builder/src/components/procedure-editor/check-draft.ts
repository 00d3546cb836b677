import { createDefinitionAjv, type Ajv2020, type Bilingual, type ProcedureDefinition, type Taxonomy, type ValidatorModule, validateProcedure } from '@motcua/core';
import { compileValidators } from '../../shared/compile-validators.js';

export interface DraftProblem {
  /** JSON Pointer into the definition; '' for the whole of it. */
  path: string;
  message: Bilingual;
}

/** What the editor knows of the definition it holds. */
export interface DraftCheck {
  problems: DraftProblem[];
  /** The definition and its compiled validators, when it is a valid procedure. */
  preview?: { definition: ProcedureDefinition; validators: ValidatorModule };
}

let definitionAjv: Ajv2020 | undefined;

/**
 * Checks a definition as the server does at save and publish (`validateProcedure` with the
 * server's taxonomy); a valid one gets its validators compiled for the preview. The definition
 * ajv is built once: compiling the meta-schema is most of a check's cost.
 */
export function checkDefinition(definition: unknown, taxonomy: Taxonomy | undefined): DraftCheck {
  definitionAjv ??= createDefinitionAjv();
  const result = validateProcedure(definition, { ajv: definitionAjv, ...(taxonomy ? { taxonomy } : {}) });
  if (!result.valid) return { problems: result.errors.map(({ path, message }) => ({ path, message })) };
  try {
    return { problems: [], preview: { definition: result.definition, validators: compileValidators(result.definition) } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: '/form/schema', message: { vi: `Không dựng được bản xem trước: ${detail}`, en: `The preview could not be built: ${detail}` } }] };
  }
}

import { createDefinitionAjv, type Ajv2020, type Bilingual, type ProcedureDefinition, type Taxonomy, type ValidatorModule, validateProcedure } from '@motcua/core';
import { compileValidators } from '../../shared/compile-validators.js';

export interface DraftProblem {
  /** JSON Pointer into the definition; '' for the whole text. */
  path: string;
  message: Bilingual;
}

/** What the editor knows of the text in its JSON view. */
export interface DraftCheck {
  /** The parsed text, when it is JSON at all (an invalid definition is still saved as a draft). */
  parsed?: unknown;
  problems: DraftProblem[];
  /** The definition and its compiled validators, when the text is a valid procedure. */
  preview?: { definition: ProcedureDefinition; validators: ValidatorModule };
}

let definitionAjv: Ajv2020 | undefined;

/**
 * Parses the JSON view and checks it as the server does at save and publish (`validateProcedure`
 * with the server's taxonomy); a valid definition gets its validators compiled for the preview.
 * The definition ajv is built once: compiling the meta-schema is most of a check's cost.
 */
export function checkDraft(text: string, taxonomy: Taxonomy | undefined): DraftCheck {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { problems: [{ path: '', message: { vi: `Không phải JSON hợp lệ: ${detail}`, en: `This is not valid JSON: ${detail}` } }] };
  }
  definitionAjv ??= createDefinitionAjv();
  const result = validateProcedure(parsed, { ajv: definitionAjv, ...(taxonomy ? { taxonomy } : {}) });
  if (!result.valid) return { parsed, problems: result.errors.map(({ path, message }) => ({ path, message })) };
  try {
    return { parsed, problems: [], preview: { definition: result.definition, validators: compileValidators(result.definition) } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { parsed, problems: [{ path: '/form/schema', message: { vi: `Không dựng được bản xem trước: ${detail}`, en: `The preview could not be built: ${detail}` } }] };
  }
}

import { collectConditions, compileConditions, createAjv, ifSchemaPointers, VALIDATOR_MODULE_FORMAT, type ProcedureDefinition, type SchemaPredicate, type ValidatorModule } from '@motcua/core';

/** The form's key in the ajv that compiles its `if` subschemas, each then found at `${FORM_KEY}#${pointer}`. */
const FORM_KEY = 'motcua:form';

/** A JSON Pointer as a URI fragment: each token percent-encoded, as ajv decodes it. */
const fragmentOf = (pointer: string) => pointer.split('/').map(encodeURIComponent).join('/');

/**
 * The validator module of an unpublished draft, compiled here with a live ajv where the server
 * writes standalone code at publication (packages/server/src/validators/validator-module.ts), with
 * the same split so the preview decides as the published form will: the form with its own ajv,
 * the conditions with core's `compileConditions`, and each `if` of the form compiled where it
 * stands inside the whole form, so its `$ref`s resolve against the form.
 * The definition must be one `validateProcedure` accepted.
 */
export function compileValidators(definition: ProcedureDefinition): ValidatorModule {
  const validateAnswers = createAjv().compile(definition.form.schema);
  const pointers = ifSchemaPointers(definition.form.schema);
  const schemaPredicates: Record<string, SchemaPredicate> = {};
  if (pointers.length > 0) {
    const ajv = createAjv();
    ajv.addSchema(definition.form.schema, FORM_KEY);
    for (const pointer of pointers) {
      const validate = ajv.getSchema(`${FORM_KEY}#${fragmentOf(pointer)}`);
      if (!validate) throw new Error(`the “if” at ${pointer} of the form did not compile`);
      schemaPredicates[pointer] = (value) => validate(value) === true;
    }
  }
  return {
    moduleFormat: VALIDATOR_MODULE_FORMAT,
    formatVersion: definition.formatVersion,
    procedure: definition.code,
    conditions: collectConditions(definition).map(({ pointer }) => pointer),
    validateAnswers,
    predicates: compileConditions(definition),
    schemaPredicates,
  };
}

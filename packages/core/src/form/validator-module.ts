import type { ErrorObject } from 'ajv';
import type { Predicate } from '../conditions/condition-evaluator.js';

/**
 * The version of the shape below; a runtime refuses a module whose `moduleFormat` it does not know.
 * 2 added `schemaPredicates`.
 */
export const VALIDATOR_MODULE_FORMAT = 2;

/** ajv's standalone function: the verdict, and the errors of the last call in `.errors`. */
export interface StandaloneValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** The verdict of one subschema of the form on the value it applies to. */
export type SchemaPredicate = (value: unknown) => boolean;

/**
 * What `import()` of a procedure version's browser validator module gives (the server builds it
 * at publication and serves it at `/api/v1/procedures/{code}/versions/{version}/validator.js`).
 * It is plain generated code: the browser decides with it without a validator library or eval.
 */
export interface ValidatorModule {
  /** `VALIDATOR_MODULE_FORMAT` of the generator that wrote it. */
  readonly moduleFormat: number;
  /** The definition's own `formatVersion`. */
  readonly formatVersion: number;
  /** The procedure's code (mã thủ tục). */
  readonly procedure: string;
  /** The pointers of `predicates`, in `collectConditions` order. */
  readonly conditions: readonly string[];
  /** The citizen's answers against `definition.form.schema`, with core's ajv options; word `.errors` with `localizeError`. */
  readonly validateAnswers: StandaloneValidate;
  /** One predicate per condition, keyed by its JSON Pointer: `predicateEvaluator(m.predicates)`. */
  readonly predicates: Readonly<Record<string, Predicate>>;
  /**
   * One predicate per `if` of the form, keyed by the JSON Pointer of that `if` subschema inside
   * `form.schema` (`ifSchemaPointers`' list: "/properties/a/if", "/$defs/person/if", …). Given the
   * value at the place where the `if` applies, it answers as the server's ajv does, `$ref`s
   * resolved against the whole form: which of `then` and `else` a form shows.
   */
  readonly schemaPredicates: Readonly<Record<string, SchemaPredicate>>;
}

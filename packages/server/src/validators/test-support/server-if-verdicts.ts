import { createAjv, ifSchemaPointers, type SchemaPredicate } from '@motcua/core';

/** Where the oracle keeps the form: a key of its own, so it never meets the generator's. */
const ORACLE_KEY = 'https://oracle.motcua.test/form';

/**
 * The server's verdict of each `if` of a form, by its pointer: core's `createAjv()` (the options
 * the server validates with) holding the whole form, each `if` compiled as `{ $ref }` to its place
 * (not looked up with `getSchema`, as the generator does), so its `$ref`s resolve against the form.
 */
export function serverIfVerdicts(formSchema: object): Record<string, SchemaPredicate> {
  const ajv = createAjv();
  ajv.addSchema(formSchema, ORACLE_KEY);
  const out: Record<string, SchemaPredicate> = {};
  for (const pointer of ifSchemaPointers(formSchema)) {
    const validate = ajv.compile({ $ref: `${ORACLE_KEY}#${pointer.split('/').map(encodeURIComponent).join('/')}` });
    out[pointer] = (value) => validate(value);
  }
  return out;
}

/** Each value and every value nested in it, however deep: what an `if` below the root may be given. */
export function valuesWithin(values: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  const stack = [...values];
  while (stack.length > 0) {
    const value = stack.pop();
    out.push(value);
    if (value !== null && typeof value === 'object') stack.push(...Object.values(value));
  }
  return out;
}

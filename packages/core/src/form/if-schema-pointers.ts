import { joinPointer } from '../json/json-pointer.js';

/** Keywords whose value is one subschema. */
const SINGLE = new Set(['additionalProperties', 'propertyNames', 'unevaluatedProperties', 'items', 'contains', 'unevaluatedItems', 'not', 'if', 'then', 'else']);
/** Keywords whose value is a list of subschemas. */
const LIST = new Set(['prefixItems', 'allOf', 'anyOf', 'oneOf']);
/**
 * Keywords whose value maps names to subschemas. `dependencies` (which ajv still applies) may
 * also map a name to a list of names, which is no subschema and is skipped.
 */
const MAP = new Set(['properties', 'patternProperties', 'dependentSchemas', 'dependencies', '$defs', 'definitions']);

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isSchema = (value: unknown): boolean => typeof value === 'boolean' || isObject(value);

interface Located {
  schema: unknown;
  pointer: string;
  /** Whether the schema is the value of an `if` keyword (not, say, a property named "if"). */
  isIf: boolean;
}

/**
 * The JSON Pointer, inside `formSchema`, of every `if` subschema wherever ajv applies one (under
 * any applicator keyword and in `$defs`, reached by `$ref` or not), in document order. They are
 * the keys of a validator module's `schemaPredicates`, so this walk is the one list the module's
 * generator and the runtime agree on. Values of `const`, `enum`, `default` and `examples` are
 * data, never walked; neither is `contentSchema`, which ajv does not apply.
 */
export function ifSchemaPointers(formSchema: unknown): string[] {
  const out: string[] = [];
  // An explicit stack rather than recursion: the walk goes as deep as the schema does.
  const stack: Located[] = [{ schema: formSchema, pointer: '', isIf: false }];
  while (stack.length > 0) {
    const { schema, pointer, isIf } = stack.pop() as Located;
    if (isIf) out.push(pointer);
    if (!isObject(schema)) continue;
    const children: Located[] = [];
    for (const [keyword, value] of Object.entries(schema)) {
      if (SINGLE.has(keyword) && isSchema(value)) {
        children.push({ schema: value, pointer: joinPointer(pointer, keyword), isIf: keyword === 'if' });
      } else if (LIST.has(keyword) && Array.isArray(value)) {
        value.forEach((item, i) => isSchema(item) && children.push({ schema: item, pointer: joinPointer(pointer, keyword, i), isIf: false }));
      } else if (MAP.has(keyword) && isObject(value)) {
        for (const [name, item] of Object.entries(value)) if (isSchema(item)) children.push({ schema: item, pointer: joinPointer(pointer, keyword, name), isIf: false });
      }
    }
    stack.push(...children.reverse());
  }
  return out;
}

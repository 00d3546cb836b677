import { CHECKBOXES, RADIO, SELECT, YES_NO } from './choice-field-types.js';
import { DATE } from './date-field-type.js';
import type { FieldType } from './define-field-type.js';
import { isNode, type SchemaNode } from './field-model.js';
import { MONEY, NUMBER } from './number-field-types.js';
import { ADDRESS, CITIZEN_ID, EMAIL, PHONE } from './personal-field-types.js';
import { GROUP, SECTION } from './structure-field-types.js';
import { LONG_TEXT, SHORT_TEXT } from './text-field-types.js';

/** `enum`, or `oneOf`/`anyOf` made only of `const` branches: rjsf's two spellings of a closed list. */
function isClosedList(node: unknown): boolean {
  if (!isNode(node)) return false;
  if (Array.isArray(node.enum)) return node.enum.length > 0;
  const branches = node.oneOf ?? node.anyOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every((branch) => isNode(branch) && 'const' in branch);
}

/** The one JSON type a node allows ("null" aside, for nullable fields), guessed as rjsf does when unstated. */
function jsonType(node: SchemaNode): string | undefined {
  const { type } = node;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const others = type.filter((each) => each !== 'null');
    return others.length === 1 && typeof others[0] === 'string' ? others[0] : undefined;
  }
  if (isClosedList(node)) return 'string';
  return isNode(node.properties) ? 'object' : undefined;
}

function stringType(schema: SchemaNode, widget: unknown): FieldType {
  if (isClosedList(schema)) return widget === 'radio' ? RADIO : SELECT;
  if (widget === 'phone') return PHONE;
  if (widget === 'citizen-id') return CITIZEN_ID;
  if (widget === 'textarea') return LONG_TEXT;
  if (schema.format === 'date' || widget === 'date') return DATE;
  if (schema.format === 'email' || widget === 'email') return EMAIL;
  return SHORT_TEXT;
}

/**
 * Which registry type a schema node (with its uiSchema node) is, so the
 * runtime can pick a widget and the builder an inspector. The widget decides
 * where it names one of ours; a pattern alone never does, so a short text
 * that merely uses the phone preset stays a short text. What no type fits
 * (a `$ref`, a list of free texts, a hidden field, which shows nothing)
 * is undefined.
 */
export function fieldTypeOf(schema: unknown, uiSchema?: unknown): FieldType | undefined {
  if (!isNode(schema)) return undefined;
  const ui = isNode(uiSchema) ? uiSchema : {};
  const widget = ui['ui:widget'];
  if (ui['ui:field'] === 'address') return ADDRESS;
  if (widget === 'hidden') return undefined;
  switch (jsonType(schema)) {
    case 'string':
      return stringType(schema, widget);
    case 'integer':
    case 'number':
      return widget === 'money' ? MONEY : NUMBER;
    case 'boolean':
      return YES_NO;
    case 'array':
      if (isClosedList(schema.items)) return CHECKBOXES;
      return isNode(schema.items) && jsonType(schema.items) === 'object' ? GROUP : undefined;
    case 'object':
      return SECTION;
    default:
      return undefined;
  }
}

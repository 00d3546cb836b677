import { escapeToken, unescapeToken, type Locale, type ProcedureDefinition } from '@motcua/core';

/** An answer of the form a rule can point at, named as the officer reads it. */
export interface AnswerChoice {
  pointer: string;
  label: string;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function choices(properties: unknown, types: readonly string[], titlePointer: string, english: Readonly<Record<string, string | undefined>>, locale: Locale): AnswerChoice[] {
  if (!isRecord(properties)) return [];
  return Object.entries(properties).flatMap(([name, schema]) => {
    if (!isRecord(schema) || typeof schema.type !== 'string' || !types.includes(schema.type)) return [];
    const own = typeof schema.title === 'string' ? schema.title : name;
    const label = locale === 'en' ? (english[`${titlePointer}/properties/${escapeToken(name)}/title`] ?? own) : own;
    return [{ pointer: `/${escapeToken(name)}`, label }];
  });
}

/**
 * The form's answers of these JSON types: its top-level questions, or, given `each` (a pointer to
 * a top-level repeatable group), the questions of each item, with pointers relative to the item.
 */
export function answersOfType(definition: ProcedureDefinition | undefined, locale: Locale, types: readonly string[], each?: string): AnswerChoice[] {
  const schema = definition?.form?.schema as Json | undefined;
  const english = definition?.form?.i18n?.en ?? {};
  if (!isRecord(schema)) return [];
  if (each === undefined) return choices(schema.properties, types, '/schema', english, locale);
  const group = isRecord(schema.properties) ? schema.properties[unescapeToken(each.slice(1))] : undefined;
  const items = isRecord(group) ? group.items : undefined;
  return isRecord(items) ? choices(items.properties, types, `/schema/properties${each}/items`, english, locale) : [];
}

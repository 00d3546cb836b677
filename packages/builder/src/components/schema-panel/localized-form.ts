import { parsePointer, type Form, type Locale } from '@motcua/core';

function put(root: Record<string, unknown>, pointer: string, text: string): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop();
  let node: unknown = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[token];
  }
  // An overlay entry whose place is gone (the schema changed under it) is left out, not invented.
  if (last !== undefined && typeof node === 'object' && node !== null && last in node) (node as Record<string, unknown>)[last] = text;
}

/**
 * The schema and uiSchema rjsf should render in `locale`: as written (Vietnamese) or with the
 * English overlay laid over a copy, each text where its pointer says, Vietnamese where English is missing.
 */
export function localizedForm(form: Form, locale: Locale): { schema: Record<string, unknown>; uiSchema: Record<string, unknown> } {
  const english = form.i18n?.en;
  if (locale === 'vi' || !english || Object.keys(english).length === 0) return { schema: form.schema as Record<string, unknown>, uiSchema: (form.uiSchema ?? {}) as Record<string, unknown> };
  const copy = structuredClone({ schema: form.schema, uiSchema: form.uiSchema ?? {} }) as { schema: Record<string, unknown>; uiSchema: Record<string, unknown> };
  for (const [pointer, text] of Object.entries(english)) if (text !== undefined) put(copy, pointer, text);
  return copy;
}

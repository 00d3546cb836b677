import type { Form, Locale } from '@motcua/core';
import type { FieldView } from './form-view.js';
import { possibleMembers, type SchemaNode } from './schema-branches.js';

/** One step of a multi-page form; `fields` undefined means every field (a form without pages). */
export interface FormPage {
  title?: string;
  fields?: ReadonlySet<string>;
}

/**
 * The steps of a form from the root uiSchema's `ui:pages`. A top-level field
 * no page names goes on the last page, so that nothing the schema asks for
 * is ever out of reach; so does one that only a condition's branch brings in,
 * which no page can name.
 */
export function pagesOf(form: Form, locale: Locale): FormPage[] {
  const listed = (form.uiSchema as Record<string, unknown> | undefined)?.['ui:pages'];
  if (!Array.isArray(listed) || listed.length === 0) return [{}];
  const english = form.i18n?.en ?? {};
  const names = possibleMembers(form.schema as SchemaNode);
  const pages: FormPage[] = listed.map((page: { title?: string; fields?: string[] }, i) => ({
    ...(typeof page.title === 'string' ? { title: (locale === 'en' ? english[`/uiSchema/ui:pages/${i}/title`] : undefined) ?? page.title } : {}),
    fields: new Set(Array.isArray(page.fields) ? page.fields : []),
  }));
  const placed = new Set(pages.flatMap((p) => [...(p.fields ?? [])]));
  const rest = names.filter((n) => !placed.has(n));
  const last = pages[pages.length - 1] as FormPage;
  if (rest.length > 0) last.fields = new Set([...(last.fields ?? []), ...rest]);
  return pages;
}

/** The nearest field the form shows for an answer path: an error on a value inside a group lands on the group. */
export function issuePath(path: string, views: ReadonlyMap<string, FieldView>): string {
  let at = path;
  while (at !== '' && !views.has(at)) at = at.slice(0, at.lastIndexOf('/'));
  return at;
}

/**
 * A random UUID for the Idempotency-Key. `crypto.randomUUID` exists only on
 * secure pages, and agencies' sites are not all served over HTTPS;
 * `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

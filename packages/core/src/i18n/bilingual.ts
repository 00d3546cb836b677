/** A text every user-facing message carries in both languages. */
export interface Bilingual {
  vi: string;
  en: string;
}

export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * Picks the caller's language from an Accept-Language style value or a plain
 * locale code; Vietnamese is the default because it is the product's first language.
 */
export function pickLocale(value: string | null | undefined): Locale {
  if (!value) return 'vi';
  for (const part of value.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}

/** Fills `{name}` placeholders; unknown names stay visible so a missing value is noticed. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

import { format, type Bilingual, type Locale, type LocalText } from '@motcua/core';

/** A definition's text in the reader's language, Vietnamese when it has no English. */
export function textIn(text: LocalText | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.vi) : text.vi;
}

/**
 * A component's `t()`: its own table of words, read in the component's
 * current language. Each component carries only its own words, so a page
 * with one form downloads none of the catalogue's.
 */
export function wording<K extends string>(table: Readonly<Record<K, Bilingual>>, locale: () => Locale): (key: K, values?: Record<string, string | number>) => string {
  return (key, values = {}) => format(table[key][locale()], values);
}

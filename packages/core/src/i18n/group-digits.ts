import type { Locale } from './bilingual.js';

// Apart from vietnam-format.ts: a form's first render groups the digits of
// money answers, and needs none of the dates and currency signs.

/** Digits grouped by threes from the right: "1234567" with "." is "1.234.567". */
export function grouped(digits: string, separator: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = `${digits.slice(Math.max(0, end - 3), end)}${out ? separator + out : ''}`;
  return out;
}

/** A whole number grouped as people read it: "1.234.567" in Vietnamese, "1,234,567" in English. */
export function formatInteger(value: number, locale: Locale): string {
  const digits = grouped(String(Math.abs(Math.trunc(value))), locale === 'vi' ? '.' : ',');
  return value < 0 && Math.trunc(value) !== 0 ? `-${digits}` : digits;
}

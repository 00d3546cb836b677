import type { Locale } from '../i18n/bilingual.js';

const UNITS = ['KB', 'MB', 'GB'] as const;

export type SizeRounding = 'nearest' | 'up' | 'down';

/**
 * A size as citizens read it: "5 MB", "1,5 MB" in Vietnamese, "1.5 MB" in
 * English. Units are powers of 1024, as file managers show them, so a limit
 * set as 5 × 1024 × 1024 reads "5 MB". `rounding` lets a message round a file
 * up and a limit down, so a file just over the limit never reads as equal to it.
 */
export function formatFileSize(bytes: number, locale: Locale, rounding: SizeRounding = 'nearest'): string {
  if (bytes < 1024) return `${bytes} ${locale === 'en' && bytes !== 1 ? 'bytes' : 'byte'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const round = rounding === 'up' ? Math.ceil : rounding === 'down' ? Math.floor : Math.round;
  const tenths = round(value * 10) / 10;
  const number = Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
  return `${locale === 'vi' ? number.replace('.', ',') : number} ${UNITS[unit]}`;
}

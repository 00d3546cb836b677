import type { Locale } from './bilingual.js';
import { grouped } from './group-digits.js';

/*
 * Amounts in VND and dates in Vietnam's time, written as `Intl` writes them
 * for vi-VN and en-GB, without `Intl`: a page's first use of `Intl` costs
 * Chromium 12–15 ms on a desktop core to load its locale data (several times
 * that on a cheap phone), and a form needs nothing else of it. The tests hold
 * these to `Intl`'s own output.
 */

const NBSP = '\u00a0';
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "200.000 ₫" in Vietnamese, "₫200,000" in English: whole đồng, rounded half away from zero as `Intl` does. */
export function formatMoney(amount: number, locale: Locale): string {
  if (!Number.isFinite(amount)) return String(amount);
  const whole = Math.round(Math.abs(amount));
  const sign = amount < 0 && whole !== 0 ? '-' : '';
  if (locale === 'vi') return `${sign}${grouped(String(whole), '.')}${NBSP}₫`;
  return `${sign}₫${grouped(String(whole), ',')}`;
}

/** The calendar fields of an instant in Vietnam's time. */
function inVietnam(at: Date): { year: number; month: number; day: number; hours: number; minutes: number } {
  const shifted = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth(), day: shifted.getUTCDate(), hours: shifted.getUTCHours(), minutes: shifted.getUTCMinutes() };
}

/**
 * A day as people write it, in Vietnam's time: "6 tháng 1, 2026" or
 * "6 January 2026". A plain `YYYY-MM-DD` is that day itself, wherever the
 * reader is.
 */
export function formatDate(at: Date | string, locale: Locale): string {
  const { year, month, day } = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? { year: Number(at.slice(0, 4)), month: Number(at.slice(5, 7)) - 1, day: Number(at.slice(8, 10)) } : inVietnam(new Date(at));
  return locale === 'vi' ? `${day} tháng ${month + 1}, ${year}` : `${day} ${MONTHS_EN[month]} ${year}`;
}

/** A moment, in Vietnam's time: "lúc 06:30 6 tháng 1, 2026" or "6 January 2026 at 06:30". */
export function formatDateTime(at: Date | string, locale: Locale): string {
  const instant = new Date(at);
  const { hours, minutes } = inVietnam(instant);
  const time = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  return locale === 'vi' ? `lúc ${time} ${formatDate(instant, locale)}` : `${formatDate(instant, locale)} at ${time}`;
}

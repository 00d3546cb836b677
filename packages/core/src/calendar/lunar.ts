import { CalendarError } from './calendar-error.js';
import { dateOfDayNumber, dayNumber } from './local-date.js';

/**
 * The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's astronomical
 * algorithm: a month starts on the local day of the new moon and the month
 * holding the winter solstice is month 11, both computed at UTC+7. Reading the
 * sky at +7 rather than China's +8 is why Tết sometimes falls a day apart from
 * Chinese New Year (2007: 17 Feb in Vietnam, 18 Feb in China). The formulas are
 * accurate for roughly 1800–2199; the calendar module only asks for 1900–2199.
 */

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  /** True for the intercalary month (tháng nhuận) that repeats `month`. */
  leap: boolean;
}

const TIME_ZONE = 7;
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
/** Julian day number of 1970-01-01, to move between JDN and the day numbers of local-date.ts. */
const JDN_OF_EPOCH = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon of 1900-01-01, the origin of the lunation count k. */
const NEW_MOON_EPOCH = 2415021.076998695;

function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, normalised to [0, 2π). */
function sunLongitude(jdn: number): number {
  const t = (jdn - 2451545.0) / 36525;
  const t2 = t * t;
  const dr = Math.PI / 180;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
  dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.00029 * Math.sin(dr * 3 * m);
  const l = (l0 + dl) * dr;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** Which of the twelve 30° sectors the sun is in at the start of a local day. */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TIME_ZONE / 24) / Math.PI) * 6);
}

/** The local Julian day number on which lunation k begins. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + TIME_ZONE / 24);
}

/** The start of lunar month 11, the month that holds the winter solstice, of a Gregorian year. */
function lunarMonth11(year: number): number {
  const off = jdnOf(`${year}-12-31`) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunSector(start) >= 9 ? newMoonDay(k - 1) : start;
}

/**
 * In a 13-month year after month 11 starting at a11, the offset of the leap
 * month: the first month in which the sun enters no new sector (no major term).
 */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

function jdnOf(date: string): number {
  return dayNumber(date) + JDN_OF_EPOCH;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new CalendarError(
      'calendar-out-of-range',
      {
        vi: `Lịch âm chỉ tính cho các năm ${MIN_YEAR}–${MAX_YEAR}, không tính được năm ${year}.`,
        en: `The lunar calendar is computed for ${MIN_YEAR}–${MAX_YEAR} only, not for ${year}.`,
      },
      { year },
    );
  }
}

function invalidLunarDate(lunar: LunarDate): CalendarError {
  const leap = lunar.leap ? ' nhuận' : '';
  return new CalendarError(
    'calendar-invalid-lunar-date',
    {
      vi: `Không có ngày ${lunar.day} tháng ${lunar.month}${leap} năm ${lunar.year} âm lịch.`,
      en: `There is no lunar date ${lunar.day}/${lunar.month}${lunar.leap ? ' (leap)' : ''}/${lunar.year}.`,
    },
    { lunar },
  );
}

/** The Vietnamese lunar date of a Gregorian date (YYYY-MM-DD). */
export function solarToLunar(date: string): LunarDate {
  const jdn = jdnOf(date);
  const solarYear = Number(date.slice(0, 4));
  checkYear(solarYear);
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jdn) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jdn - monthStart + 1, month, year, leap };
}

/** The local Julian day number on which a lunar month starts, or undefined if it does not exist. */
function lunarMonthStart(month: number, year: number, leap: boolean): number | undefined {
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11);
    let leapMonth = leapOff - 2;
    if (leapMonth <= 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  return newMoonDay(k + off);
}

/** The Gregorian date (YYYY-MM-DD) of a Vietnamese lunar date; a date that does not exist is a typed error. */
export function lunarToSolar(lunar: LunarDate): string {
  const { day, month, year, leap } = lunar;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw invalidLunarDate(lunar);
  }
  const start = lunarMonthStart(month, year, leap);
  if (start === undefined) throw invalidLunarDate(lunar);
  const jdn = start + day - 1;
  // Day 30 exists only in a 30-day month: it must still fall in the same lunar month.
  if (day === 30 && solarToLunar(dateOfDayNumber(jdn - JDN_OF_EPOCH)).day !== 30) throw invalidLunarDate(lunar);
  return dateOfDayNumber(jdn - JDN_OF_EPOCH);
}

/** The leap month (tháng nhuận) of a lunar year, or null in a 12-month year. */
export function leapMonthOf(year: number): number | null {
  checkYear(year);
  for (let month = 1; month <= 12; month += 1) {
    if (lunarMonthStart(month, year, true) !== undefined) return month;
  }
  return null;
}

/** Tết Nguyên đán: the Gregorian date of the first day of a lunar year. */
export function lunarNewYear(year: number): string {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}

import type { Bilingual, Duration, Locale, ServiceLevel } from '@motcua/core';

const UNIT_NAMES: Readonly<Record<Duration['unit'], Bilingual>> = {
  'working-days': { vi: 'ngày làm việc', en: 'working days' },
  'working-hours': { vi: 'giờ làm việc', en: 'working hours' },
  'calendar-days': { vi: 'ngày', en: 'days' },
};

/** A unit's name, for a select of units. */
export function unitName(unit: Duration['unit'], locale: Locale): string {
  return UNIT_NAMES[unit][locale];
}

/** "7 ngày làm việc" / "7 working days"; a number as the officer's language writes it. */
export function durationText(duration: Pick<Duration, 'amount' | 'unit'>, locale: Locale): string {
  const amount = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(duration.amount);
  return `${amount} ${UNIT_NAMES[duration.unit]?.[locale] ?? duration.unit}`;
}

/**
 * Working hours a time limit or a step spans, counted as core's `validateProcedure` counts them
 * when it compares steps with the service level: a day is 8 office hours.
 */
export function hoursOf(duration: Pick<ServiceLevel, 'amount' | 'unit'>): number {
  return duration.unit === 'working-hours' ? duration.amount : duration.amount * 8;
}

import { ApiError } from '../http/api-error.js';

/** A period of local dates, both inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** The longest period asked for: a year, a leap day and the first day of the next year. */
export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

function invalidPeriod(vi: string, en: string, details: Record<string, unknown>): ApiError {
  return new ApiError(400, 'invalid-period', { vi: `Khoảng thời gian không hợp lệ: ${vi}`, en: `Invalid period: ${en}` }, details);
}

function dayOf(text: string, name: 'from' | 'to'): number {
  const time = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text) {
    throw invalidPeriod(`“${name}” phải là một ngày có thật, dạng YYYY-MM-DD (ví dụ 2026-01-31).`, `“${name}” must be a real date written YYYY-MM-DD (such as 2026-01-31).`, { [name]: text });
  }
  return time / DAY_MS;
}

/** Checks the period a request names: real dates, `from` not after `to`, at most 366 days apart. */
export function periodOf(from: string, to: string): Period {
  const start = dayOf(from, 'from');
  const end = dayOf(to, 'to');
  if (start > end) throw invalidPeriod(`ngày bắt đầu ${from} sau ngày kết thúc ${to}.`, `the start ${from} is after the end ${to}.`, { from, to });
  if (end - start > MAX_PERIOD_DAYS) {
    throw invalidPeriod(`từ ${from} đến ${to} cách nhau ${end - start} ngày; tối đa ${MAX_PERIOD_DAYS} ngày.`, `${from} to ${to} is ${end - start} days apart; at most ${MAX_PERIOD_DAYS}.`, { from, to, maxDays: MAX_PERIOD_DAYS });
  }
  return { from, to };
}

const lastDayOf = (month: string) => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};

/** Every month the period touches, in order (YYYY-MM). */
export function monthsOf({ from, to }: Period): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > to.slice(0, 7)) return months;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/** The months the period covers whole (read from the monthly rollup) and the day ranges of those it covers in part (from the daily one). */
export function splitPeriod(period: Period): { months: string[]; dayRanges: [string, string][] } {
  const months: string[] = [];
  const dayRanges: [string, string][] = [];
  for (const month of monthsOf(period)) {
    const first = `${month}-01`;
    const last = lastDayOf(month);
    if (period.from <= first && last <= period.to) months.push(month);
    else dayRanges.push([period.from > first ? period.from : first, period.to < last ? period.to : last]);
  }
  return { months, dayRanges };
}

import type { CalendarSource, CalendarText, CalendarYear, Holiday } from './calendar.types.js';
import { dateOfDayNumber, dayNumber, weekdayOfDayNumber } from './local-date.js';
import { lunarNewYear, lunarToSolar } from './lunar.js';

/**
 * A year's days off as the statutes alone fix them, for years whose official
 * schedule has not been published (or was not entered). The Government usually
 * announces bridge days and make-up Saturdays months ahead; until then this is
 * the best promise the law allows, so it is always marked provisional.
 *
 * Labour Code 2019, art. 112(1): 1 January; Tết, 5 days; Hùng Kings' day
 * (10/3 lunar); 30 April; 1 May; 2 September plus one adjacent day. Tết's five
 * days are chosen each year: the provisional convention is the last day of the
 * old lunar year and the first four of the new one; the adjacent National Day
 * is taken as 1 September. Art. 111(3): a holiday that falls on the weekly rest
 * day is compensated on the next working day.
 */

export const LABOUR_CODE_2019: CalendarSource = {
  title: 'Bộ luật Lao động số 45/2019/QH14, Điều 111–112 (Labour Code 2019, arts. 111–112)',
  url: 'https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Bo-Luat-lao-dong-2019-333670.aspx',
  date: '2019-11-20',
};

/** Saturday and Sunday: the weekly rest days of state agencies. */
const WEEKEND = new Set([6, 7]);

interface StatutoryRun {
  from: number;
  to: number;
  name: CalendarText;
  compensation: CalendarText;
}

export interface StatutoryDaysOff {
  /** Every day of the statutory holidays themselves. */
  holidays: string[];
  /** The working days that compensate for holidays falling on a weekend. */
  compensations: string[];
}

function runs(year: number): StatutoryRun[] {
  const day = (month: number, date: number) =>
    dayNumber(`${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
  const tet = dayNumber(lunarNewYear(year));
  const hungKings = dayNumber(lunarToSolar({ day: 10, month: 3, year, leap: false }));
  return [
    {
      from: day(1, 1),
      to: day(1, 1),
      name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
      compensation: { vi: 'Nghỉ bù Tết Dương lịch', en: "Compensatory day off for New Year's Day" },
    },
    {
      from: tet - 1,
      to: tet + 3,
      name: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
      compensation: { vi: 'Nghỉ bù Tết Âm lịch', en: 'Compensatory day off for Tết' },
    },
    {
      from: hungKings,
      to: hungKings,
      name: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
      compensation: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương', en: "Compensatory day off for Hùng Kings' Day" },
    },
    {
      from: day(4, 30),
      to: day(4, 30),
      name: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
      compensation: { vi: 'Nghỉ bù Ngày Chiến thắng', en: 'Compensatory day off for Reunification Day' },
    },
    {
      from: day(5, 1),
      to: day(5, 1),
      name: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
      compensation: { vi: 'Nghỉ bù Ngày Quốc tế Lao động', en: 'Compensatory day off for Labour Day' },
    },
    {
      from: day(9, 1),
      to: day(9, 2),
      name: { vi: 'Quốc khánh', en: 'National Day' },
      compensation: { vi: 'Nghỉ bù Quốc khánh', en: 'Compensatory day off for National Day' },
    },
  ];
}

function holidayEntry(from: number, to: number, name: CalendarText): Holiday {
  return from === to
    ? { date: dateOfDayNumber(from), name }
    : { from: dateOfDayNumber(from), to: dateOfDayNumber(to), name };
}

/** The statutory holidays of a year and the compensating days, as day numbers with their entries. */
function compute(year: number): {
  entries: { at: number; holiday: Holiday }[];
  holidays: number[];
  compensations: number[];
} {
  const statutory = runs(year);
  const off = new Set<number>();
  for (const run of statutory) for (let d = run.from; d <= run.to; d += 1) off.add(d);
  const taken = new Set<number>();
  const entries: { at: number; holiday: Holiday }[] = [];
  for (const run of statutory) {
    entries.push({ at: run.from, holiday: holidayEntry(run.from, run.to, run.name) });
    for (let d = run.from; d <= run.to; d += 1) {
      if (!WEEKEND.has(weekdayOfDayNumber(d))) continue;
      let next = d + 1;
      while (WEEKEND.has(weekdayOfDayNumber(next)) || off.has(next) || taken.has(next)) next += 1;
      taken.add(next);
      entries.push({ at: next, holiday: holidayEntry(next, next, run.compensation) });
    }
  }
  entries.sort((a, b) => a.at - b.at);
  return { entries, holidays: [...off].sort((a, b) => a - b), compensations: [...taken].sort((a, b) => a - b) };
}

export function statutoryDaysOff(year: number): StatutoryDaysOff {
  const { holidays, compensations } = compute(year);
  return { holidays: holidays.map(dateOfDayNumber), compensations: compensations.map(dateOfDayNumber) };
}

/** A provisional year entry, in the calendar file format, computed from the statutes. */
export function statutoryYear(year: number): CalendarYear {
  return {
    status: 'provisional',
    sources: [LABOUR_CODE_2019],
    holidays: compute(year).entries.map((entry) => entry.holiday),
    makeUpWorkingDays: [],
    note: {
      vi:
        'Tạm tính theo Bộ luật Lao động 2019 (Điều 111, 112): Tết Âm lịch lấy ngày cuối năm cũ và 4 ngày đầu năm mới, ' +
        'Quốc khánh thêm ngày 1/9, ngày lễ trùng ngày nghỉ hằng tuần được nghỉ bù vào ngày làm việc kế tiếp. ' +
        'Chưa có thông báo chính thức về lịch nghỉ của cán bộ, công chức năm này (ngày hoán đổi, làm bù); ' +
        'ngày lễ mới chưa được đưa vào Bộ luật (như Ngày Văn hóa Việt Nam 24/11) không được tính. Thay bằng lịch chính thức khi được công bố.',
      en:
        'Provisional, computed from the Labour Code 2019 (arts. 111, 112): Tết taken as the last day of the old lunar year and the first four of the new, ' +
        'National Day with 1 September added, a holiday on the weekly rest day compensated on the next working day. ' +
        "No official notice of this year's schedule for public servants (swapped and make-up days) was found; " +
        'holidays not yet in the Labour Code (such as the proposed 24 November Vietnamese Culture Day) are not included. Replace with the official schedule once published.',
    },
  };
}

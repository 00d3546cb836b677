import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CalendarError } from './calendar-error.js';
import { leapMonthOf, lunarNewYear, lunarToSolar, solarToLunar } from './lunar.js';

describe('Vietnamese lunar calendar', () => {
  it('puts Tết on the dates Vietnam celebrates it', () => {
    const tet: [number, string][] = [
      [2024, '2024-02-10'],
      [2025, '2025-01-29'],
      [2026, '2026-02-17'],
      [2027, '2027-02-06'],
      [2028, '2028-01-26'],
    ];
    for (const [year, date] of tet) assert.equal(lunarNewYear(year), date, `Tết ${year}`);
  });

  it('computes at UTC+7, so Tết 2007 and 2030 fall a day before Chinese New Year', () => {
    // China (UTC+8) had 2007-02-18 and will have 2030-02-03: the new moons fall
    // between 23:00 and midnight Vietnam time, already the next day in China.
    assert.equal(lunarNewYear(2007), '2007-02-17');
    assert.equal(lunarNewYear(2030), '2030-02-02');
  });

  it("finds Hùng Kings' day, 10/3 lunar", () => {
    assert.equal(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false }), '2025-04-07');
    assert.equal(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false }), '2026-04-26');
  });

  it('knows the leap months: 2 in 2023, 6 in 2025, none in 2024', () => {
    assert.equal(leapMonthOf(2023), 2);
    assert.equal(leapMonthOf(2025), 6);
    assert.equal(leapMonthOf(2024), null);
    assert.equal(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true }), '2023-03-22');
    assert.deepEqual(solarToLunar('2023-03-22'), { day: 1, month: 2, year: 2023, leap: true });
    assert.deepEqual(solarToLunar('2023-02-20'), { day: 1, month: 2, year: 2023, leap: false });
  });

  it('reads the last day of the lunar year before Tết', () => {
    assert.deepEqual(solarToLunar('2025-01-28'), { day: 29, month: 12, year: 2024, leap: false });
    assert.deepEqual(solarToLunar('2026-02-16'), { day: 29, month: 12, year: 2025, leap: false });
  });

  it('round-trips every day of 2024–2027', () => {
    const start = Date.UTC(2024, 0, 1);
    for (let offset = 0; offset < 4 * 366; offset += 1) {
      const date = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
      assert.equal(lunarToSolar(solarToLunar(date)), date);
    }
  });

  it('refuses lunar dates that do not exist', () => {
    assert.throws(() => lunarToSolar({ day: 1, month: 3, year: 2023, leap: true }), {
      code: 'calendar-invalid-lunar-date',
    });
    assert.throws(() => lunarToSolar({ day: 31, month: 1, year: 2025, leap: false }), CalendarError);
    // The twelfth month of Giáp Thìn (2024) had 29 days.
    assert.throws(() => lunarToSolar({ day: 30, month: 12, year: 2024, leap: false }), {
      code: 'calendar-invalid-lunar-date',
    });
    assert.throws(() => lunarNewYear(1850), { code: 'calendar-out-of-range' });
  });
});

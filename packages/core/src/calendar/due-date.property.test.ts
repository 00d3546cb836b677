import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { resolveCalendar } from './calendar.js';
import type { CalendarFile } from './calendar.types.js';
import { computeDueDate } from './due-date.js';
import type { Pause } from './pauses.js';
import { vietnamInstant, vietnamParts } from './vietnam-time.js';

const vn = JSON.parse(
  readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'),
) as CalendarFile;
const calendar = resolveCalendar([vn], 'vn');

const FROM = vietnamInstant('2025-01-01', '00:00').getTime();
const TO = vietnamInstant('2027-12-31', '23:59').getTime();
const HOUR = 3_600_000;
const MINUTE = 60_000;

const startArb = fc.integer({ min: FROM, max: TO }).map((time) => new Date(time));
const dayUnitArb = fc.constantFrom('working-days' as const, 'calendar-days' as const);
const unitArb = fc.constantFrom('working-days' as const, 'calendar-days' as const, 'working-hours' as const);
/** Closed pauses placed around and after the start, up to ten days long. */
const pausesArb = (start: Date) =>
  fc.array(
    fc
      .record({ offset: fc.integer({ min: -48, max: 60 * 24 }), length: fc.integer({ min: 0, max: 240 }) })
      .map(({ offset, length }): Pause => ({
        from: new Date(start.getTime() + offset * HOUR),
        to: new Date(start.getTime() + (offset + length) * HOUR),
      })),
    { maxLength: 4 },
  );

function dueTime(
  start: Date,
  amount: number,
  unit: 'working-days' | 'calendar-days' | 'working-hours',
  pauses: Pause[] = [],
): number {
  const { due } = computeDueDate({ calendar, start, serviceLevel: { amount, unit }, pauses });
  assert.ok(due, 'closed pauses always leave a due date');
  return due.getTime();
}

describe('computeDueDate properties (2025–2027)', () => {
  it('never puts a due date on a day off, and closes it at the end of office hours', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 0, max: 60 }), dayUnitArb, (start, amount, unit) => {
        const result = computeDueDate({ calendar, start, serviceLevel: { amount, unit } });
        assert.ok(result.dueDate && result.due);
        assert.equal(calendar.isWorkingDay(result.dueDate), true, `${result.dueDate} is a day off`);
        assert.equal(vietnamParts(result.due).minutes, 17 * 60);
        assert.ok(result.due.getTime() >= start.getTime());
      }),
    );
  });

  it('never moves the due date earlier as the amount grows', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        unitArb,
        (start, amount, more, unit) => {
          assert.ok(dueTime(start, amount + more, unit) >= dueTime(start, amount, unit));
        },
      ),
    );
  });

  it('ends working hours inside office hours of a working day', () => {
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 200 }), (start, hours) => {
        const due = dueTime(start, hours, 'working-hours');
        const { date } = vietnamParts(new Date(due));
        assert.equal(calendar.isWorkingDay(date), true);
        // Milliseconds, not minutes: a start at 09:00:00.001 ends a whole number of hours later, 1 ms past the minute.
        const sinceMidnight = due - vietnamInstant(date, '00:00').getTime();
        assert.ok(
          calendar.officeHours.some(
            (segment) => sinceMidnight > segment.fromMinutes * MINUTE && sinceMidnight <= segment.toMinutes * MINUTE,
          ),
          `${new Date(due).toISOString()}`,
        );
      }),
    );
  });

  it('never makes the due date earlier because of pauses', () => {
    fc.assert(
      fc.property(
        startArb.chain((start) => fc.tuple(fc.constant(start), pausesArb(start))),
        fc.integer({ min: 0, max: 40 }),
        unitArb,
        ([start, pauses], amount, unit) => {
          assert.ok(dueTime(start, amount, unit, pauses) >= dueTime(start, amount, unit));
        },
      ),
    );
  });

  it('leaves the due date unset or later when a pause stays open', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.integer({ min: -48, max: 60 * 24 }),
        fc.integer({ min: 0, max: 40 }),
        unitArb,
        (start, offset, amount, unit) => {
          const pauses = [{ from: new Date(start.getTime() + offset * HOUR) }];
          const { due } = computeDueDate({ calendar, start, serviceLevel: { amount, unit }, pauses });
          if (due) assert.ok(due.getTime() >= dueTime(start, amount, unit));
        },
      ),
    );
  });
});

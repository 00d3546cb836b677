import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveCalendar } from './calendar.js';
import type { CalendarFile } from './calendar.types.js';
import { computeDueDate, type DueDateInput } from './due-date.js';
import { vietnamInstant as at } from './vietnam-time.js';

const vn = JSON.parse(
  readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'),
) as CalendarFile;
const calendar = resolveCalendar([vn], 'vn');

type Unit = DueDateInput['serviceLevel']['unit'];

function due(
  start: Date,
  amount: number,
  unit: Unit = 'working-days',
  extra: Partial<DueDateInput> & { cutOff?: string } = {},
) {
  const { cutOff, ...rest } = extra;
  return computeDueDate({ calendar, start, serviceLevel: { amount, unit, ...(cutOff ? { cutOff } : {}) }, ...rest });
}

/** The due as "YYYY-MM-DD HH:MM" Vietnam time, or null. */
function local(result: { due: Date | null }): string | null {
  if (!result.due) return null;
  return new Date(result.due.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

describe('computeDueDate: working days', () => {
  it('skips the Tết 2025 break', () => {
    // Thursday 23 Jan: Friday 24 counts, 25 Jan–2 Feb is off, then 3–6 Feb.
    const result = due(at('2025-01-23', '10:00'), 5);
    assert.equal(local(result), '2025-02-06 17:00');
    assert.equal(result.dueDate, '2025-02-06');
    assert.equal(result.provisional, false);
  });

  it('skips the Tết 2026 break', () => {
    assert.equal(local(due(at('2026-02-13', '09:00'), 3)), '2026-02-25 17:00');
  });

  it('counts a make-up Saturday as a working day', () => {
    // Thursday 24 Apr 2025: Friday 25 and make-up Saturday 26 Apr.
    assert.equal(local(due(at('2025-04-24', '10:00'), 2)), '2025-04-26 17:00');
    // Then Monday 28 and Tuesday 29 Apr, and the break 30 Apr–4 May.
    assert.equal(local(due(at('2025-04-24', '10:00'), 5)), '2025-05-05 17:00');
  });

  it('starts counting the next working day after the cut-off', () => {
    assert.equal(local(due(at('2025-03-12', '16:59'), 3)), '2025-03-17 17:00');
    assert.equal(local(due(at('2025-03-12', '17:00'), 3)), '2025-03-17 17:00');
    assert.equal(local(due(at('2025-03-12', '17:01'), 3)), '2025-03-18 17:00');
    assert.equal(
      due(at('2025-03-12', '17:01'), 3).effectiveStart.toISOString(),
      at('2025-03-13', '07:30').toISOString(),
    );
  });

  it("lets a procedure's cut-off override the calendar's", () => {
    assert.equal(local(due(at('2025-03-12', '15:30'), 3, 'working-days', { cutOff: '15:00' })), '2025-03-18 17:00');
    assert.equal(local(due(at('2025-03-12', '14:59'), 3, 'working-days', { cutOff: '15:00' })), '2025-03-17 17:00');
  });

  it('treats a Saturday submission as received on Monday', () => {
    const result = due(at('2025-03-15', '10:00'), 3);
    assert.equal(local(result), '2025-03-20 17:00');
    assert.equal(result.effectiveStart.toISOString(), at('2025-03-17', '07:30').toISOString());
  });

  it('gives "within the day" (amount 0) the close of the receipt day', () => {
    assert.equal(local(due(at('2025-03-12', '10:00'), 0)), '2025-03-12 17:00');
    assert.equal(local(due(at('2025-03-12', '17:30'), 0)), '2025-03-13 17:00');
    assert.equal(local(due(at('2025-03-15', '09:00'), 0)), '2025-03-17 17:00');
  });
});

describe('computeDueDate: calendar days', () => {
  it('counts weekends and holidays', () => {
    // Wednesday 12 Mar + 10 days = Saturday 22 Mar, not a working day: Monday 24.
    assert.equal(local(due(at('2025-03-12', '10:00'), 10, 'calendar-days')), '2025-03-24 17:00');
    assert.equal(local(due(at('2025-03-12', '10:00'), 9, 'calendar-days')), '2025-03-21 17:00');
  });

  it('moves a due date that lands on a holiday to the next working day', () => {
    // Received Sunday 20 Apr 2025 → Monday 21; +10 days = 1 May, in the 30 Apr–4 May break.
    assert.equal(local(due(at('2025-04-20', '10:00'), 10, 'calendar-days')), '2025-05-05 17:00');
  });
});

describe('computeDueDate: working hours', () => {
  it('skips the lunch break', () => {
    assert.equal(local(due(at('2025-03-12', '10:30'), 4, 'working-hours')), '2025-03-12 16:30');
  });

  it('carries over night into the next morning', () => {
    assert.equal(local(due(at('2025-03-12', '10:30'), 8, 'working-hours')), '2025-03-13 11:00');
    // Friday afternoon into Monday morning.
    assert.equal(local(due(at('2025-03-14', '16:00'), 2, 'working-hours')), '2025-03-17 08:30');
  });

  it('starts at the next opening when received outside office hours', () => {
    assert.equal(local(due(at('2025-03-12', '06:00'), 1, 'working-hours')), '2025-03-12 08:30');
    assert.equal(local(due(at('2025-03-12', '12:00'), 1.5, 'working-hours')), '2025-03-12 15:00');
    assert.equal(local(due(at('2025-03-12', '18:00'), 4, 'working-hours')), '2025-03-13 11:30');
  });
});

describe('computeDueDate: pauses for a supplement request', () => {
  const start = at('2025-03-10', '09:00');

  it('adds the days whose cut-off fell inside the pause', () => {
    assert.equal(local(due(start, 5)), '2025-03-17 17:00');
    const paused = due(start, 5, 'working-days', {
      pauses: [{ from: at('2025-03-12', '10:00'), to: at('2025-03-14', '09:00') }],
    });
    assert.equal(local(paused), '2025-03-19 17:00');
  });

  it('ignores a pause within a day but not one across the cut-off', () => {
    const within = due(start, 5, 'working-days', {
      pauses: [{ from: at('2025-03-12', '09:00'), to: at('2025-03-12', '11:00') }],
    });
    assert.equal(local(within), '2025-03-17 17:00');
    const across = due(start, 5, 'working-days', {
      pauses: [{ from: at('2025-03-12', '16:00'), to: at('2025-03-13', '08:00') }],
    });
    assert.equal(local(across), '2025-03-18 17:00');
  });

  it('merges several, unsorted and overlapping pauses', () => {
    const pauses = [
      { from: at('2025-03-13', '16:00'), to: at('2025-03-14', '08:00') },
      { from: at('2025-03-11', '16:00'), to: at('2025-03-12', '08:00') },
      { from: at('2025-03-11', '15:00'), to: at('2025-03-11', '18:00') },
    ];
    assert.equal(local(due(start, 5, 'working-days', { pauses })), '2025-03-19 17:00');
  });

  it('has no due date while a pause is open', () => {
    const open = due(start, 5, 'working-days', { pauses: [{ from: at('2025-03-12', '10:00') }] });
    assert.deepEqual([open.due, open.dueDate], [null, null]);
    assert.equal(open.effectiveStart.toISOString(), start.toISOString());
    const hours = due(start, 20, 'working-hours', { pauses: [{ from: at('2025-03-11', '10:00') }] });
    assert.equal(hours.due, null);
  });

  it('keeps the due date when the open pause comes after the count is complete', () => {
    const late = due(start, 2, 'working-days', { pauses: [{ from: at('2025-03-12', '17:30') }] });
    assert.equal(local(late), '2025-03-12 17:00');
  });

  it('stops the working-hours clock for the length of the pause', () => {
    const paused = due(at('2025-03-12', '08:00'), 4, 'working-hours', {
      pauses: [{ from: at('2025-03-12', '09:00'), to: at('2025-03-12', '14:00') }],
    });
    // 08:00–09:00 (1 h), then 14:00–17:00 (3 h).
    assert.equal(local(paused), '2025-03-12 17:00');
    const overnight = due(at('2025-03-12', '08:00'), 4, 'working-hours', {
      pauses: [{ from: at('2025-03-12', '09:00'), to: at('2025-03-17', '10:00') }],
    });
    // 1 h on the 12th, 10:00–11:30 and 13:30–15:00 on Monday 17th.
    assert.equal(local(overnight), '2025-03-17 15:00');
  });

  it('refuses a pause that ends before it starts', () => {
    assert.throws(
      () =>
        due(start, 5, 'working-days', { pauses: [{ from: at('2025-03-12', '10:00'), to: at('2025-03-11', '10:00') }] }),
      {
        name: 'CalendarError',
        code: 'calendar-invalid-pause',
      },
    );
  });
});

describe('computeDueDate: provisional years and bounds', () => {
  it('reports a due date resting on a provisional or statutory year', () => {
    assert.equal(due(at('2026-12-28', '09:00'), 5).provisional, true);
    const tet2028 = due(at('2028-01-21', '09:00'), 3);
    // Statutory Tết 2028: 25 Jan (last day of Đinh Mùi) to Saturday 29 Jan, compensated on Monday 31 Jan.
    assert.equal(local(tet2028), '2028-02-02 17:00');
    assert.equal(tet2028.provisional, true);
    assert.equal(due(at('2025-06-02', '09:00'), 5).provisional, false);
  });

  it('refuses amounts that are negative, fractional days, too large or of an unknown unit', () => {
    const start = at('2025-03-12', '09:00');
    assert.throws(() => due(start, -1), { code: 'calendar-invalid-amount' });
    assert.throws(() => due(start, 1.5), { code: 'calendar-invalid-amount' });
    assert.throws(() => due(start, Number.NaN), { code: 'calendar-invalid-amount' });
    assert.throws(() => due(start, 3651), { code: 'calendar-amount-too-large' });
    assert.throws(() => due(start, 1, 'fortnights' as Unit), { code: 'calendar-invalid-unit' });
    assert.throws(() => due(start, 1, 'working-days', { cutOff: '5pm' }), { code: 'calendar-invalid-time' });
    assert.throws(() => due(new Date(Number.NaN), 1), { code: 'calendar-invalid-instant' });
  });

  it('ends with a typed error, not a hang, when a pause reaches past the calendar', () => {
    const pauses = [{ from: at('2025-03-12', '10:00'), to: new Date('9999-01-01T00:00:00Z') }];
    assert.throws(() => due(at('2025-03-10', '09:00'), 5, 'working-days', { pauses }), {
      code: 'calendar-out-of-range',
    });
    assert.throws(() => due(at('2025-03-10', '09:00'), 50, 'working-hours', { pauses }), {
      code: 'calendar-out-of-range',
    });
    assert.throws(() => due(at('2025-03-10', '09:00'), 3650, 'calendar-days', { pauses }), {
      code: 'calendar-out-of-range',
    });
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveCalendar } from '../calendar/calendar.js';
import type { CalendarFile } from '../calendar/calendar.types.js';
import { vietnamDate, vietnamInstant as at } from '../calendar/vietnam-time.js';
import { dossierDue, extendedServiceLevel, timelinessOf, workingDaysAhead, workingDaysLeft } from './dossier-clock.js';

const vn = JSON.parse(readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8')) as CalendarFile;
const calendar = resolveCalendar([vn], 'vn');
const FIVE_DAYS = { amount: 5, unit: 'working-days' } as const;
// Monday 2 March 2026, 10:00: March 2026 has no day off but weekends.
const RECEIVED = at('2026-03-02', '10:00');

const local = (d: Date | null) => (d ? new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : null);

describe('dossierDue', () => {
  it('five working days from Monday are due at the close of the next Monday', () => {
    const { due, legalDue } = dossierDue({ calendar, receivedAt: RECEIVED, serviceLevel: FIVE_DAYS });
    assert.equal(local(due), '2026-03-09 17:00');
    assert.equal(local(legalDue), '2026-03-09 17:00');
  });

  it('a supplement awaited from Wednesday to Friday morning moves the due date by the two working days it held', () => {
    const pauses = [{ from: at('2026-03-04', '09:00'), to: at('2026-03-06', '10:00') }];
    assert.equal(local(dossierDue({ calendar, receivedAt: RECEIVED, serviceLevel: FIVE_DAYS, pauses }).due), '2026-03-11 17:00');
  });

  it('while the supplement is still awaited there is no due date', () => {
    const pauses = [{ from: at('2026-03-04', '09:00') }];
    assert.deepEqual(dossierDue({ calendar, receivedAt: RECEIVED, serviceLevel: FIVE_DAYS, pauses }), { due: null, legalDue: null });
  });

  it('an extension moves the promised date, not the legal one', () => {
    const { due, legalDue } = dossierDue({ calendar, receivedAt: RECEIVED, serviceLevel: FIVE_DAYS, extensionDays: 2 });
    assert.equal(local(due), '2026-03-11 17:00');
    assert.equal(local(legalDue), '2026-03-09 17:00');
  });

  it('a limit in working hours is extended by whole working days of office hours (7.5 h here)', () => {
    assert.deepEqual(extendedServiceLevel(calendar, { amount: 8, unit: 'working-hours' }, 2), { amount: 23, unit: 'working-hours' });
    assert.deepEqual(extendedServiceLevel(calendar, { amount: 10, unit: 'calendar-days' }, 3), { amount: 13, unit: 'calendar-days' });
  });
});

describe('working days left and ahead', () => {
  const due = at('2026-03-09', '17:00');
  it('counts the working days after today up to the due date, weekends skipped', () => {
    assert.equal(workingDaysLeft(calendar, at('2026-03-02', '10:00'), due), 5);
    assert.equal(workingDaysLeft(calendar, at('2026-03-06', '16:00'), due), 1, 'Friday → Monday');
    assert.equal(workingDaysLeft(calendar, at('2026-03-09', '08:00'), due), 0);
  });

  it('is negative once overdue', () => {
    assert.equal(workingDaysLeft(calendar, at('2026-03-11', '08:00'), due), -2);
  });

  it('"within 1 working day" from Friday reaches the close of Monday', () => {
    assert.equal(local(workingDaysAhead(calendar, at('2026-03-06', '10:00'), 1)), '2026-03-09 17:00');
    assert.equal(vietnamDate(workingDaysAhead(calendar, at('2026-03-06', '10:00'), 0)), '2026-03-06');
  });
});

describe('timelinessOf', () => {
  const due = at('2026-03-09', '17:00');
  it('early before the due day, on time on it, late after the due instant', () => {
    assert.equal(timelinessOf(at('2026-03-06', '16:00'), due), 'early');
    assert.equal(timelinessOf(at('2026-03-09', '08:00'), due), 'on-time');
    assert.equal(timelinessOf(at('2026-03-09', '17:00'), due), 'on-time');
    assert.equal(timelinessOf(at('2026-03-09', '17:01'), due), 'late');
    assert.equal(timelinessOf(at('2026-03-10', '08:00'), due), 'late');
  });
});

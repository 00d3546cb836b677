import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CalendarFile } from './calendar.types.js';
import { validateCalendarFile } from './validate-calendar.js';

const vn = JSON.parse(
  readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'),
) as CalendarFile;

const source = { title: 'Notice', url: 'https://example.gov.vn/notice', date: '2025-01-01' };
const base = {
  id: 'test',
  name: { vi: 'Lịch thử', en: 'Test calendar' },
  officeHours: [{ from: '07:30', to: '11:30' }],
  cutOff: '16:00',
};

function codesAt(json: unknown): string[] {
  return validateCalendarFile(json).map((issue) => `${issue.path} ${issue.code}`);
}

describe('validateCalendarFile', () => {
  it('accepts the committed national calendar', () => {
    assert.deepEqual(validateCalendarFile(vn), []);
  });

  it('reports shape errors with a JSON Pointer and both languages', () => {
    const issues = validateCalendarFile({ ...base, weekend: [6, 8], surprise: true });
    assert.ok(issues.some((issue) => issue.path === '/weekend/1'));
    assert.ok(issues.some((issue) => issue.path === '/surprise' && issue.message.en === '“surprise” is not allowed here.'));
    for (const issue of issues) assert.ok(issue.message.vi && issue.message.en);
  });

  it('finds dates that do not exist, lie outside their year or run backwards', () => {
    const codes = codesAt({
      ...base,
      years: {
        '2025': {
          status: 'official',
          sources: [source],
          holidays: [
            { date: '2025-02-29', name: { vi: 'a', en: 'a' } },
            { date: '2026-01-01', name: { vi: 'b', en: 'b' } },
            { from: '2025-05-04', to: '2025-04-30', name: { vi: 'c', en: 'c' } },
            { date: '2025-01-01', from: '2025-01-01', to: '2025-01-02', name: { vi: 'd', en: 'd' } },
            { from: '2025-01-01', name: { vi: 'e', en: 'e' } },
          ],
        },
      },
    });
    assert.deepEqual(codes, [
      '/years/2025/holidays/0/date calendar-invalid-date',
      '/years/2025/holidays/1/date calendar-date-outside-year',
      '/years/2025/holidays/2/to calendar-range-order',
      '/years/2025/holidays/3 calendar-date-or-range',
      '/years/2025/holidays/4 calendar-date-or-range',
    ]);
  });

  it('requires make-up days on a weekend, replacing a weekday, and not on a holiday', () => {
    const codes = codesAt({
      ...base,
      years: {
        '2025': {
          status: 'official',
          sources: [source],
          holidays: [{ date: '2025-04-26', name: { vi: 'x', en: 'x' } }],
          makeUpWorkingDays: [
            { date: '2025-04-28', replaces: '2025-05-02' },
            { date: '2025-04-26', replaces: '2025-05-03' },
          ],
        },
      },
    });
    assert.deepEqual(codes, [
      '/years/2025/makeUpWorkingDays/0/date calendar-make-up-not-weekend',
      '/years/2025/makeUpWorkingDays/1/date calendar-make-up-is-holiday',
      '/years/2025/makeUpWorkingDays/1/replaces calendar-make-up-replaces-weekend',
    ]);
  });

  it('requires a standalone calendar to set its hours, in order', () => {
    assert.deepEqual(codesAt({ id: 'x', name: base.name }), [
      '/officeHours calendar-missing-field',
      '/cutOff calendar-missing-field',
    ]);
    assert.deepEqual(
      codesAt({
        ...base,
        officeHours: [
          { from: '13:30', to: '17:00' },
          { from: '07:30', to: '11:30' },
        ],
      }),
      ['/officeHours/1 calendar-invalid-office-hours'],
    );
    assert.deepEqual(codesAt({ id: 'agency', name: base.name, extends: 'vn' }), []);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatClockTime, parseClockTime, vietnamInstant, vietnamParts, vietnamYear } from './vietnam-time.js';

describe('Vietnam local time', () => {
  it('reads an instant at UTC+7 whatever the process time zone', () => {
    // 17:30 UTC on 31 December is already 00:30 on 1 January in Hà Nội.
    assert.deepEqual(vietnamParts(new Date('2025-12-31T17:30:00Z')), {
      date: '2026-01-01',
      minutes: 30,
      weekday: 4,
      year: 2026,
    });
    assert.equal(vietnamYear(new Date('2025-12-31T16:59:59Z')), 2025);
    assert.equal(vietnamYear(new Date('2025-12-31T17:00:00Z')), 2026);
  });

  it('turns a local date and time back into the instant', () => {
    assert.equal(vietnamInstant('2025-03-12', '07:30').toISOString(), '2025-03-12T00:30:00.000Z');
    assert.equal(vietnamInstant('2025-03-12', '00:00').toISOString(), '2025-03-11T17:00:00.000Z');
    const parts = vietnamParts(vietnamInstant('2025-03-16', '23:59'));
    assert.deepEqual(parts, { date: '2025-03-16', minutes: 1439, weekday: 7, year: 2025 });
  });

  it('refuses times and dates that do not exist', () => {
    assert.throws(() => parseClockTime('24:00'), { code: 'calendar-invalid-time' });
    assert.throws(() => parseClockTime('7:30'), { code: 'calendar-invalid-time' });
    assert.throws(() => vietnamInstant('2025-02-29', '08:00'), { code: 'calendar-invalid-date' });
    assert.throws(() => vietnamParts(new Date('nonsense')), { code: 'calendar-invalid-instant' });
    assert.equal(formatClockTime(parseClockTime('13:05')), '13:05');
  });
});

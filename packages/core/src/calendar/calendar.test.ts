import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveCalendar } from './calendar.js';
import type { CalendarFile } from './calendar.types.js';

const vn = JSON.parse(
  readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'),
) as CalendarFile;

const ward: CalendarFile = {
  id: 'vn-hanoi-ward-example',
  name: { vi: 'Phường mẫu, Hà Nội', en: 'Example ward, Hà Nội' },
  extends: 'vn',
  years: {
    '2025': {
      status: 'official',
      sources: [
        { title: 'Thông báo của UBND phường (mẫu)', url: 'https://example.gov.vn/thong-bao', date: '2025-03-01' },
      ],
      closures: [
        { date: '2025-03-14', reason: { vi: 'Chuyển đổi hệ thống một cửa', en: 'One-stop system migration' } },
        { date: '2025-04-26', reason: { vi: 'Tổng vệ sinh trụ sở', en: 'Office clean-up' } },
      ],
    },
  },
};

describe('resolveCalendar', () => {
  const calendar = resolveCalendar([vn], 'vn');

  it('keeps Tết, the bridge days and the weekend off in 2025 and 2026', () => {
    for (const date of [
      '2025-01-01',
      '2025-01-27',
      '2025-02-02',
      '2025-05-02',
      '2025-09-01',
      '2026-01-02',
      '2026-02-20',
      '2026-04-27',
      '2026-08-31',
    ]) {
      assert.equal(calendar.isWorkingDay(date), false, date);
    }
    assert.equal(calendar.dayInfo('2025-01-29').kind, 'holiday');
    assert.equal(calendar.dayInfo('2025-01-29').name?.en, 'Lunar New Year (Tết)');
    assert.equal(calendar.dayInfo('2025-03-15').kind, 'weekend');
    assert.equal(calendar.isWorkingDay('2025-02-03'), true);
  });

  it('opens on make-up Saturdays', () => {
    for (const date of ['2025-04-26', '2026-01-10', '2026-08-22']) {
      assert.deepEqual([date, calendar.dayInfo(date).kind], [date, 'make-up']);
      assert.equal(calendar.isWorkingDay(date), true);
    }
  });

  it('finds the next working day across a break', () => {
    assert.equal(calendar.nextWorkingDay('2025-01-24'), '2025-02-03');
    assert.equal(calendar.nextWorkingDay('2025-04-25'), '2025-04-26');
    assert.equal(calendar.nextWorkingDay('2026-02-13'), '2026-02-23');
  });

  it('exposes office hours and cut-off', () => {
    assert.deepEqual(
      calendar.officeHours.map((s) => `${s.from}-${s.to}`),
      ['07:30-11:30', '13:30-17:00'],
    );
    assert.equal(calendar.cutOff, '17:00');
    assert.deepEqual(calendar.weekend, [6, 7]);
  });

  it('falls back to the statutory rules for a year the data does not cover, and says so', () => {
    assert.equal(calendar.yearStatus(2025), 'official');
    assert.equal(calendar.yearStatus(2027), 'provisional');
    assert.equal(calendar.yearStatus(2028), 'statutory');
    const tet2028 = calendar.dayInfo('2028-01-26');
    assert.deepEqual([tet2028.working, tet2028.provisional], [false, true]);
    assert.equal(calendar.dayInfo('2025-03-12').provisional, false);
    assert.throws(() => calendar.isWorkingDay('2200-01-02'), { code: 'calendar-out-of-range' });
  });

  it('lets an agency add closures on top of the national calendar', () => {
    const agency = resolveCalendar([ward, vn], 'vn-hanoi-ward-example');
    assert.deepEqual(agency.chain, ['vn-hanoi-ward-example', 'vn']);
    assert.equal(agency.cutOff, '17:00');
    assert.equal(agency.dayInfo('2025-03-14').kind, 'closure');
    assert.equal(agency.dayInfo('2025-03-14').name?.en, 'One-stop system migration');
    // A closure outranks a national make-up day; national holidays still apply.
    assert.equal(agency.isWorkingDay('2025-04-26'), false);
    assert.equal(agency.isWorkingDay('2025-01-29'), false);
    assert.equal(calendar.isWorkingDay('2025-03-14'), true);
  });

  it('reports unknown ids and cycles as typed errors', () => {
    assert.throws(() => resolveCalendar([vn], 'nowhere'), { name: 'CalendarError', code: 'calendar-unknown' });
    assert.throws(() => resolveCalendar([ward], ward.id), { code: 'calendar-unknown', details: { id: 'vn' } });
    const a: CalendarFile = { id: 'a', name: { vi: 'A', en: 'A' }, extends: 'b' };
    const b: CalendarFile = { id: 'b', name: { vi: 'B', en: 'B' }, extends: 'a' };
    assert.throws(() => resolveCalendar([a, b], 'a'), { code: 'calendar-cycle', details: { chain: ['a', 'b', 'a'] } });
    const self: CalendarFile = { id: 'self', name: { vi: 'S', en: 'S' }, extends: 'self' };
    assert.throws(() => resolveCalendar([self], 'self'), { code: 'calendar-cycle' });
  });

  it('refuses a chain holding a semantically invalid file', () => {
    const broken: CalendarFile = {
      ...ward,
      id: 'broken',
      years: {
        '2025': {
          status: 'official',
          sources: ward.years?.['2025']?.sources ?? [],
          closures: [{ date: '2026-01-05', reason: { vi: 'x', en: 'x' } }],
        },
      },
    };
    assert.throws(() => resolveCalendar([broken, vn], 'broken'), { code: 'calendar-invalid' });
  });
});

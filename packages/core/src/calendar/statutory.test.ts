import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveCalendar } from './calendar.js';
import type { CalendarFile } from './calendar.types.js';
import { statutoryDaysOff, statutoryYear } from './statutory.js';

const vn = JSON.parse(
  readFileSync(new URL('../../../../catalogue/calendars/vn.json', import.meta.url), 'utf8'),
) as CalendarFile;

describe('statutory holidays (Labour Code 2019, art. 112)', () => {
  it('gives the eleven statutory days of 2027 and compensates those on a weekend', () => {
    const { holidays, compensations } = statutoryDaysOff(2027);
    assert.deepEqual(holidays, [
      '2027-01-01',
      '2027-02-05', // last day of Bính Ngọ
      '2027-02-06', // Tết, a Saturday
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-04-16', // 10/3 lunar
      '2027-04-30',
      '2027-05-01', // a Saturday
      '2027-09-01',
      '2027-09-02',
    ]);
    // Saturday 6 and Sunday 7 February move past the Tết run; Saturday 1 May moves to Monday.
    assert.deepEqual(compensations, ['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('compensates a Sunday Hùng Kings day on the Monday (2026)', () => {
    assert.deepEqual(statutoryDaysOff(2026).compensations, ['2026-04-27']);
  });

  it('marks a generated year provisional and cites the law', () => {
    const year = statutoryYear(2028);
    assert.equal(year.status, 'provisional');
    assert.match(year.sources[0]?.title ?? '', /45\/2019\/QH14/);
    assert.deepEqual(year.makeUpWorkingDays, []);
  });
});

describe('the committed national calendar', () => {
  it('holds each provisional year exactly as the statutory generator computes it', () => {
    const provisional = Object.entries(vn.years ?? {}).filter(([, year]) => year?.status === 'provisional');
    assert.ok(provisional.length > 0, 'vn.json should have a provisional year (2027)');
    for (const [key, year] of provisional) assert.deepEqual(year, statutoryYear(Number(key)), `year ${key}`);
  });

  it('gives every statutory holiday off in each official year', () => {
    const calendar = resolveCalendar([vn], 'vn');
    const official = Object.entries(vn.years ?? {}).filter(([, year]) => year?.status === 'official');
    assert.deepEqual(
      official.map(([key]) => key),
      ['2025', '2026'],
    );
    for (const [key] of official) {
      for (const date of statutoryDaysOff(Number(key)).holidays) {
        assert.equal(calendar.isWorkingDay(date), false, `${date} is a statutory holiday`);
      }
    }
  });

  it('cites a source for every year', () => {
    for (const [key, year] of Object.entries(vn.years ?? {})) {
      assert.ok((year?.sources.length ?? 0) > 0, `year ${key}`);
      assert.ok(year?.note, `year ${key} explains what was confirmed`);
    }
  });
});

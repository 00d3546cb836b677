import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatInteger } from './group-digits.js';
import { formatDate, formatDateTime, formatMoney } from './vietnam-format.js';

const AMOUNTS = [0, 1, 5, 999, 1000, 12_345, 200_000, 1_234_567, 1_000_000_000, 1e15, 2.5, 1234567.6, 0.4, -1, -1500, -2.5, -1_234_567];

test('amounts in VND read exactly as Intl writes them for vi-VN and en-GB', () => {
  for (const [locale, tag] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
    const intl = new Intl.NumberFormat(tag, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
    for (const amount of AMOUNTS) assert.equal(formatMoney(amount, locale), intl.format(amount), `${locale} ${amount}`);
  }
});

test('the đồng sign follows the amount in Vietnamese, after a no-break space, and leads it in English', () => {
  assert.equal(formatMoney(200_000, 'vi'), '200.000\u00a0₫');
  assert.equal(formatMoney(200_000, 'en'), '₫200,000');
  assert.equal(formatMoney(-1500, 'en'), '-₫1,500');
});

test('an amount that rounds to nothing is 0, never "-0"', () => {
  assert.equal(formatMoney(-0.4, 'vi'), '0\u00a0₫');
  assert.equal(formatMoney(-0, 'en'), '₫0');
});

test('whole numbers are grouped by threes with the reader’s separator', () => {
  assert.equal(formatInteger(1_234_567, 'vi'), '1.234.567');
  assert.equal(formatInteger(1_234_567, 'en'), '1,234,567');
  assert.equal(formatInteger(-45_000, 'vi'), '-45.000');
  assert.equal(formatInteger(999, 'vi'), '999');
  for (const n of [0, 7, 1000, 98_765_432, -1_000_000]) assert.equal(formatInteger(n, 'vi'), n.toLocaleString('vi-VN'));
});

test('a day is written as Vietnamese and British readers write it', () => {
  assert.equal(formatDate('2026-01-06', 'vi'), '6 tháng 1, 2026');
  assert.equal(formatDate('2026-12-31', 'en'), '31 December 2026');
});

test('a plain date is that day wherever the reader is; an instant is its day in Vietnam', () => {
  // 23:30 UTC on 5 January is 06:30 on 6 January in Hà Nội.
  assert.equal(formatDate('2026-01-05T23:30:00Z', 'vi'), '6 tháng 1, 2026');
  assert.equal(formatDate(new Date('2026-01-05T16:59:00Z'), 'en'), '5 January 2026');
  assert.equal(formatDate('2026-01-05', 'en'), '5 January 2026');
});

test('a moment carries its time in Vietnam, 24-hour, in each language’s order', () => {
  assert.equal(formatDateTime('2026-01-05T23:30:00Z', 'vi'), 'lúc 06:30 6 tháng 1, 2026');
  assert.equal(formatDateTime('2026-01-05T23:30:00Z', 'en'), '6 January 2026 at 06:30');
  assert.equal(formatDateTime('2026-07-01T01:05:00+07:00', 'en'), '1 July 2026 at 01:05');
});

test('dates in Vietnam’s time match Intl’s Asia/Ho_Chi_Minh for every month', () => {
  for (let month = 0; month < 12; month++) {
    const at = new Date(Date.UTC(2027, month, 28, 18, 45));
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(at);
    assert.equal(formatDate(at, 'en'), intl);
  }
});

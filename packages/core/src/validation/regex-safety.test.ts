import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafePattern } from './regex-safety.js';

test('nested ambiguous repetition is refused', () => {
  for (const pattern of ['^(a+)+$', '(x+x+)+y', '^(\\w*)*$', '(a|aa)+(b{1,3})*', '^([a-z]{1,5})+$']) {
    assert.equal(isSafePattern(pattern), false, pattern);
  }
});

test('the patterns Vietnamese forms need are accepted', () => {
  for (const pattern of [
    '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$',
    '^[0-9]{12}$',
    '^[0-9]{10}(-[0-9]{3})?$',
    '^[0-9]{5}$',
    '^[\\p{L} ]+$',
    '^[A-Z]{2}[0-9]{7}$',
  ]) {
    assert.equal(isSafePattern(pattern), true, pattern);
  }
});

test('a pattern the parser cannot read, or with too many repetitions, is not called safe', () => {
  assert.equal(isSafePattern('(unclosed'), false);
  assert.equal(isSafePattern('a?'.repeat(30)), false);
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSafePattern } from '../validation/regex-safety.js';
import { PATTERN_PRESETS } from './pattern-presets.js';

const matches = (id: string, values: readonly string[]): boolean[] => {
  const preset = PATTERN_PRESETS.find((each) => each.id === id);
  assert.ok(preset, id);
  const regex = new RegExp(preset.pattern, 'u');
  return values.map((value) => regex.test(value));
};

describe('pattern presets', () => {
  for (const preset of PATTERN_PRESETS) {
    it(`${preset.id}: a whole-answer Unicode pattern that cannot hang, matching its own example`, () => {
      assert.ok(preset.pattern.startsWith('^') && preset.pattern.endsWith('$'));
      // The same check, with the same limit, as the procedure validator's.
      assert.ok(isSafePattern(preset.pattern), 'nested quantifier');
      assert.match(preset.example, new RegExp(preset.pattern, 'u'));
      assert.ok(preset.label.vi && preset.label.en);
    });
  }

  it('vn-mobile: the mobile prefixes 03, 05, 07, 08, 09, written with 0 or +84', () => {
    assert.deepEqual(
      matches('vn-mobile', ['0912345678', '+84987654321', '0312345678', '012345', '0212345678', '84912345678', '09123456789']),
      [true, true, true, false, false, false, false],
    );
  });

  it('citizen-id: twelve digits, no more, no fewer', () => {
    assert.deepEqual(matches('citizen-id', ['001099012345', '00109901234', '0010990123456']), [true, false, false]);
  });

  it('postal-code: five digits', () => {
    assert.deepEqual(matches('postal-code', ['10000', '700000', '1000']), [true, false, false]);
  });

  it('tax-code: ten digits, with a branch suffix of three, dash optional', () => {
    assert.deepEqual(
      matches('tax-code', ['0123456789', '0123456789-001', '0123456789001', '012345678', '0123456789-01']),
      [true, true, true, false, false],
    );
  });
});

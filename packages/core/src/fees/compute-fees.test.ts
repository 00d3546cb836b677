import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resolveCase } from '../cases/resolve-case.js';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import type { ConditionContext } from '../conditions/condition-context.js';
import type { Fee, ProcedureDefinition } from '../procedure.types.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { computeFees } from './compute-fees.js';

function feesFor(fees: Fee[], context: Partial<ConditionContext> = {}, extra: Partial<ProcedureDefinition> = {}) {
  const definition = testDefinition({ fees, ...extra });
  const checked = validateProcedure(definition);
  assert.deepEqual(checked.errors, [], 'the test definition itself must be valid');
  const effective = resolveCase(definition, 'mac-dinh');
  return computeFees(effective, { answers: {}, ...context }, createAjvEvaluator(definition));
}

const label = { vi: 'Lệ phí' };
const certifiedCopy: Fee = {
  id: 'chung-thuc',
  kind: 'fee',
  label,
  each: '/banSao',
  rule: { type: 'tiered', quantity: '/soTrang', tiers: [{ upTo: 2, amount: 2000 }, { amount: 1000 }] },
  max: 200_000,
  multiplier: '/soBan',
  legalBasis: ['226/2016/TT-BTC'],
};

describe('fixed fees', () => {
  test('a fixed fee is charged as published, with its legal basis', () => {
    const result = feesFor([{ id: 'le-phi', kind: 'fee', label, rule: { type: 'fixed', amount: 50_000 }, legalBasis: ['226/2016/TT-BTC'] }]);
    assert.equal(result.total, 50_000);
    assert.equal(result.complete, true);
    assert.deepEqual(result.lines[0]?.legalBasis, ['226/2016/TT-BTC']);
    assert.equal(result.currency, 'VND');
  });

  test('a fee with a condition is charged only when it holds', () => {
    const fee: Fee = { id: 'ban-trich-luc', kind: 'charge', label, when: when.answer('coCon', true), rule: { type: 'fixed', amount: 8000 } };
    assert.equal(feesFor([fee], { answers: { coCon: true } }).total, 8000);
    assert.equal(feesFor([fee], { answers: { coCon: false } }).lines.length, 0);
  });

  test('a procedure without fees is free, and says so completely', () => {
    const result = feesFor([]);
    assert.equal(result.total, 0);
    assert.equal(result.complete, true);
  });
});

describe('per-unit fees', () => {
  const perPage: Fee = { id: 'trang', kind: 'charge', label, rule: { type: 'per-unit', quantity: '/soTrang', amount: 3000 } };

  test('multiplies the amount by the answered quantity', () => {
    const line = feesFor([perPage], { answers: { soTrang: 7 } }).lines[0];
    assert.equal(line?.amount, 21_000);
    assert.equal(line?.quantity, 7);
  });

  test('a missing quantity charges nothing yet and marks the quote incomplete', () => {
    const result = feesFor([perPage], { answers: {} });
    assert.equal(result.total, 0);
    assert.equal(result.complete, false);
    assert.deepEqual(result.lines[0]?.missing, ['/soTrang']);
  });

  test('a negative, fractional or non-numeric quantity is treated as missing, never charged', () => {
    for (const soTrang of [-3, 2.5, '4', null]) {
      const result = feesFor([perPage], { answers: { soTrang } });
      assert.equal(result.total, 0, `quantity ${String(soTrang)}`);
      assert.equal(result.complete, false);
    }
  });
});

describe('tiered fees with a cap (certified copies: 2,000 a page for pages 1–2, then 1,000, at most 200,000 a copy)', () => {
  const pages = (soTrang: number, soBan = 1) => feesFor([certifiedCopy], { answers: { banSao: [{ soTrang, soBan }] } }).total;

  test('pages within the first tier', () => {
    assert.equal(pages(1), 2000);
    assert.equal(pages(2), 4000);
  });

  test('the third page starts the cheaper tier', () => {
    assert.equal(pages(3), 5000);
    assert.equal(pages(10), 12_000);
  });

  test('the cap applies per copy, at the exact boundary and beyond', () => {
    assert.equal(pages(198), 200_000);
    assert.equal(pages(199), 200_000);
    const line = feesFor([certifiedCopy], { answers: { banSao: [{ soTrang: 500, soBan: 1 }] } }).lines[0];
    assert.equal(line?.amount, 200_000);
    assert.equal(line?.capped, 'max');
  });

  test('copies multiply the capped amount', () => {
    assert.equal(pages(3, 4), 20_000);
    assert.equal(pages(500, 2), 400_000);
  });

  test('each paper is its own line, and the total adds them', () => {
    const result = feesFor([certifiedCopy], { answers: { banSao: [{ soTrang: 1, soBan: 2 }, { soTrang: 5, soBan: 1 }] } });
    assert.deepEqual(result.lines.map((l) => [l.item, l.amount]), [[0, 4000], [1, 7000]]);
    assert.equal(result.total, 11_000);
  });

  test('no papers yet: nothing charged and the quote says it is incomplete', () => {
    const result = feesFor([certifiedCopy], { answers: {} });
    assert.equal(result.total, 0);
    assert.equal(result.complete, false);
    assert.deepEqual(result.lines[0]?.missing, ['/banSao']);
  });

  test('a missing page count inside an item names that item in the pointer', () => {
    const result = feesFor([certifiedCopy], { answers: { banSao: [{ soBan: 1 }] } });
    assert.deepEqual(result.lines[0]?.missing, ['/banSao/0/soTrang']);
  });
});

describe('floors', () => {
  test('a floor raises a small amount, and says so', () => {
    const fee: Fee = { id: 'dien-tich', kind: 'charge', label, rule: { type: 'per-unit', quantity: '/soTrang', amount: 100 }, min: 10_000 };
    const line = feesFor([fee], { answers: { soTrang: 5 } }).lines[0];
    assert.equal(line?.amount, 10_000);
    assert.equal(line?.capped, 'min');
    assert.equal(feesFor([fee], { answers: { soTrang: 500 } }).total, 50_000);
  });
});

describe('adjustments by applicant category and channel', () => {
  // Criminal record certificate: 200,000; half for students; exempt for children.
  const criminalRecord: Fee = {
    id: 'ly-lich',
    kind: 'fee',
    label,
    rule: { type: 'fixed', amount: 200_000 },
    adjustments: [
      { when: when.category('tre-em'), type: 'exempt', label: { vi: 'Miễn cho trẻ em' }, legalBasis: ['244/2016/TT-BTC'] },
      { when: when.category('hoc-sinh'), type: 'percent-off', value: 50, label: { vi: 'Giảm 50% cho học sinh' } },
    ],
  };

  test('no category: the full amount', () => {
    assert.equal(feesFor([criminalRecord]).total, 200_000);
  });

  test('a reduced category pays the reduced amount, and the line says why', () => {
    const line = feesFor([criminalRecord], { applicantCategory: 'hoc-sinh' }).lines[0];
    assert.equal(line?.amount, 100_000);
    assert.equal(line?.base, 200_000);
    assert.equal(line?.adjustments[0]?.label.vi, 'Giảm 50% cho học sinh');
  });

  test('an exempt category pays nothing, with the exemption’s legal basis', () => {
    const line = feesFor([criminalRecord], { applicantCategory: 'tre-em' }).lines[0];
    assert.equal(line?.amount, 0);
    assert.deepEqual(line?.adjustments.map((a) => [a.type, a.legalBasis]), [['exempt', ['244/2016/TT-BTC']]]);
  });

  test('cheaper online: a set amount for the online channel only', () => {
    const residence: Fee = {
      id: 'cu-tru',
      kind: 'fee',
      label,
      rule: { type: 'fixed', amount: 20_000 },
      adjustments: [{ when: when.channel('online'), type: 'set-amount', value: 10_000, label: { vi: 'Nộp trực tuyến' } }],
    };
    assert.equal(feesFor([residence], { channel: 'in-person' }).total, 20_000);
    assert.equal(feesFor([residence], { channel: 'online' }).total, 10_000);
    assert.equal(feesFor([residence], { channel: 'postal' }).total, 20_000);
  });

  test('adjustments accumulate in order, and an amount off never goes below zero', () => {
    const fee: Fee = {
      id: 'cong-don',
      kind: 'fee',
      label,
      rule: { type: 'fixed', amount: 135_000 },
      adjustments: [
        { when: when.channel('online'), type: 'amount-off', value: 20_000, label: { vi: 'Trực tuyến' } },
        { when: when.category('hoc-sinh'), type: 'percent-off', value: 10, label: { vi: 'Học sinh' } },
        { when: when.category('tre-em'), type: 'amount-off', value: 1_000_000, label: { vi: 'Trẻ em' } },
      ],
    };
    // 135,000 − 20,000 = 115,000; 10% off = 103,500.
    assert.equal(feesFor([fee], { channel: 'online', applicantCategory: 'hoc-sinh' }).total, 103_500);
    assert.equal(feesFor([fee], { applicantCategory: 'tre-em' }).total, 0);
  });
});

describe('rounding', () => {
  const third = (mode: 'nearest' | 'up' | 'down'): Fee => ({
    id: 'lam-tron',
    kind: 'fee',
    label,
    rule: { type: 'fixed', amount: 10_000 },
    adjustments: [{ when: when.category('hoc-sinh'), type: 'percent-off', value: 33, label: { vi: 'Giảm' } }],
    rounding: { to: 1000, mode },
  });

  test('a percentage off rounds half up to a whole đồng, never to a float', () => {
    const fee: Fee = { id: 'x', kind: 'fee', label, rule: { type: 'fixed', amount: 1005 }, adjustments: [{ when: when.category('hoc-sinh'), type: 'percent-off', value: 50, label: { vi: 'Giảm' } }] };
    const total = feesFor([fee], { applicantCategory: 'hoc-sinh' }).total;
    assert.equal(total, 502);
    assert.ok(Number.isInteger(total));
  });

  test('rounding to the nearest thousand, up and down', () => {
    // 10,000 − 33% = 6,700.
    assert.equal(feesFor([third('nearest')], { applicantCategory: 'hoc-sinh' }).total, 7000);
    assert.equal(feesFor([third('up')], { applicantCategory: 'hoc-sinh' }).total, 7000);
    assert.equal(feesFor([third('down')], { applicantCategory: 'hoc-sinh' }).total, 6000);
  });

  test('the nearest rounding takes a half upwards', () => {
    const fee: Fee = { id: 'x', kind: 'fee', label, rule: { type: 'per-unit', quantity: '/soTrang', amount: 500 }, rounding: { to: 1000, mode: 'nearest' } };
    assert.equal(feesFor([fee], { answers: { soTrang: 3 } }).total, 2000);
    assert.equal(feesFor([fee], { answers: { soTrang: 2 } }).total, 1000);
  });
});

describe('fees set locally', () => {
  const local: Fee = { id: 'dia-phuong', kind: 'fee', label, rule: { type: 'local' }, setLocally: true };

  test('without the agency’s figure the amount is unknown, not zero', () => {
    const result = feesFor([local]);
    assert.equal(result.lines[0]?.amount, null);
    assert.equal(result.complete, false);
  });

  test('the offering agency’s figure replaces it', () => {
    const definition = testDefinition({ fees: [local] });
    const effective = resolveCase(definition, 'mac-dinh', {
      procedure: definition.code,
      agency: 'ubnd-phuong-ba-dinh',
      fees: { 'dia-phuong': { rule: { type: 'fixed', amount: 15_000 } } },
    });
    const result = computeFees(effective, { answers: {} }, createAjvEvaluator(definition));
    assert.equal(result.total, 15_000);
    assert.equal(result.complete, true);
  });

  test('an exemption still makes an unknown local amount zero', () => {
    const fee: Fee = { ...local, adjustments: [{ when: when.category('tre-em'), type: 'exempt', label: { vi: 'Miễn' } }] };
    const result = feesFor([fee], { applicantCategory: 'tre-em' });
    assert.equal(result.lines[0]?.amount, 0);
  });
});

describe('hostile quantities', () => {
  test('an amount too large to compute exactly is a typed error, not a wrong number', () => {
    const fee: Fee = { id: 'lon', kind: 'fee', label, rule: { type: 'per-unit', quantity: '/soTrang', amount: 1_000_000_000_000 } };
    assert.throws(() => feesFor([fee], { answers: { soTrang: 1_000_000_000 } }), { code: 'fee-overflow' });
  });

  test('a huge page count on an uncapped tiered fee is computed by tiers, not page by page', () => {
    const { max: _cap, ...uncapped } = certifiedCopy;
    const total = feesFor([uncapped], { answers: { banSao: [{ soTrang: 1_000_000_000, soBan: 1 }] } }).total;
    assert.equal(total, 4000 + (1_000_000_000 - 2) * 1000);
  });
});

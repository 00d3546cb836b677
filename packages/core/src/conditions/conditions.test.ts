import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProcedureDefinition } from '../procedure.types.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { compileConditions, createAjvEvaluator } from './ajv-evaluator.js';
import { collectConditions } from './collect-conditions.js';
import { predicateEvaluator } from './condition-evaluator.js';

function withConditions(): ProcedureDefinition {
  return testDefinition({
    fees: [
      {
        id: 'le-phi',
        kind: 'fee',
        label: { vi: 'Lệ phí' },
        when: when.answer('coCon', true),
        rule: { type: 'fixed', amount: 1 },
        adjustments: [{ when: when.channel('online'), type: 'exempt', label: { vi: 'Miễn' } }],
      },
    ],
    documents: [{ id: 'giay-uy-quyen', name: { vi: 'Giấy ủy quyền' }, when: when.category('tre-em') }],
    cases: [{ id: 'mac-dinh', name: { vi: 'Mặc định' }, documents: [{ id: 'x', name: { vi: 'x' }, when: when.delivery('postal') }] }],
    form: { ...testDefinition().form, visibility: { '/properties/diaChiNhan': when.delivery('postal') } },
  });
}

describe('collecting conditions', () => {
  test('every condition is listed once, by the JSON Pointer of its schema', () => {
    assert.deepEqual(
      collectConditions(withConditions()).map((c) => [c.pointer, c.role]),
      [
        ['/fees/0/when', 'fee'],
        ['/fees/0/adjustments/0/when', 'fee-adjustment'],
        ['/documents/0/when', 'document'],
        ['/cases/0/documents/0/when', 'document'],
        ['/form/visibility/~1properties~1diaChiNhan', 'section'],
      ],
    );
  });
});

describe('evaluating conditions over the context', () => {
  const definition = withConditions();
  const evaluator = createAjvEvaluator(definition);

  test('a condition on an answer', () => {
    assert.equal(evaluator.holds('/fees/0/when', { answers: { coCon: true } }), true);
    assert.equal(evaluator.holds('/fees/0/when', { answers: { coCon: false } }), false);
    assert.equal(evaluator.holds('/fees/0/when', { answers: {} }), false);
  });

  test('channel, delivery and applicant category are separate axes', () => {
    assert.equal(evaluator.holds('/fees/0/adjustments/0/when', { answers: {}, channel: 'online' }), true);
    assert.equal(evaluator.holds('/fees/0/adjustments/0/when', { answers: {}, delivery: 'online' }), false);
    assert.equal(evaluator.holds('/cases/0/documents/0/when', { answers: {}, delivery: 'postal' }), true);
    assert.equal(evaluator.holds('/cases/0/documents/0/when', { answers: {}, channel: 'postal' }), false);
    assert.equal(evaluator.holds('/documents/0/when', { answers: {}, applicantCategory: 'tre-em' }), true);
  });

  test('an undefined member is absent, so a `required` condition does not hold', () => {
    assert.equal(evaluator.holds('/documents/0/when', { answers: {}, applicantCategory: undefined }), false);
  });

  test('ready predicates (as the browser module exports them) give the same verdicts', () => {
    const browser = predicateEvaluator(compileConditions(definition));
    for (const context of [{ answers: { coCon: true } }, { answers: {}, channel: 'online' as const }, { answers: {}, delivery: 'postal' as const }]) {
      for (const { pointer } of collectConditions(definition)) {
        assert.equal(browser.holds(pointer, context), evaluator.holds(pointer, context), `${pointer} ${JSON.stringify(context)}`);
      }
    }
  });

  test('asking for a condition that was never compiled is a typed error, not a silent false', () => {
    assert.throws(() => evaluator.holds('/fees/9/when', { answers: {} }), { code: 'condition-unknown' });
    assert.throws(() => evaluator.holds('/__proto__', { answers: {} }), { code: 'condition-unknown' });
  });
});

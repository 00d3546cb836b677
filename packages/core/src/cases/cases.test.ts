import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createAjvEvaluator } from '../conditions/ajv-evaluator.js';
import type { Case, Document, Fee, ProcedureDefinition } from '../procedure.types.js';
import { testDefinition, when } from '../test-support/definitions.js';
import { validateProcedure } from '../validation/validate-procedure.js';
import { chooseCase } from './choose-case.js';
import { resolveCase, serviceLevelFor } from './resolve-case.js';

const doc = (id: string, extra: Partial<Document> = {}): Document => ({ id, name: { vi: id }, ...extra });
const fee = (id: string, amount: number): Fee => ({ id, kind: 'fee', label: { vi: id }, rule: { type: 'fixed', amount } });

// A passport-like procedure: first issue or re-issue, with a shared base.
function passport(selection: ProcedureDefinition['caseSelection'], cases: Case[]): ProcedureDefinition {
  const definition = testDefinition({
    caseSelection: selection,
    documents: [doc('to-khai'), doc('anh-chan-dung'), doc('ho-chieu-cu')],
    fees: [fee('le-phi', 200_000)],
    cases,
  });
  assert.deepEqual(validateProcedure(definition).errors, []);
  return definition;
}

describe('choosing the case', () => {
  const cases: Case[] = [
    { id: 'cap-lan-dau', name: { vi: 'Cấp lần đầu' }, exclude: { documents: ['ho-chieu-cu'] } },
    { id: 'cap-lai', name: { vi: 'Cấp lại' }, fees: [fee('le-phi', 400_000)] },
  ];

  test('the citizen’s choice decides', () => {
    const definition = passport('choice', cases);
    const evaluator = createAjvEvaluator(definition);
    assert.equal(chooseCase(definition, { answers: {}, case: 'cap-lai' }, evaluator).id, 'cap-lai');
  });

  test('several cases and no choice: a clear error listing the choices', () => {
    const definition = passport('choice', cases);
    assert.throws(() => chooseCase(definition, { answers: {} }, createAjvEvaluator(definition)), (error: any) => {
      assert.equal(error.code, 'case-required');
      assert.deepEqual(error.details.choices, ['cap-lan-dau', 'cap-lai']);
      return true;
    });
  });

  test('an unknown case is refused by name', () => {
    const definition = passport('choice', cases);
    assert.throws(() => chooseCase(definition, { answers: {}, case: 'gia-han' }, createAjvEvaluator(definition)), { code: 'case-unknown' });
  });

  test('a single case needs no choice', () => {
    const definition = testDefinition();
    assert.equal(chooseCase(definition, { answers: {} }, createAjvEvaluator(definition)).id, 'mac-dinh');
  });

  test('cases that follow from the answers: the first whose condition holds, else the default', () => {
    const definition = passport('answers', [
      { id: 'co-con', name: { vi: 'Có con đi cùng' }, when: when.answer('coCon', true) },
      { id: 'mot-minh', name: { vi: 'Một mình' } },
    ]);
    const evaluator = createAjvEvaluator(definition);
    assert.equal(chooseCase(definition, { answers: { coCon: true } }, evaluator).id, 'co-con');
    assert.equal(chooseCase(definition, { answers: { coCon: false } }, evaluator).id, 'mot-minh');
    assert.equal(chooseCase(definition, { answers: {} }, evaluator).id, 'mot-minh');
  });

  test('answers that fit no case', () => {
    const definition = passport('answers', [
      { id: 'co-con', name: { vi: 'Có con' }, when: when.answer('coCon', true) },
      { id: 'khong-con', name: { vi: 'Không con' }, when: when.answer('coCon', false) },
    ]);
    assert.throws(() => chooseCase(definition, { answers: {} }, createAjvEvaluator(definition)), { code: 'case-none-applies' });
  });
});

describe('a case is the base plus its overrides', () => {
  const definition = passport('choice', [
    { id: 'cap-lan-dau', name: { vi: 'Cấp lần đầu' }, exclude: { documents: ['ho-chieu-cu'] } },
    {
      id: 'cap-lai',
      name: { vi: 'Cấp lại' },
      documents: [doc('to-khai', { copies: 2 }), doc('don-trinh-bao')],
      fees: [fee('le-phi', 400_000)],
      serviceLevel: { amount: 8, unit: 'working-days' },
      steps: [{ id: 'xu-ly', name: { vi: 'Xử lý' }, role: 'specialist' }],
      channels: [{ kind: 'in-person' }],
    },
  ]);

  test('excluded base documents are dropped; the rest are kept in order', () => {
    const effective = resolveCase(definition, 'cap-lan-dau');
    assert.deepEqual(effective.documents.map((d) => d.id), ['to-khai', 'anh-chan-dung']);
    assert.equal(effective.serviceLevel.amount, 5);
    assert.equal(effective.steps.length, 3);
  });

  test('a case entry with a base id replaces it; new ids are added; replaced parts are whole', () => {
    const effective = resolveCase(definition, 'cap-lai');
    assert.deepEqual(effective.documents.map((d) => [d.id, d.copies ?? 0]), [
      ['to-khai', 2],
      ['anh-chan-dung', 0],
      ['ho-chieu-cu', 0],
      ['don-trinh-bao', 0],
    ]);
    assert.deepEqual(effective.fees.map((f) => f.rule), [{ type: 'fixed', amount: 400_000 }]);
    assert.equal(effective.serviceLevel.amount, 8);
    assert.deepEqual(effective.steps.map((s) => s.id), ['xu-ly']);
    assert.deepEqual(effective.channels.map((c) => c.kind), ['in-person']);
  });

  test('every entry keeps the pointer its conditions are keyed by', () => {
    const effective = resolveCase(definition, 'cap-lai');
    assert.deepEqual(effective.documents.map((d) => d.source), ['/cases/1/documents/0', '/documents/1', '/documents/2', '/cases/1/documents/1']);
  });
});

describe('local offerings', () => {
  const base = testDefinition({
    serviceLevel: { amount: 5, unit: 'working-days' },
    serviceLevelSetLocally: true,
    documentsSetLocally: true,
    channels: [{ kind: 'in-person' }, { kind: 'online', serviceLevel: { amount: 4, unit: 'working-days' } }],
    documents: [doc('to-khai'), doc('so-ho-khau')],
    fees: [fee('co-dinh', 10_000)],
    steps: [{ id: 'xu-ly', name: { vi: 'Xử lý' }, role: 'specialist' }],
  });

  test('an agency sets the time and adds or removes documents where the law lets it', () => {
    const effective = resolveCase(base, 'mac-dinh', {
      procedure: base.code,
      agency: 'ubnd-xa-a',
      serviceLevel: { amount: 3, unit: 'working-days' },
      documents: { remove: ['so-ho-khau'], add: [doc('xac-nhan-dia-phuong')] },
    });
    assert.equal(serviceLevelFor(effective, 'online').amount, 3);
    assert.equal(serviceLevelFor(effective, 'in-person').amount, 3);
    assert.deepEqual(effective.documents.map((d) => [d.id, d.origin ?? 'definition']), [
      ['to-khai', 'definition'],
      ['xac-nhan-dia-phuong', 'offering'],
    ]);
  });

  test('an override the law does not allow is ignored', () => {
    const strict = { ...base, serviceLevelSetLocally: false, documentsSetLocally: false };
    const effective = resolveCase(strict, 'mac-dinh', {
      procedure: base.code,
      agency: 'ubnd-xa-a',
      serviceLevel: { amount: 1, unit: 'working-days' },
      documents: { remove: ['to-khai'] },
      fees: { 'co-dinh': { rule: { type: 'fixed', amount: 1 } } },
    });
    assert.equal(serviceLevelFor(effective, 'in-person').amount, 5);
    assert.equal(serviceLevelFor(effective, 'online').amount, 4);
    assert.equal(effective.documents.length, 2);
    assert.deepEqual(effective.fees[0]?.rule, { type: 'fixed', amount: 10_000 });
  });

  test('a channel’s own time limit applies to that channel only', () => {
    const effective = resolveCase(base, 'mac-dinh');
    assert.equal(serviceLevelFor(effective, 'online').amount, 4);
    assert.equal(serviceLevelFor(effective, 'in-person').amount, 5);
    assert.equal(serviceLevelFor(effective, undefined).amount, 5);
  });
});

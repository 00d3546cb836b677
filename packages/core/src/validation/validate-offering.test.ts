import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testDefinition, when } from '../test-support/definitions.js';
import { validateOffering } from './validate-offering.js';

const definition = testDefinition({
  fees: [
    { id: 'quoc-gia', kind: 'fee', label: { vi: 'Lệ phí' }, rule: { type: 'fixed', amount: 50_000 } },
    { id: 'dia-phuong', kind: 'fee', label: { vi: 'Phí' }, rule: { type: 'local' }, setLocally: true },
  ],
  documents: [{ id: 'to-khai', name: { vi: 'Tờ khai' } }],
  serviceLevelSetLocally: true,
});
const base = { procedure: definition.code, agency: 'ubnd-phuong-ba-dinh' };
const codes = (offering: unknown, d = definition) => validateOffering(offering, d).errors.map((e) => `${e.path} ${e.code}`);

test('an offering that sets what the law leaves to the province is valid', () => {
  const result = validateOffering({ ...base, fees: { 'dia-phuong': { rule: { type: 'fixed', amount: 15_000 } } }, serviceLevel: { amount: 3, unit: 'working-days' } }, definition);
  assert.deepEqual(result.errors, []);
});

test('changing a nationally set fee, time or document list is refused by name', () => {
  assert.deepEqual(codes({ ...base, fees: { 'quoc-gia': { rule: { type: 'fixed', amount: 1 } } } }), ['/fees/quoc-gia offering-fee-not-local']);
  assert.deepEqual(codes({ ...base, fees: { 'khong-co': { rule: { type: 'fixed', amount: 1 } } } }), ['/fees/khong-co offering-fee-unknown']);
  assert.deepEqual(codes({ ...base, serviceLevel: { amount: 1, unit: 'working-days' } }, { ...definition, serviceLevelSetLocally: false }), ['/serviceLevel offering-service-level-not-local']);
  assert.deepEqual(codes({ ...base, documents: { remove: ['to-khai'] } }), ['/documents offering-documents-not-local']);
});

test('documents an agency adds are unconditional and new; removed ones must exist', () => {
  const local = { ...definition, documentsSetLocally: true };
  assert.deepEqual(
    codes({ ...base, documents: { remove: ['khong-co'], add: [{ id: 'to-khai', name: { vi: 'x' } }, { id: 'moi', name: { vi: 'y' }, when: when.channel('online') }] } }, local),
    ['/documents/remove/0 offering-document-unknown', '/documents/add/0/id duplicate-id', '/documents/add/1/when offering-document-condition'],
  );
});

test('an offering for another procedure, or of the wrong shape', () => {
  assert.deepEqual(codes({ ...base, procedure: '9.999999' }), ['/procedure offering-procedure-mismatch']);
  assert.deepEqual(codes({ agency: 'x', colour: 'red' }), ['/procedure required', '/colour additionalProperties']);
});

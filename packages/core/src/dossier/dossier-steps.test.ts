import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Step } from '../procedure.types.js';
import { decisionStepIndex, forwardTargets, nextStepIndex, returnStepIndex } from './dossier-steps.js';

const step = (id: string, role: Step['role']): Step => ({ id, name: { vi: id }, role });
const FOUR = [step('tiep-nhan', 'receiver'), step('xem-xet', 'specialist'), step('ky', 'approver'), step('tra-ket-qua', 'receiver')];
const THREE = [step('tiep-nhan', 'receiver'), step('chung-thuc', 'approver'), step('tra-ket-qua', 'receiver')];

test('receive → examine → sign → return: forwarding goes on to the signature, approval to the return', () => {
  assert.equal(decisionStepIndex(FOUR), 2);
  assert.equal(nextStepIndex(FOUR, 0), 1);
  assert.equal(nextStepIndex(FOUR, 1), 2);
  assert.equal(nextStepIndex(FOUR, 2), undefined, 'the decision step is approved, not forwarded on');
  assert.equal(returnStepIndex(FOUR), 3);
});

test('an approver may send a dossier back to the specialist, never to reception or the return desk', () => {
  assert.deepEqual(forwardTargets(FOUR, 2).map((s) => s.id), ['xem-xet']);
  assert.deepEqual(forwardTargets(FOUR, 0).map((s) => s.id), ['xem-xet', 'ky']);
});

test('a procedure without a specialist goes from reception straight to the signature', () => {
  assert.equal(nextStepIndex(THREE, 0), 1);
  assert.equal(decisionStepIndex(THREE), 1);
  assert.equal(returnStepIndex(THREE), 2);
});

test('without an approver the last step decides and the result waits there', () => {
  const two = [step('tiep-nhan', 'receiver'), step('xu-ly', 'specialist')];
  assert.equal(decisionStepIndex(two), 1);
  assert.equal(returnStepIndex(two), 1);
});

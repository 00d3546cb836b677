import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOSSIER_ACTIONS, DOSSIER_STATES, DOSSIER_TRANSITIONS, FINAL_STATES, statesAllowing, transitionFor, type DossierState } from './dossier-states.js';

test('the happy path runs from submission to return', () => {
  let state: DossierState = 'submitted';
  for (const action of ['receive', 'forward', 'request-supplement', 'supplement', 'extend', 'forward', 'approve', 'return']) {
    const step = transitionFor(action, state);
    assert.ok(step, `${action} from ${state}`);
    const to: DossierState | 'before-supplement' | 'unchanged' = step.to;
    state = to === 'before-supplement' ? 'in-process' : to === 'unchanged' ? state : to;
  }
  assert.equal(state, 'returned');
});

test('moves not in the table are refused', () => {
  assert.equal(transitionFor('approve', 'submitted'), undefined, 'no approval before receipt');
  assert.equal(transitionFor('approve', 'received'), undefined, 'no approval before processing');
  assert.equal(transitionFor('withdraw', 'in-process'), undefined, 'no withdrawal once processing started');
  assert.equal(transitionFor('extend', 'supplement-requested'), undefined, 'no extension while the clock is paused');
  assert.equal(transitionFor('return', 'in-process'), undefined, 'no return before approval');
  for (const final of FINAL_STATES) {
    assert.ok(DOSSIER_TRANSITIONS.every((t) => !t.from.includes(final)), `${final} is final`);
  }
});

test('rejections, extensions and supplement requests must say why; nothing else must', () => {
  assert.deepEqual(DOSSIER_TRANSITIONS.filter((t) => t.needsReason).map((t) => t.action).sort(), ['extend', 'reject', 'request-supplement']);
});

test('every action is in the table once, and statesAllowing lists where it may be taken', () => {
  assert.deepEqual(DOSSIER_TRANSITIONS.map((t) => t.action).sort(), [...DOSSIER_ACTIONS].sort());
  assert.deepEqual(statesAllowing('approve'), ['in-process']);
  assert.deepEqual(statesAllowing('no-such-action'), []);
});

test('every state is reachable from submission', () => {
  const reached = new Set<string>(['submitted']);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of DOSSIER_TRANSITIONS) {
      if (t.to !== 'before-supplement' && t.to !== 'unchanged' && t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
        reached.add(t.to);
        changed = true;
      }
    }
  }
  assert.deepEqual([...reached].sort(), [...DOSSIER_STATES].sort());
});

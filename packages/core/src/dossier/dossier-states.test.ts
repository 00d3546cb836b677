import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOSSIER_STATES, DOSSIER_TRANSITIONS, FINAL_STATES, transitionFor } from './dossier-states.js';

test('the happy path runs from submission to return', () => {
  let state: (typeof DOSSIER_STATES)[number] = 'submitted';
  for (const action of ['receive', 'start', 'request-supplement', 'supplement', 'approve', 'return']) {
    const step = transitionFor(action, state);
    assert.ok(step, `${action} from ${state}`);
    state = step.to;
  }
  assert.equal(state, 'returned');
});

test('moves not in the table are refused', () => {
  assert.equal(transitionFor('approve', 'submitted'), undefined, 'no approval before receipt');
  assert.equal(transitionFor('withdraw', 'in-process'), undefined, 'no withdrawal once processing started');
  for (const final of FINAL_STATES) {
    assert.ok(DOSSIER_TRANSITIONS.every((t) => !t.from.includes(final)), `${final} is final`);
  }
});

test('every state is reachable from submission', () => {
  const reached = new Set<string>(['submitted']);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of DOSSIER_TRANSITIONS) {
      if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
        reached.add(t.to);
        changed = true;
      }
    }
  }
  assert.deepEqual([...reached].sort(), [...DOSSIER_STATES].sort());
});

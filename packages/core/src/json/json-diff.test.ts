import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffJson } from './json-diff.js';

test('changed, added and removed members, each at its pointer', () => {
  assert.deepEqual(diffJson({ a: 1, b: { c: 2 }, d: 3 }, { a: 1, b: { c: 4 }, e: 5 }), [
    { op: 'remove', path: '/d', oldValue: 3 },
    { op: 'replace', path: '/b/c', oldValue: 2, value: 4 },
    { op: 'add', path: '/e', value: 5 },
  ]);
});

test('a fee inserted at the top of a list is one addition, not a change of every fee', () => {
  const before = { fees: [{ id: 'a', amount: 1 }, { id: 'b', amount: 2 }] };
  const after = { fees: [{ id: 'new', amount: 9 }, { id: 'a', amount: 1 }, { id: 'b', amount: 3 }] };
  assert.deepEqual(diffJson(before, after), [
    { op: 'add', path: '/fees/0', value: { id: 'new', amount: 9 } },
    { op: 'replace', path: '/fees/2/amount', oldValue: 2, value: 3 },
  ]);
});

test('lists without ids compare by position; equal documents have no changes', () => {
  assert.deepEqual(diffJson({ l: [1, 2, 3] }, { l: [1, 5] }), [
    { op: 'replace', path: '/l/1', oldValue: 2, value: 5 },
    { op: 'remove', path: '/l/2', oldValue: 3 },
  ]);
  assert.deepEqual(diffJson({ x: [{ y: 'z' }] }, { x: [{ y: 'z' }] }), []);
});

import { collectConditions, getByPointer, parsePointer, type Case, type Condition, type ProcedureDefinition } from '@motcua/core';
import { freshId, movedTo, removedAt, replacedAt } from '../../shared/list-edit.js';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The meta-schema's Id: what a case's id must look like. */
export const CASE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The cases of a definition that may be unfinished: none yet reads as an empty list. */
export function casesOf(definition: ProcedureDefinition | undefined): Case[] {
  return Array.isArray(definition?.cases) ? definition.cases : [];
}

/** The definition with its cases replaced (the rest the very same objects). */
export function withCases(definition: ProcedureDefinition | undefined, cases: Case[]): ProcedureDefinition {
  return { ...definition, cases } as ProcedureDefinition;
}

/**
 * A new case with a fresh id (`truong-hop`, `truong-hop-2`, …) and the given name, and where it
 * went: last, or, where the answers decide and the last case is the default (it has no condition),
 * just before that default, which must stay last to be reached.
 */
export function addedCase(definition: ProcedureDefinition | undefined, name: Case['name']): { definition: ProcedureDefinition; position: number } {
  const cases = casesOf(definition);
  const added = { id: freshId('truong-hop', cases.map((c) => c.id)), name };
  const last = cases.at(-1);
  const position = definition?.caseSelection === 'answers' && last && !last.when ? cases.length - 1 : cases.length;
  return { definition: withCases(definition, [...cases.slice(0, position), added, ...cases.slice(position)]), position };
}

/**
 * The definition with its cases decided by `selection`, and how many conditions went with the
 * change: when the applicant chooses, a case's condition chooses nothing and core refuses it, so
 * the conditions go in the same edit (one undo brings them back).
 */
export function withSelection(definition: ProcedureDefinition | undefined, selection: ProcedureDefinition['caseSelection']): { definition: ProcedureDefinition; dropped: number } {
  const cases = casesOf(definition);
  const next = { ...definition, caseSelection: selection } as ProcedureDefinition;
  if (selection !== 'choice' || !cases.some((c) => c.when)) return { definition: next, dropped: 0 };
  return { definition: withCases(next, cases.map(({ when: _when, ...rest }) => rest)), dropped: cases.filter((c) => c.when).length };
}

/**
 * Case `index` removed, and taken out of every condition's list of cases that names others too
 * (`enum`, through `not`, `anyOf`, …): the removed case can no longer be chosen, so each such
 * condition means what it meant. A condition that names it alone is left for the officer, whom
 * core then tells.
 */
export function removedCase(definition: ProcedureDefinition | undefined, index: number): ProcedureDefinition {
  const id = casesOf(definition)[index]?.id;
  const next = withCases(definition, removedAt(casesOf(definition), index));
  // Looked for once the case is gone: the conditions of the cases after it have moved up one place.
  return id === undefined ? next : rewriteCaseTests(next, caseReferences(next, id), (test) => withoutInCaseTest(test, id));
}

/** How many of the conditions that test for case `index` would go on naming it once it is removed: those naming it alone. */
export function referencesLeftByRemoval(definition: ProcedureDefinition | undefined, index: number): number {
  const id = casesOf(definition)[index]?.id;
  return id === undefined ? 0 : caseReferences(removedCase(definition, index), id).length;
}

export function movedCase(definition: ProcedureDefinition | undefined, from: number, to: number): ProcedureDefinition {
  return withCases(definition, movedTo(casesOf(definition), from, to));
}

/** Case `index` with `change` applied; members set to undefined are dropped. */
export function editedCase(definition: ProcedureDefinition | undefined, index: number, change: Partial<Case>): ProcedureDefinition {
  const cases = casesOf(definition);
  const current = cases[index];
  if (!current) return withCases(definition, cases);
  const next = Object.fromEntries(Object.entries({ ...current, ...change }).filter(([, value]) => value !== undefined)) as unknown as Case;
  return withCases(definition, replacedAt(cases, index, next));
}

/** The case's `exclude` with `id` in or out of one of its lists; empty lists and an empty `exclude` are dropped. */
export function toggledExclusion(item: Case, member: 'documents' | 'fees', id: string, on: boolean): Case['exclude'] {
  const list = (item.exclude?.[member] ?? []).filter((entry) => entry !== id);
  const next = { ...item.exclude, [member]: on ? [...list, id] : list };
  if (next[member]?.length === 0) delete next[member];
  return Object.keys(next).length === 0 ? undefined : next;
}

/** Rewrites the schema a condition gives the context's `case`: each `const` or `enum` value naming case `from` (through `not`, `anyOf`, …). */
function renamedInCaseTest(node: unknown, from: string, to: string): unknown {
  if (Array.isArray(node)) return node.map((entry) => renamedInCaseTest(entry, from, to));
  if (!isRecord(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'const') return [key, value === from ? to : value];
      if (key === 'enum' && Array.isArray(value)) return [key, value.map((entry) => (entry === from ? to : entry))];
      return [key, renamedInCaseTest(value, from, to)];
    }),
  );
}

/** The schema a condition gives the context's `case` with `id` left out of each `enum` that has other members. */
function withoutInCaseTest(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((entry) => withoutInCaseTest(entry, id));
  if (!isRecord(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'enum' && Array.isArray(value) && value.length > 1 && value.includes(id)) return [key, value.filter((entry) => entry !== id)];
      return [key, withoutInCaseTest(value, id)];
    }),
  );
}

/** A condition with `change` applied to every schema it gives the context's `case`. */
function withCaseTests(node: unknown, change: (test: unknown) => unknown): unknown {
  if (Array.isArray(node)) return node.map((entry) => withCaseTests(entry, change));
  if (!isRecord(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => {
      if (key === 'properties' && isRecord(value) && 'case' in value) {
        const { case: test, ...others } = value;
        return [key, { ...(withCaseTests(others, change) as Json), case: change(test) }];
      }
      return [key, withCaseTests(value, change)];
    }),
  );
}

/** Whether a condition tests the case against `id`. */
function testsCase(node: unknown, id: string): boolean {
  return JSON.stringify(withCaseTests(node, (test) => renamedInCaseTest(test, id, `${id}\u0000`))) !== JSON.stringify(node);
}

/** The JSON Pointers of the conditions (of fees, adjustments, documents, sections) that test for case `id`. */
export function caseReferences(definition: ProcedureDefinition | undefined, id: string): string[] {
  if (!definition || !Array.isArray(definition.cases)) return [];
  try {
    return collectConditions(definition).flatMap(({ pointer, schema }) => (testsCase(schema, id) ? [pointer] : []));
  } catch {
    // An unfinished definition (no fees list of the right shape yet) has no condition to rewrite.
    return [];
  }
}

/** `document` with the value at `tokens` replaced, every object on the way copied. */
function setIn(document: unknown, tokens: readonly string[], value: unknown): unknown {
  const [head, ...rest] = tokens;
  if (head === undefined) return value;
  if (Array.isArray(document)) return document.map((entry, i) => (String(i) === head ? setIn(entry, rest, value) : entry));
  const holder = isRecord(document) ? document : {};
  return { ...holder, [head]: setIn(holder[head], rest, value) };
}

/**
 * Case `index` renamed to `to`, and every condition that tests for its old id rewritten to the new
 * one, so fees, documents and sections that follow the case still do.
 */
export function renamedCase(definition: ProcedureDefinition, index: number, to: string): ProcedureDefinition {
  const from = casesOf(definition)[index]?.id;
  if (from === undefined) return definition;
  return rewriteCaseTests(editedCase(definition, index, { id: to }), caseReferences(definition, from), (test) => renamedInCaseTest(test, from, to));
}

/** `definition` with the case tests of the conditions at `pointers` changed. */
function rewriteCaseTests(definition: ProcedureDefinition, pointers: readonly string[], change: (test: unknown) => unknown): ProcedureDefinition {
  let next = definition;
  for (const pointer of pointers) {
    const condition = getByPointer(next, pointer) as Condition;
    next = setIn(next, parsePointer(pointer), withCaseTests(condition, change)) as ProcedureDefinition;
  }
  return next;
}

export type IdRefusal = 'empty' | 'pattern' | 'taken';

/** Why `id` cannot be case `index`'s new id, or undefined when it can. */
export function refusedId(definition: ProcedureDefinition | undefined, index: number, id: string): IdRefusal | undefined {
  if (id === '') return 'empty';
  if (!CASE_ID_PATTERN.test(id)) return 'pattern';
  if (casesOf(definition).some((c, i) => i !== index && c.id === id)) return 'taken';
  return undefined;
}

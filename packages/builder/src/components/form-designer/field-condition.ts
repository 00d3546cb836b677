import type { Form, Locale } from '@motcua/core';
import { isNode, readMember, schemaPointerOf, writeMember, type Node, type Slot } from './form-lens.js';
import { deleteMember, type Placed } from './form-moves.js';
import { objectNode, pagesOf, placeOnPage, slotsOf } from './member-order.js';
import type { Condition, ConditionState, Subject, SubjectKind } from '../condition-editor/condition.js';

const onlyKeys = (node: Node, keys: readonly string[]): boolean => Object.keys(node).every((key) => keys.includes(key));

/** The `if` that says the condition: the subject answered, and its answer passing the test. */
function conditionSchema(condition: Condition): Node {
  const { subject, operator, value } = condition;
  const test = operator === 'is' ? { const: value } : operator === 'is-not' ? { not: { const: value } } : operator === 'is-one-of' ? { enum: value } : { exclusiveMinimum: value };
  return { properties: { [subject]: test }, required: [subject] };
}

/** The condition an `if` says, when it is one `conditionSchema` writes. */
function readCondition(node: unknown): Condition | undefined {
  if (!isNode(node) || !onlyKeys(node, ['properties', 'required']) || !isNode(node.properties)) return undefined;
  const [subject, ...others] = Object.keys(node.properties);
  const test = subject === undefined ? undefined : node.properties[subject];
  if (subject === undefined || others.length > 0 || !isNode(test) || JSON.stringify(node.required) !== JSON.stringify([subject])) return undefined;
  const [keyword, ...more] = Object.keys(test);
  if (more.length > 0) return undefined;
  if (keyword === 'const') return { subject, operator: 'is', value: test.const };
  if (keyword === 'not' && isNode(test.not) && onlyKeys(test.not, ['const']) && 'const' in test.not) return { subject, operator: 'is-not', value: test.not.const };
  if (keyword === 'enum' && Array.isArray(test.enum) && test.enum.length > 0) return { subject, operator: 'is-one-of', value: test.enum };
  if (keyword === 'exclusiveMinimum' && typeof test.exclusiveMinimum === 'number') return { subject, operator: 'greater-than', value: test.exclusiveMinimum };
  return undefined;
}

const ENTRY = /^\/allOf\/(\d+)\/then$/;

export function conditionOf(form: Form, slot: Slot): ConditionState {
  if (slot.branch === '') return { kind: 'always' };
  const match = ENTRY.exec(slot.branch);
  const entry = match ? (objectNode(form, slot.object).allOf as unknown[] | undefined)?.[Number(match[1])] : undefined;
  if (!match || !isNode(entry) || !onlyKeys(entry, ['if', 'then']) || !isNode(entry.then) || !onlyKeys(entry.then, ['properties', 'required'])) return { kind: 'by-hand' };
  const condition = readCondition(entry.if);
  return condition ? { kind: 'when', condition, entry: Number(match[1]) } : { kind: 'by-hand' };
}

/**
 * A copy of the form where the question shows only under the condition: it moves into an `allOf`
 * entry of its object, `{ if: <condition>, then: { properties: { <it> }, required } }`, so the
 * runtime shows it, requires it and submits its answer only while the condition holds. A question
 * alone in its entry keeps the entry and has its `if` replaced.
 */
export function setCondition(form: Form, slot: Slot, condition: Condition): Placed | undefined {
  const state = conditionOf(form, slot);
  const node = objectNode(form, slot.object);
  if (state.kind === 'when') {
    const entry = (node.allOf as Node[])[state.entry] as Node;
    if (Object.keys((entry.then as Node).properties as Node).length === 1) {
      const next = structuredClone(form);
      ((objectNode(next, slot.object).allOf as Node[])[state.entry] as Node).if = conditionSchema(condition);
      return { form: next, slot };
    }
  }
  const field = readMember(form, slot);
  if (!field) return undefined;
  const next = deleteMember(form, slot);
  const holder = objectNode(next, slot.object);
  const entries = Array.isArray(holder.allOf) ? holder.allOf : [];
  holder.allOf = [...entries, { if: conditionSchema(condition), then: {} }];
  const moved: Slot = { object: slot.object, branch: `/allOf/${entries.length}/then`, name: slot.name };
  return { form: writeMember(next, moved, field), slot: moved };
}

/** A copy of the form where the question is shown always, after its object's other questions. */
export function clearCondition(form: Form, slot: Slot): Placed | undefined {
  const field = readMember(form, slot);
  if (!field || slot.branch === '') return undefined;
  const plain: Slot = { ...slot, branch: '' };
  let next = writeMember(deleteMember(form, slot), plain, field);
  const pages = pagesOf(next);
  if (slot.object.schema === '' && pages.length > 0) next = placeOnPage(next, slot.name, pages.length - 1, Number.MAX_SAFE_INTEGER);
  return { form: next, slot: plain };
}

function textAt(form: Form, pointer: string, text: unknown, locale: Locale): string | undefined {
  if (typeof text !== 'string') return undefined;
  return (locale === 'en' ? form.i18n?.en?.[`/schema${pointer}`] : undefined) ?? text;
}

/** The options of a closed list (`enum`, or `oneOf` of `const`s with their titles), labelled in the officer's language. */
export function optionsOf(form: Form, pointer: string, node: Node, locale: Locale): Subject['options'] {
  if (Array.isArray(node.enum)) return node.enum.filter((value) => typeof value === 'string').map((value) => ({ value, label: value }));
  const branches = Array.isArray(node.oneOf) ? node.oneOf : [];
  return branches.flatMap((branch, i) => {
    if (!isNode(branch) || (typeof branch.const !== 'string' && typeof branch.const !== 'boolean')) return [];
    return [{ value: branch.const, label: textAt(form, `${pointer}/oneOf/${i}/title`, branch.title, locale) ?? String(branch.const) }];
  });
}

function kindOf(node: Node, options: Subject['options']): SubjectKind | undefined {
  if (node.type === 'boolean') return 'boolean';
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if (options.length > 0) return 'options';
  return node.type === 'string' ? 'text' : undefined;
}

/** The questions beside this one (its object's own, shown always) a condition can test; a yes/no question without labelled answers gets `answers`. */
export function subjectsFor(form: Form, slot: Slot, locale: Locale, answers: { yes: string; no: string }): Subject[] {
  return slotsOf(form, slot.object).flatMap((each) => {
    const pointer = schemaPointerOf(each);
    const node = readMember(form, each)?.schema;
    if (each.branch !== '' || each.name === slot.name || !node) return [];
    const options = optionsOf(form, pointer, node, locale);
    const kind = kindOf(node, options);
    if (!kind) return [];
    const booleanOptions = [{ value: true, label: answers.yes }, { value: false, label: answers.no }];
    return [{ name: each.name, label: textAt(form, `${pointer}/title`, node.title, locale) ?? each.name, kind, options: kind === 'boolean' && options.length === 0 ? booleanOptions : options }];
  });
}

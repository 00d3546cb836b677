import { collectConditions } from '../conditions/collect-conditions.js';
import { joinPointer, parsePointer } from '../json/json-pointer.js';
import type { Fee, Form, ProcedureDefinition } from '../procedure.types.js';
import { answerBehindRef, answerNameInvalid, answerNameTaken, answerNotFound, isAnswerName } from './answer-rename-error.js';
import { itemSchemas, propertySchemas, type LocatedSchema } from './form-schema.js';
import { renameInSchema, type Step } from './rename-in-schema.js';

export { AnswerRenameError, type AnswerRenameErrorCode } from './answer-rename-error.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => value !== null && typeof value === 'object' && !Array.isArray(value);
const isIndex = (token: string): boolean => /^(0|[1-9][0-9]*)$/.test(token);

/** Where the answer is: the steps to the object holding it, and its name there. */
interface Place {
  parent: Step[];
  name: string;
}

/**
 * The answer a path designates, through the form's members (local `$ref`s and branches
 * included, as the runtime reads them); an item of a list is stepped into by an index, as in
 * a dossier's data (`/banSao/0/soTrang`), or by `items`, as in the schema (`/banSao/items/soTrang`).
 */
function locate(schema: Node, path: string): Place | undefined {
  let tokens: string[];
  try {
    tokens = parsePointer(path);
  } catch {
    return undefined;
  }
  const name = tokens.pop();
  if (name === undefined) return undefined;
  let at: LocatedSchema[] = [{ schema, pointer: '' }];
  const parent: Step[] = [];
  for (const token of tokens) {
    const members = at.flatMap((each) => propertySchemas(schema, each, token));
    const items = members.length === 0 && (isIndex(token) || token === 'items') ? at.flatMap((each) => itemSchemas(schema, each)) : [];
    if (members.length === 0 && items.length === 0) return undefined;
    parent.push(members.length > 0 ? { kind: 'member', name: token } : { kind: 'item' });
    at = members.length > 0 ? members : items;
  }
  return at.some((each) => propertySchemas(schema, each, name).length > 0) ? { parent, name } : undefined;
}

/** Longest first, so that a key under a moved subschema moves with the innermost one. */
function moveKey(key: string, moved: readonly [string, string][]): string {
  for (const [from, to] of moved) if (key === from || key.startsWith(`${from}/`)) return to + key.slice(from.length);
  return key;
}

function moveKeys<T>(map: Record<string, T>, moved: readonly [string, string][]): Record<string, T> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [moveKey(key, moved), value]));
}

const ITEM = Symbol('item');
type Address = (string | typeof ITEM)[];

/** A data pointer of a fee (`each`, or `quantity` / `multiplier` read in each item) with the answer's name changed where it names it. */
function renamePointer(pointer: string, base: Address, place: Place, to: string): string {
  const tokens = parsePointer(pointer);
  const address = [...base, ...tokens];
  const at = place.parent.length;
  if (at < base.length || address[at] !== place.name) return pointer;
  const onPath = place.parent.every((step, i) => {
    const token = address[i];
    return step.kind === 'member' ? token === step.name : token === ITEM || (typeof token === 'string' && isIndex(token));
  });
  if (!onPath) return pointer;
  tokens[at - base.length] = to;
  return joinPointer('', ...tokens);
}

function renameFee(fee: Fee, place: Place, to: string): Fee {
  const base: Address = fee.each === undefined ? [] : [...parsePointer(fee.each), ITEM];
  const next: Fee = { ...fee };
  if (fee.each !== undefined) next.each = renamePointer(fee.each, [], place, to);
  if (fee.multiplier !== undefined) next.multiplier = renamePointer(fee.multiplier, base, place, to);
  if (fee.rule.type === 'per-unit' || fee.rule.type === 'tiered') next.rule = { ...fee.rule, quantity: renamePointer(fee.rule.quantity, base, place, to) };
  return next;
}

/** The uiSchema with the member's node and its place in `ui:order` (and, at the root, in `ui:pages`) renamed. */
function renameInUi(ui: Node, tokens: readonly string[], from: string, to: string): Node {
  const [first, ...rest] = tokens;
  if (first !== undefined) return isNode(ui[first]) ? { ...ui, [first]: renameInUi(ui[first], rest, from, to) } : ui;
  const next = Object.fromEntries(Object.entries(ui).map(([key, value]) => [key === from ? to : key, value]));
  const order = next['ui:order'];
  if (Array.isArray(order)) next['ui:order'] = order.map((name) => (name === from ? to : name));
  return next;
}

function renamePages(ui: Node, from: string, to: string): Node {
  const pages = ui['ui:pages'];
  if (!Array.isArray(pages)) return ui;
  const renamed = pages.map((page) => (isNode(page) && Array.isArray(page.fields) ? { ...page, fields: page.fields.map((name) => (name === from ? to : name)) } : page));
  return { ...ui, 'ui:pages': renamed };
}

function setAt(document: Node, pointer: string, value: unknown): void {
  const tokens = parsePointer(pointer);
  const last = tokens.pop() as string;
  let parent: unknown = document;
  for (const token of tokens) parent = (parent as Node)[token];
  (parent as Node)[last] = value;
}

/**
 * A new definition where the answer at `path` is named `newName`, and everything that refers to
 * it follows: the form's schema (declarations, `required`, dependencies, the `if`s of its
 * conditions), its uiSchema (the member's node, `ui:order`, pages), its English texts, its
 * section visibility (keys and conditions), every condition of fees, adjustments, documents
 * and cases, and the fees' answer pointers (`each`, `multiplier`, `quantity`). The input is
 * never changed.
 *
 * @param path The answer's JSON Pointer (`/nguoiNop/hoTen`; `/banSao/0/soTrang` or
 *   `/banSao/items/soTrang` for a member of a list's items).
 * @throws AnswerRenameError `answer-name-invalid`, `answer-not-found`, `answer-behind-ref` (the
 *   answer is declared in a subschema reached through `$ref`, shared with other places) or
 *   `answer-name-taken`.
 */
export function renameAnswer(definition: ProcedureDefinition, path: string, newName: string): ProcedureDefinition {
  if (!isAnswerName(newName)) throw answerNameInvalid(newName);
  const form = definition.form as Form | undefined;
  const schema = isNode(form?.schema) ? (form.schema as Node) : undefined;
  const place = schema ? locate(schema, path) : undefined;
  if (!form || !schema || !place) throw answerNotFound(path);
  const { parent, name } = place;
  if (name === newName) return structuredClone(definition);
  const inForm = renameInSchema(schema, { parent, from: name, to: newName, root: schema });
  if (inForm.behindRef !== undefined) throw answerBehindRef(path, inForm.behindRef);
  if (inForm.taken) throw answerNameTaken(newName, path);

  const next = structuredClone(definition);
  const uiParent = parent.map((step) => (step.kind === 'member' ? step.name : 'items'));
  next.form.schema = inForm.schema as Form['schema'];
  if (next.form.uiSchema) {
    const ui = renameInUi(next.form.uiSchema, uiParent, name, newName);
    next.form.uiSchema = parent.length === 0 ? renamePages(ui, name, newName) : ui;
  }
  const moved = [...inForm.moved].sort(([a], [b]) => b.length - a.length);
  const english = next.form.i18n?.en;
  if (next.form.i18n && english) {
    const uiMoved: [string, string][] = [[joinPointer('/uiSchema', ...uiParent, name), joinPointer('/uiSchema', ...uiParent, newName)]];
    next.form.i18n = { ...next.form.i18n, en: moveKeys(english, [...moved.map(([from, to]): [string, string] => [`/schema${from}`, `/schema${to}`]), ...uiMoved]) };
  }

  const answers: Step = { kind: 'member', name: 'answers' };
  const context = { parent: [answers, ...parent], from: name, to: newName };
  // A definition still being written may have no cases yet; its other conditions are renamed all the same.
  const cases = Array.isArray(next.cases) ? next.cases : [];
  for (const { pointer, schema: condition } of collectConditions({ ...next, cases })) setAt(next as unknown as Node, pointer, renameInSchema(condition, context).schema);
  if (next.form.visibility) next.form.visibility = moveKeys(next.form.visibility, moved);

  const fees = (list: Fee[] | undefined) => list?.map((fee) => renameFee(fee, place, newName));
  if (next.fees) next.fees = fees(next.fees);
  if (Array.isArray(next.cases)) next.cases = next.cases.map((c) => (c.fees ? { ...c, fees: fees(c.fees) } : c));
  return next;
}

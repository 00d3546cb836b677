import { joinPointer, orderMembers, type Locale } from '@motcua/core';
import { answerAt, shownAnswers } from './answers.js';
import {
  choiceOptions,
  isNode,
  mergeMember,
  objectBranches,
  sourceWith,
  typeOf,
  type Decision,
  type IfDecider,
  type Located,
  type SchemaNode,
} from './schema-branches.js';

export type FieldKind = 'group' | 'list' | 'checkboxes' | 'radios' | 'select' | 'checkbox' | 'yes-no' | 'textarea' | 'input' | 'number' | 'hidden';

export interface ChoiceOption {
  value: unknown;
  label: string;
}

/** One question as the form shows it now: what kind of control, its texts, and where its answer goes. */
export interface FieldView {
  kind: FieldKind;
  /** JSON Pointer of the answer; inputs carry it as `name`. */
  path: string;
  id: string;
  schema: SchemaNode;
  ui: SchemaNode;
  label: string;
  hint?: string;
  placeholder?: string;
  required: boolean;
  readOnly: boolean;
  options?: ChoiceOption[];
  /** For `input`: the HTML input type; for `number`: integer, number or money. */
  variant?: string;
  columns?: number;
  children?: FieldView[];
  items?: FieldView[];
  /** Keywords shown as a notice instead of inputs. */
  unsupported?: string[];
}

/** The texts of a form in one language: the schema's own (Vietnamese) or `form.i18n.en`. */
export interface FormTexts {
  locale: Locale;
  english: Readonly<Record<string, string | undefined>>;
}

/** Everything a render of the form found out, beside the views: decisions to watch and defaults applied. */
export interface ViewBuild {
  root: FieldView;
  byPath: Map<string, FieldView>;
  decisions: { path: string; decision: Decision }[];
  unsupported: { path: string; keyword: string }[];
}

const ID_UNSAFE = /[^A-Za-z0-9_-]/g;

/** An id safe in `for` and `aria-describedby` lists for any answer path. */
export function fieldId(path: string): string {
  return `f${path.replace(ID_UNSAFE, (c) => `_${c.charCodeAt(0).toString(16)}`)}`;
}

const INPUT_TYPES: Record<string, string> = { date: 'date', email: 'email', uri: 'url', 'date-time': 'datetime-local', time: 'time' };
const WIDGET_INPUTS: Record<string, string> = { email: 'email', uri: 'url', date: 'date', password: 'password', phone: 'tel', 'citizen-id': 'text', text: 'text' };

function text(texts: FormTexts, key: string, own: unknown): string | undefined {
  if (texts.locale === 'en') {
    const english = texts.english[key];
    if (english !== undefined) return english;
  }
  return typeof own === 'string' ? own : undefined;
}

/** Enough for a condition on a conditional answer on a conditional answer…; a schema whose branches never settle stops here. */
const MOST_PASSES = 8;

/**
 * Builds the views of a form for its current answers. Reads `answers` and
 * fills in schema defaults where an answer is absent, so that what is shown
 * is what is submitted.
 */
export class FormViewBuilder {
  private build!: ViewBuild;
  /** The answers the previous pass would submit: what this pass decides its `if`s on. */
  private prior: Record<string, unknown> | undefined;

  constructor(
    private readonly schema: SchemaNode,
    private readonly uiRoot: SchemaNode,
    private readonly texts: FormTexts,
    private readonly decide: IfDecider,
  ) {}

  /**
   * The views for these answers. Conditions are decided on the answers that
   * would be submitted, as the server decides them: an answer hidden by one
   * condition no longer counts for another, so the build repeats until its
   * decisions hold for what it shows.
   */
  run(answers: Record<string, unknown>): ViewBuild {
    const root = { schema: this.schema, pointer: '' };
    this.prior = undefined;
    for (let pass = 1; ; pass++) {
      this.build = { root: undefined as unknown as FieldView, byPath: new Map(), decisions: [], unsupported: [] };
      this.build.root = this.group(root, [root], this.uiRoot, '', '', answers, true);
      if (pass === MOST_PASSES || this.holds(this.build, answers)) return this.build;
      this.prior = shownAnswers(this.build.root, answers, new Set());
    }
  }

  /** Whether every condition a build decided still comes out the same for these answers: if not, it must be rebuilt. */
  holds(build: ViewBuild, answers: Record<string, unknown>): boolean {
    // A form without conditions decided none: no need to work out what it would submit.
    if (build.decisions.length === 0) return true;
    const shown = shownAnswers(build.root, answers, new Set());
    return build.decisions.every(({ path, decision }) => {
      const value = decidedOn(shown, path, answerAt(answers, path));
      const now = decision.kind === 'if' ? this.decide(decision.key, value) : isNode(value) && Object.hasOwn(value, decision.key);
      return now === decision.outcome;
    });
  }

  private ui(node: unknown): SchemaNode {
    return isNode(node) ? node : {};
  }

  private labelOf(located: Located, ui: SchemaNode, uiPointer: string, fallback: string): string {
    return (
      text(this.texts, `/uiSchema${uiPointer}/ui:title`, ui['ui:title']) ??
      text(this.texts, `/schema${located.pointer}/title`, located.schema.title) ??
      fallback
    );
  }

  private hintOf(located: Located, ui: SchemaNode, uiPointer: string): string | undefined {
    return (
      text(this.texts, `/uiSchema${uiPointer}/ui:help`, ui['ui:help']) ??
      text(this.texts, `/uiSchema${uiPointer}/ui:description`, ui['ui:description']) ??
      text(this.texts, `/schema${located.pointer}/description`, located.schema.description)
    );
  }

  private view(kind: FieldKind, located: Located, ui: SchemaNode, uiPointer: string, path: string, name: string, required: boolean): FieldView {
    const view: FieldView = {
      kind,
      path,
      id: fieldId(path),
      schema: located.schema,
      ui,
      label: this.labelOf(located, ui, uiPointer, name),
      required,
      readOnly: located.schema.readOnly === true || ui['ui:readonly'] === true || ui['ui:disabled'] === true,
    };
    const hint = this.hintOf(located, ui, uiPointer);
    if (hint) view.hint = hint;
    const placeholder = text(this.texts, `/uiSchema${uiPointer}/ui:placeholder`, ui['ui:placeholder']);
    if (placeholder) view.placeholder = placeholder;
    this.build.byPath.set(path, view);
    return view;
  }

  private group(located: Located, sources: readonly Located[], ui: SchemaNode, uiPointer: string, path: string, value: Record<string, unknown>, required: boolean): FieldView {
    const view = this.view('group', located, ui, uiPointer, path, '', required);
    const branches = objectBranches(this.schema, sources, this.prior ? decidedOn(this.prior, path, value) : value, this.decide);
    for (const decision of branches.decisions) this.build.decisions.push({ path, decision });
    for (const keyword of branches.unsupported) this.build.unsupported.push({ path, keyword });
    if (branches.unsupported.length > 0) view.unsupported = branches.unsupported;
    const columns = ui['ui:columns'];
    if (typeof columns === 'number' && columns > 1) view.columns = Math.min(columns, 4);
    view.children = [];
    for (const name of orderMembers([...branches.members.keys()], ui['ui:order'])) {
      const speaking = branches.members.get(name);
      if (!speaking) continue;
      const child = this.field(speaking, this.ui(ui[name]), joinPointer(uiPointer, name), joinPointer(path, name), value, name, branches.required.has(name));
      if (child) view.children.push(child);
    }
    return view;
  }

  /** The view of one member from the subschemas that speak of it; an object's or array's own members are found from where each subschema stands. */
  private field(sources: readonly Located[], ui: SchemaNode, uiPointer: string, path: string, parent: Record<string, unknown> | unknown[], name: string, required: boolean): FieldView | undefined {
    const located = mergeMember(sources, this.schema);
    const { schema } = located;
    const key = name as keyof typeof parent;
    if (parent[key] === undefined && schema.default !== undefined) (parent as Record<string, unknown>)[name] = structuredClone(schema.default);
    const value = parent[key] as unknown;
    const widget = typeof ui['ui:widget'] === 'string' ? ui['ui:widget'] : undefined;
    if (schema.type === 'null') return undefined;
    if (widget === 'hidden') return this.view('hidden', located, ui, uiPointer, path, name, required);
    const type = typeOf(schema);
    const options = choiceOptions(schema);
    // A declaration (`const: true`) is the citizen's to tick, not a constant to fill in: a checkbox, below.
    if (options && type !== 'array' && !(type === 'boolean' && options.length === 1)) {
      if (options.length === 1 && 'const' in schema) {
        (parent as Record<string, unknown>)[name] = schema.const;
        return this.view('hidden', located, ui, uiPointer, path, name, required);
      }
      const kind = widget === 'select' ? 'select' : widget === 'radio' || (widget === undefined && options.length <= 5) ? 'radios' : 'select';
      const view = this.view(kind, located, ui, uiPointer, path, name, required);
      view.options = this.optionLabels(options, sources, ui, uiPointer);
      return view;
    }
    if (type === 'object') {
      const view = this.group(located, sources, ui, uiPointer, path, isNode(value) ? value : (this.container(parent, name, {}) as Record<string, unknown>), required);
      if (ui['ui:field'] === 'address') view.variant = 'address';
      return view;
    }
    if (type === 'array') return this.array(located, sources, ui, uiPointer, path, parent, name, required);
    if (type === 'boolean') {
      return this.view(widget === 'radio' || widget === 'select' ? 'yes-no' : 'checkbox', located, ui, uiPointer, path, name, required);
    }
    if (type === 'number' || type === 'integer') {
      const view = this.view('number', located, ui, uiPointer, path, name, required);
      view.variant = widget === 'money' ? 'money' : type;
      return view;
    }
    if (widget === 'textarea') return this.view('textarea', located, ui, uiPointer, path, name, required);
    const view = this.view('input', located, ui, uiPointer, path, name, required);
    view.variant = (widget && WIDGET_INPUTS[widget]) ?? INPUT_TYPES[String(schema.format)] ?? 'text';
    if (widget === 'citizen-id' || widget === 'phone') view.variant = widget;
    return view;
  }

  private array(located: Located, sources: readonly Located[], ui: SchemaNode, uiPointer: string, path: string, parent: Record<string, unknown> | unknown[], name: string, required: boolean): FieldView {
    const { schema } = located;
    const holder = sourceWith(sources, this.schema, 'items');
    const itemSchema = holder && isNode(holder.schema.items) ? { schema: holder.schema.items, pointer: joinPointer(holder.pointer, 'items') } : undefined;
    const itemOptions = itemSchema ? choiceOptions(mergeMember([itemSchema], this.schema).schema) : undefined;
    if (itemSchema && itemOptions) {
      const view = this.view('checkboxes', located, ui, uiPointer, path, name, required);
      // rjsf reads the options' names from the items' uiSchema, else from the array's own.
      const [optionUi, optionPointer] = isNode(ui.items) ? [ui.items, `${uiPointer}/items`] : [ui, uiPointer];
      view.options = this.optionLabels(itemOptions, [itemSchema], optionUi, optionPointer);
      return view;
    }
    const view = this.view('list', located, ui, uiPointer, path, name, required);
    if (!itemSchema) {
      view.unsupported = ['prefixItems' in schema ? 'prefixItems' : 'items'];
      this.build.unsupported.push({ path, keyword: view.unsupported[0] as string });
      view.items = [];
      return view;
    }
    const list = this.container(parent, name, []) as unknown[];
    const minItems = typeof schema.minItems === 'number' ? Math.min(schema.minItems, 50) : 0;
    while (list.length < minItems) list.push(undefined);
    const itemUi = this.ui(ui.items);
    view.items = [];
    for (let i = 0; i < list.length; i++) {
      const child = this.field([itemSchema], itemUi, `${uiPointer}/items`, joinPointer(path, i), list, String(i), true);
      if (child) view.items.push(child);
    }
    return view;
  }

  /** The object or array at `parent[name]`, created when absent so that inputs below it have somewhere to write. */
  private container(parent: Record<string, unknown> | unknown[], name: string, empty: object): object {
    const holder = parent as Record<string, unknown>;
    const current = holder[name];
    if (current !== null && typeof current === 'object' && Array.isArray(current) === Array.isArray(empty)) return current;
    holder[name] = empty;
    return empty;
  }

  private optionLabels(options: NonNullable<ReturnType<typeof choiceOptions>>, sources: readonly Located[], ui: SchemaNode, uiPointer: string): ChoiceOption[] {
    const enumNames = Array.isArray(ui['ui:enumNames']) ? ui['ui:enumNames'] : undefined;
    const keyword = options[0]?.pointer?.split('/')[0];
    const base = keyword ? sourceWith(sources, this.schema, keyword)?.pointer : undefined;
    return options.map((option) => ({
      value: option.value,
      label:
        (option.pointer ? text(this.texts, `/schema${base}/${option.pointer}/title`, option.title) : undefined) ??
        text(this.texts, `/uiSchema${uiPointer}/ui:enumNames/${option.index}`, enumNames?.[option.index]) ??
        String(option.value),
    }));
  }
}

/** The value a condition at `path` is decided on: the answer to submit, or, where none would be, the one in hand. */
function decidedOn(shown: Record<string, unknown>, path: string, inHand: unknown): unknown {
  return answerAt(shown, path) ?? inHand;
}

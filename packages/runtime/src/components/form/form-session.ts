import {
  answerPathOfSection,
  chooseCase,
  hiddenSections,
  MotcuaError,
  predicateEvaluator,
  type ChannelKind,
  type ConditionContext,
  type ConditionEvaluator,
  type Locale,
  type ProcedureDefinition,
  type StandaloneValidate,
  type ValidatorModule,
} from '@motcua/core';
import { shownAnswers } from './answers.js';
import { FormViewBuilder, type ViewBuild } from './form-view.js';
import type { SchemaNode } from './schema-branches.js';

/** A file already on the server, as a document slot reports it. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface DocumentAnswer {
  uploads: UploadedFile[];
  byPost?: boolean;
}

export interface DeliveryAddress {
  recipient?: string;
  phone?: string;
  province?: string;
  commune?: string;
  detail?: string;
}

/** Everything the citizen has said so far: what autosave keeps and a server draft holds. */
export interface FormState {
  answers: Record<string, unknown>;
  case?: string;
  applicantCategory?: string;
  agency?: string;
  delivery?: ChannelKind;
  deliveryAddress?: DeliveryAddress;
  documents?: Record<string, DocumentAnswer>;
}

/** Whether an `if` appears anywhere in a schema (a property named so counts too: when in doubt, wait). */
function hasIf(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasIf);
  if (node === null || typeof node !== 'object') return false;
  return Object.hasOwn(node, 'if') || Object.values(node).some(hasIf);
}

/**
 * Whether showing a definition's fields needs its validator module: to decide
 * an `if` of its form, whether a section is visible, or which case applies.
 */
export function viewNeedsValidators(definition: ProcedureDefinition): boolean {
  return Object.keys(definition.form.visibility ?? {}).length > 0 || definition.caseSelection !== 'choice' || hasIf(definition.form.schema);
}

/**
 * One citizen filling in one procedure version: the answers and choices, the
 * views they currently produce, and the verdicts of the server's validator
 * module on them. Holds no DOM, so its rules are the same in any shell.
 */
export class FormSession {
  readonly state: FormState;
  readonly evaluator: ConditionEvaluator;
  build!: ViewBuild;
  /** Answer paths of the `form.visibility` sections hidden now. */
  hidden = new Set<string>();
  /** Resolves once the validator module is in hand; whatever validates or quotes waits for it. */
  readonly validatorsReady: Promise<ValidatorModule>;
  private module: ValidatorModule | undefined;
  private predicates: ConditionEvaluator | undefined;
  private readonly builder: FormViewBuilder;

  /**
   * `validators` may still be on its way when `definition` needs none of it
   * to show its fields (see `viewNeedsValidators`): the fields show meanwhile.
   */
  constructor(
    readonly definition: ProcedureDefinition,
    validators: ValidatorModule | Promise<ValidatorModule>,
    readonly channel: ChannelKind,
    locale: Locale,
    state: FormState,
  ) {
    this.state = state;
    if (validators instanceof Promise) this.validatorsReady = validators.then((module) => (this.module = module));
    else this.validatorsReady = Promise.resolve((this.module = validators));
    this.evaluator = { holds: (pointer, context) => (this.predicates ??= predicateEvaluator(this.loaded.predicates)).holds(pointer, context) };
    const form = definition.form;
    this.builder = new FormViewBuilder(form.schema as SchemaNode, (form.uiSchema ?? {}) as SchemaNode, { locale, english: form.i18n?.en ?? {} }, (pointer, value) => {
      const predicates = this.loaded.schemaPredicates;
      const predicate = Object.hasOwn(predicates, pointer) ? predicates[pointer] : undefined;
      return predicate ? predicate(value) : false;
    });
    this.rebuild();
  }

  /** The validator module, or its promise while it is on its way. */
  get validators(): ValidatorModule | Promise<ValidatorModule> {
    return this.module ?? this.validatorsReady;
  }

  private get loaded(): ValidatorModule {
    // Only a definition that needs no condition decided is shown before its module is in; a condition asked meanwhile is a bug here.
    if (!this.module) throw new Error('the validator module is not loaded yet');
    return this.module;
  }

  /** The case the context falls in, or undefined while the citizen has not chosen one. */
  get caseId(): string | undefined {
    try {
      return chooseCase(this.definition, this.rawContext(), this.evaluator).id;
    } catch (error) {
      if (error instanceof MotcuaError) return undefined;
      throw error;
    }
  }

  private rawContext(): ConditionContext {
    const context: ConditionContext = { answers: this.state.answers, channel: this.channel };
    if (this.state.delivery) context.delivery = this.state.delivery;
    if (this.state.case) context.case = this.state.case;
    if (this.state.applicantCategory) context.applicantCategory = this.state.applicantCategory;
    return context;
  }

  /** Re-derives the views and hidden sections from the answers, as the server will see them. */
  rebuild(): void {
    this.build = this.builder.run(this.state.answers);
    const context = this.rawContext();
    const chosen = this.caseId;
    if (chosen) context.case = chosen;
    this.hidden = new Set(
      hiddenSections(this.definition, context, this.evaluator)
        .map(answerPathOfSection)
        .filter((path): path is string => path !== undefined),
    );
  }

  /** Whether an answer just given changes which branches or sections show, so that the views must be rebuilt. */
  structureChanged(): boolean {
    if (!this.builder.holds(this.build, this.state.answers)) return true;
    const before = [...this.hidden].join('|');
    const context = this.rawContext();
    const chosen = this.caseId;
    if (chosen) context.case = chosen;
    const after = hiddenSections(this.definition, context, this.evaluator).map(answerPathOfSection).join('|');
    return before !== after;
  }

  /** The answers to submit: those of the fields shown. */
  answers(): Record<string, unknown> {
    return shownAnswers(this.build.root, this.state.answers, this.hidden);
  }

  /** The condition context of the answers to submit, for fees, documents and dates. */
  context(): ConditionContext {
    const context = this.rawContext();
    context.answers = this.answers();
    const chosen = this.caseId;
    if (chosen) context.case = chosen;
    return context;
  }

  /** The validator module's verdict on the answers to submit: ajv's errors, none when valid. */
  validateAnswers(): NonNullable<StandaloneValidate['errors']> {
    const validate = this.loaded.validateAnswers;
    try {
      if (validate(this.answers()) === true) return [];
    } catch {
      // ajv's uniqueItems can throw on hostile values; the server refuses them too.
      return [{ instancePath: '', schemaPath: '#', keyword: 'fallback', params: {}, message: 'unreadable answers' }];
    }
    return validate.errors ?? [];
  }
}

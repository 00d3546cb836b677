import { createAjv, createAjvEvaluator, type ConditionEvaluator, type ProcedureDefinition } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import type { VersionRef } from '../db/procedure-store.js';

export interface CompiledVersion {
  definition: ProcedureDefinition;
  evaluator: ConditionEvaluator;
  /** The citizen's answers against the form, with the same options as the browser module. */
  validateAnswers: ValidateFunction;
}

/**
 * Parsed definitions and compiled conditions per published version. A
 * version never changes, so its compiled form is kept (up to `capacity`,
 * least recently used first out): compiling costs milliseconds, evaluating
 * microseconds, and requests must only pay the latter.
 */
export class CompiledVersions {
  private readonly entries = new Map<string, CompiledVersion>();

  constructor(
    /** Reads a version's definition text; called only when the version is not compiled yet. */
    private readonly textOf: (code: string, version: number) => string | undefined,
    private readonly capacity = 1000,
  ) {}

  get(stored: VersionRef): CompiledVersion {
    const key = `${stored.code}@${stored.version}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const text = this.textOf(stored.code, stored.version);
    if (text === undefined) throw new Error(`no stored text for ${key}`);
    const definition = JSON.parse(text) as ProcedureDefinition;
    // One ajv per version: what it compiled leaves memory with the version, and
    // schemas of different versions never meet (a form's $id cannot clash).
    const ajv = createAjv();
    const compiled = {
      definition,
      evaluator: createAjvEvaluator(definition, ajv),
      validateAnswers: ajv.compile(definition.form.schema),
    };
    this.entries.set(key, compiled);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return compiled;
  }
}

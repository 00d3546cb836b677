import { createAjv, createAjvEvaluator, type Ajv2020, type ConditionEvaluator, type ProcedureDefinition } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import type { StoredVersion } from '../db/procedure-store.js';

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
  private readonly ajv: Ajv2020 = createAjv();

  constructor(private readonly capacity = 1000) {}

  get(stored: StoredVersion): CompiledVersion {
    const key = `${stored.code}@${stored.version}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const definition = JSON.parse(stored.definitionText) as ProcedureDefinition;
    const compiled = {
      definition,
      evaluator: createAjvEvaluator(definition, this.ajv),
      validateAnswers: this.ajv.compile(definition.form.schema),
    };
    this.entries.set(key, compiled);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return compiled;
  }
}

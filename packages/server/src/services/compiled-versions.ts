import { createAjv, createAjvEvaluator, type Ajv2020, type ConditionEvaluator, type ProcedureDefinition } from '@motcua/core';
import type { StoredVersion } from '../db/procedure-store.js';

export interface CompiledVersion {
  definition: ProcedureDefinition;
  evaluator: ConditionEvaluator;
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
    const compiled = { definition, evaluator: createAjvEvaluator(definition, this.ajv) };
    this.entries.set(key, compiled);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return compiled;
  }
}

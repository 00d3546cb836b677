import type { ProcedureDefinition } from '@motcua/core';
import { BuilderElement } from './builder-element.js';

/** The event every visual editor fires with a new whole definition (the shell keeps the one state). */
export const DEFINITION_CHANGE = 'motcua-definition-change';

export type DefinitionChangeEvent = CustomEvent<{ definition: ProcedureDefinition }>;

/**
 * A visual editor of part of a definition: it is given the whole definition, possibly unfinished
 * while the officer works, never changes that object, and fires each edit as a new definition
 * (structural sharing: parts it did not touch are the very same objects).
 */
export class DefinitionEditor extends BuilderElement {
  static override properties = {
    ...BuilderElement.properties,
    definition: { attribute: false },
  };

  declare definition: ProcedureDefinition | undefined;

  /** Fires the edit. The shell passes the new definition back down; until then the old one stays. */
  protected commit(definition: ProcedureDefinition): void {
    this.dispatchEvent(new CustomEvent(DEFINITION_CHANGE, { detail: { definition }, bubbles: true, composed: true }));
  }

  /** Replaces one top-level member (or drops it when `value` is undefined). */
  protected commitMember<K extends keyof ProcedureDefinition>(key: K, value: ProcedureDefinition[K] | undefined): void {
    const next = { ...(this.definition ?? ({} as ProcedureDefinition)) };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.commit(next);
  }
}

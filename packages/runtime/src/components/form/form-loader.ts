import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition, type ValidatorModule } from '@motcua/core';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';

/** A published procedure version, ready to fill in. */
export interface LoadedProcedure {
  code: string;
  version: number;
  definition: ProcedureDefinition;
  offerings: ProcedureOffering[];
  validators: ValidatorModule;
}

/** Why a form could not load, with a stable code for the host page's `motcua-error` listener. */
export class FormLoadError extends Error {
  constructor(
    readonly code: 'procedure-not-found' | 'procedure-load-failed' | 'validator-load-failed' | 'validator-format-unknown',
    message: string,
  ) {
    super(message);
    this.name = 'FormLoadError';
  }
}

/** Checks that a module has what the form relies on, so a stale or foreign module fails clearly and early. */
export function checkValidators(module: unknown): ValidatorModule {
  const m = module as Partial<ValidatorModule> | undefined;
  if (!m || m.moduleFormat !== VALIDATOR_MODULE_FORMAT || typeof m.validateAnswers !== 'function' || typeof m.predicates !== 'object' || typeof m.schemaPredicates !== 'object') {
    throw new FormLoadError('validator-format-unknown', `validator module format ${String(m?.moduleFormat)} is not ${VALIDATOR_MODULE_FORMAT}`);
  }
  return m as ValidatorModule;
}

/**
 * Fetches the version in force and imports its validator module: the
 * server's own ajv code for that exact version, so the browser's verdicts
 * are the server's. The module URL names the version and is cached for good.
 */
export async function loadProcedure(server: string, code: string, locale: string): Promise<LoadedProcedure> {
  const response = await fetch(`${server}/api/v1/procedures/${encodeURIComponent(code)}`, { headers: { 'Accept-Language': locale } });
  if (response.status === 404) throw new FormLoadError('procedure-not-found', `HTTP 404`);
  if (!response.ok) throw new FormLoadError('procedure-load-failed', `HTTP ${response.status}`);
  const body = (await response.json()) as Omit<LoadedProcedure, 'validators'>;
  let module: unknown;
  try {
    module = await import(/* @vite-ignore */ `${server}/api/v1/procedures/${encodeURIComponent(body.code)}/versions/${body.version}/validator.js`);
  } catch (error) {
    throw new FormLoadError('validator-load-failed', String(error));
  }
  return { ...body, validators: checkValidators(module) };
}

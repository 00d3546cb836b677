import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition, type ValidatorModule } from '@motcua/core';
import type { ProcedureOffering } from '../procedure/motcua-procedure.component.js';
import { fetchProcedure, validatorUrl, type ProcedureResponse } from './form-prefetch.js';

/** A published procedure version, ready to fill in; its validator module on its way. */
export interface LoadedProcedure {
  code: string;
  version: number;
  definition: ProcedureDefinition;
  offerings: ProcedureOffering[];
  validators: Promise<ValidatorModule>;
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
 * Fetches the version in force (or takes the fetch motcua.js began) and
 * starts importing its validator module: the server's own ajv code for that
 * exact version, so the browser's verdicts are the server's. The module URL
 * names the version and is cached for good. Resolves as soon as the
 * definition is in: a form that needs no condition decided to show its
 * fields shows them while the module is still on its way.
 */
export async function loadProcedure(server: string, code: string, locale: string, prefetched?: Promise<ProcedureResponse>): Promise<LoadedProcedure> {
  const { status, body } = await (prefetched ?? fetchProcedure(server, code, locale));
  if (status === 404) throw new FormLoadError('procedure-not-found', `HTTP 404`);
  if (!body) throw new FormLoadError('procedure-load-failed', `HTTP ${status}`);
  const loaded = body as Omit<LoadedProcedure, 'validators'>;
  const validators = import(/* @vite-ignore */ validatorUrl(server, loaded.code, loaded.version)).then(checkValidators, (error: unknown) => {
    throw new FormLoadError('validator-load-failed', String(error));
  });
  return { ...loaded, validators };
}

import { VALIDATOR_MODULE_FORMAT, type ProcedureDefinition } from '@motcua/core';
import type { ProcedureStore } from '../db/procedure-store.js';
import { ApiError } from '../http/api-error.js';
import { buildValidatorModule, ValidatorCompileError } from '../validators/index.js';

/**
 * The browser validator modules of published versions, as stored at publication, except that a
 * module of an older `moduleFormat` is never served: runtimes refuse a format they do not know,
 * and an older one lacks what they rely on (format 2 added `schemaPredicates`). Such a module is
 * rebuilt from its version's definition, stored and served in today's format. It is done when a
 * module is asked for rather than at start, because a database may hold thousands of versions
 * nobody fetches; requests for the same version while it is rebuilt share one build.
 */
export class ValidatorModules {
  private readonly building = new Map<string, Promise<string>>();

  constructor(
    private readonly procedures: ProcedureStore,
    private readonly build: (definition: ProcedureDefinition) => Promise<string> = buildValidatorModule,
  ) {}

  /** The module of a version, in today's format; `undefined` when there is no such version. */
  async source(code: string, version: number): Promise<string | undefined> {
    const stored = this.procedures.validatorModule(code, version);
    if (!stored) return undefined;
    if (stored.format === VALIDATOR_MODULE_FORMAT) return stored.source;
    const key = `${code}@${version}`;
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.rebuild(code, version).finally(() => this.building.delete(key));
      this.building.set(key, pending);
    }
    return pending;
  }

  private async rebuild(code: string, version: number): Promise<string> {
    const text = this.procedures.version(code, version)?.definitionText as string;
    let source: string;
    try {
      source = await this.build(JSON.parse(text) as ProcedureDefinition);
    } catch (error) {
      if (!(error instanceof ValidatorCompileError)) throw error;
      // A definition published under older rules that today's checks refuse: the server's fault, not the caller's.
      console.error(`validator module of ${code} version ${version} could not be rebuilt:`, error.messageIn('en'));
      throw new ApiError(
        500,
        'validator-module-unavailable',
        {
          vi: `Chưa dựng lại được bộ kiểm tra của thủ tục “${code}” phiên bản ${version} theo định dạng mới; hãy báo cho quản trị viên.`,
          en: `The validator of “${code}” version ${version} could not be rebuilt in the current format; tell the administrator.`,
        },
        { code, version, cause: error.code },
      );
    }
    this.procedures.replaceValidatorModule(code, version, source);
    return source;
  }
}

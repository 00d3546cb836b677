import { MotcuaError } from '@motcua/core';

/**
 * Why a browser validator module could not be built:
 * - `validator-definition-invalid`: the definition is not one `validateProcedure` accepts (too large,
 *   too deep, or otherwise invalid), so compiling it is refused before any work is done;
 * - `validator-compile-failed`: ajv refused a schema (or could not turn it into standalone code);
 * - `validator-bundle-failed`: esbuild could not bundle the generated code into one module;
 * - `validator-module-unsafe`: the bundle holds a construct a strict CSP or a browser refuses
 *   (`require(`, `eval(`, `new Function`, an `import`);
 * - `validator-module-malformed`: a module loaded for evaluation lacks the exports a runtime needs.
 */
export type ValidatorCompileErrorCode =
  | 'validator-definition-invalid'
  | 'validator-compile-failed'
  | 'validator-bundle-failed'
  | 'validator-module-unsafe'
  | 'validator-module-malformed';

export class ValidatorCompileError extends MotcuaError<ValidatorCompileErrorCode> {}

function reasonOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** `what` names the schema in words a publisher can act on: "the form", "the condition at /fees/0/when". */
export function compileFailed(what: { vi: string; en: string }, pointer: string, cause: unknown): ValidatorCompileError {
  const reason = reasonOf(cause);
  return new ValidatorCompileError(
    'validator-compile-failed',
    {
      vi: `Không biên dịch được ${what.vi} thành mã kiểm tra cho trình duyệt: ${reason}`,
      en: `Could not compile ${what.en} into browser validation code: ${reason}`,
    },
    { pointer, reason },
  );
}

export function bundleFailed(cause: unknown): ValidatorCompileError {
  const reason = reasonOf(cause);
  return new ValidatorCompileError(
    'validator-bundle-failed',
    {
      vi: `Không đóng gói được mô-đun kiểm tra cho trình duyệt: ${reason}`,
      en: `Could not bundle the browser validator module: ${reason}`,
    },
    { reason },
  );
}

export function moduleUnsafe(constructs: readonly string[]): ValidatorCompileError {
  const list = constructs.join(', ');
  return new ValidatorCompileError(
    'validator-module-unsafe',
    {
      vi: `Mô-đun kiểm tra sinh ra có cấu trúc bị cấm trong trình duyệt: ${list}`,
      en: `The generated validator module holds constructs the browser must not run: ${list}`,
    },
    { constructs: [...constructs] },
  );
}

export function definitionInvalid(errors: readonly { path: string; code: string }[]): ValidatorCompileError {
  const first = errors[0];
  const where = first ? ` (${first.code} tại ${first.path || '/'})` : '';
  const whereEn = first ? ` (${first.code} at ${first.path || '/'})` : '';
  return new ValidatorCompileError(
    'validator-definition-invalid',
    {
      vi: `Định nghĩa thủ tục không hợp lệ nên không sinh mô-đun kiểm tra${where}.`,
      en: `The procedure definition is not valid, so no validator module is built${whereEn}.`,
    },
    { errors: errors.map(({ path, code }) => ({ path, code })) },
  );
}

export function moduleMalformed(problem: string): ValidatorCompileError {
  return new ValidatorCompileError(
    'validator-module-malformed',
    { vi: `Mô-đun kiểm tra không đúng dạng: ${problem}.`, en: `The validator module is malformed: ${problem}.` },
    { problem },
  );
}

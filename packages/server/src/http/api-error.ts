import { MotcuaError, type Bilingual, type ValidationIssue } from '@motcua/core';

/** An error that knows its HTTP status. Its `code` is stable; its text is in both languages. */
export class ApiError extends MotcuaError {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 500 | 503,
    code: string,
    text: Bilingual,
    details?: unknown,
  ) {
    super(code, text, details);
  }
}

export function notFound(what: Bilingual, details?: unknown): ApiError {
  return new ApiError(404, 'not-found', { vi: `Không tìm thấy ${what.vi}.`, en: `${what.en} was not found.` }, details);
}

export function invalidRequest(errors: ValidationIssue[]): ApiError {
  const [first] = errors;
  const more = errors.length > 1 ? { vi: ` (và ${errors.length - 1} lỗi khác)`, en: ` (and ${errors.length - 1} more)` } : { vi: '', en: '' };
  return new ApiError(
    400,
    'invalid-request',
    {
      vi: `Yêu cầu không hợp lệ: ${first ? `${first.path} — ${first.message.vi}` : ''}${more.vi}`,
      en: `Invalid request: ${first ? `${first.path} — ${first.message.en}` : ''}${more.en}`,
    },
    { errors },
  );
}

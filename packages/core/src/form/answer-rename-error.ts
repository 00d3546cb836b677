import { MotcuaError } from '../errors.js';

/**
 * Why an answer cannot take a new name. The builder shows `text` beside the
 * name the officer typed; the definition is left as it was.
 */
export type AnswerRenameErrorCode = 'answer-name-invalid' | 'answer-name-taken' | 'answer-not-found' | 'answer-behind-ref';

export class AnswerRenameError extends MotcuaError<AnswerRenameErrorCode> {}

/** At most this many characters: the longest name of the catalogue has 24. */
export const MAX_ANSWER_NAME_LENGTH = 64;

/**
 * An answer name is the key of the answer in every dossier's data and in pointers
 * (`/soBan`), so it keeps to what the designer generates and every tool reads
 * without escaping: ASCII letters, digits and `_`, not starting with a digit.
 * `__proto__` would be taken by plain objects as their prototype.
 */
export function isAnswerName(name: unknown): boolean {
  return typeof name === 'string' && name.length <= MAX_ANSWER_NAME_LENGTH && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name !== '__proto__';
}

export function answerNameInvalid(name: string): AnswerRenameError {
  return new AnswerRenameError(
    'answer-name-invalid',
    {
      vi: `“${name}” không dùng được làm tên dữ liệu: chỉ dùng chữ cái không dấu (a–z, A–Z), chữ số và dấu gạch dưới “_”, không bắt đầu bằng chữ số, tối đa ${MAX_ANSWER_NAME_LENGTH} ký tự.`,
      en: `“${name}” cannot be an answer name: use only letters without diacritics (a–z, A–Z), digits and “_”, not starting with a digit, at most ${MAX_ANSWER_NAME_LENGTH} characters.`,
    },
    { name },
  );
}

export function answerNameTaken(name: string, path: string): AnswerRenameError {
  return new AnswerRenameError(
    'answer-name-taken',
    {
      vi: `Đã có một câu hỏi tên “${name}” ở cùng chỗ trong biểu mẫu; hãy chọn tên khác.`,
      en: `Another question in the same place of the form is already named “${name}”; choose another name.`,
    },
    { name, path },
  );
}

export function answerNotFound(path: string): AnswerRenameError {
  return new AnswerRenameError(
    'answer-not-found',
    {
      vi: `Biểu mẫu không có câu trả lời nào ở “${path}”.`,
      en: `The form has no answer at “${path}”.`,
    },
    { path },
  );
}

export function answerBehindRef(path: string, ref: string): AnswerRenameError {
  return new AnswerRenameError(
    'answer-behind-ref',
    {
      vi: `Câu hỏi ở “${path}” được khai báo trong một định nghĩa dùng chung (“${ref}”) mà biểu mẫu trỏ tới bằng “$ref”, nên không đổi tên ở đây được: hãy sửa trong phần JSON.`,
      en: `The question at “${path}” is declared in a shared definition (“${ref}”) the form reaches through “$ref”, so it cannot be renamed here: edit it in the JSON view.`,
    },
    { path, ref },
  );
}

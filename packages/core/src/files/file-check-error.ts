/**
 * Why a file was refused, in words a citizen at a one-stop counter can act on.
 * Codes are stable for programs; `details` carries the facts behind the words.
 */
import { MotcuaError } from '../errors.js';
import { format, type Bilingual, type Locale } from '../i18n/bilingual.js';
import { formatFileSize } from './file-size.js';
import { fileTypeForMime, type FileType } from './file-types.js';

export type FileCheckErrorCode =
  | 'file-empty'
  | 'file-too-large'
  | 'file-type-unknown'
  | 'file-type-not-accepted'
  | 'file-name-mismatch'
  | 'file-name-invalid';

export class FileCheckError extends MotcuaError<FileCheckErrorCode> {}

/** Longer names are shortened in the middle, keeping the ending people recognise. */
const SHOWN_NAME_LENGTH = 60;

export function fileNameInvalid(reason: 'empty' | 'too-long'): FileCheckError {
  return new FileCheckError(
    'file-name-invalid',
    {
      vi: 'Tên tệp không dùng được (trống hoặc quá dài). Vui lòng đổi tên tệp rồi chọn lại.',
      en: 'The file name cannot be used (it is empty or too long). Please rename the file and choose it again.',
    },
    { reason },
  );
}

export function fileEmpty(name: string): FileCheckError {
  const text = texts(
    {
      vi: 'Tệp “{name}” không có nội dung (0 byte). Vui lòng kiểm tra và chọn lại tệp.',
      en: 'The file “{name}” is empty (0 bytes). Please check it and choose it again.',
    },
    () => ({ name: shown(name) }),
  );
  return new FileCheckError('file-empty', text, { size: 0 });
}

export function fileTooLarge(name: string, size: number, maxSize: number): FileCheckError {
  const text = texts(
    {
      vi: 'Tệp “{name}” có dung lượng {size}, vượt quá mức cho phép {maxSize}. Vui lòng giảm dung lượng (ví dụ: quét lại với độ phân giải thấp hơn) rồi tải lên lại.',
      en: 'The file “{name}” is {size}, over the {maxSize} limit. Please make it smaller (for example, scan it again at a lower resolution) and upload it again.',
    },
    // Rounding the file up and the limit down keeps "5 MB, over the 5 MB limit" from ever appearing.
    (locale) => ({
      name: shown(name),
      size: formatFileSize(size, locale, 'up'),
      maxSize: formatFileSize(maxSize, locale, 'down'),
    }),
  );
  return new FileCheckError('file-too-large', text, { size, maxSize });
}

export function fileTypeUnknown(name: string, accept: readonly string[]): FileCheckError {
  const text = texts(
    {
      vi: 'Không nhận ra định dạng của tệp “{name}”. Tệp có thể bị hỏng hoặc không thuộc loại được nhận. Loại tệp được nhận: {accepted}.',
      en: 'We could not recognise the format of “{name}”. It may be damaged or of a type we do not take. Accepted types: {accepted}.',
    },
    () => ({ name: shown(name), accepted: acceptedNames(accept) }),
  );
  return new FileCheckError('file-type-unknown', text, { accepted: [...accept] });
}

export function fileTypeNotAccepted(name: string, actual: readonly FileType[], accept: readonly string[]): FileCheckError {
  const text = texts(
    {
      vi: 'Tệp “{name}” là {actual}, không thuộc loại được nhận cho giấy tờ này. Loại tệp được nhận: {accepted}.',
      en: 'The file “{name}” is {actual}, which is not accepted for this document. Accepted types: {accepted}.',
    },
    (locale) => ({ name: shown(name), actual: describe(actual, locale), accepted: acceptedNames(accept) }),
  );
  return new FileCheckError('file-type-not-accepted', text, { detected: actual[0]!.mime, accepted: [...accept] });
}

export function fileNameMismatch(
  name: string,
  extension: string,
  actual: readonly FileType[],
  claimed: FileType,
): FileCheckError {
  const text = texts(
    {
      vi: 'Tệp “{name}” là {actual}, không phải {claimed} như đuôi tên tệp “.{extension}”. Có thể tệp đã bị đổi tên: vui lòng chọn đúng tệp, hoặc mở tệp và lưu lại dưới dạng {claimedName}.',
      en: 'The file “{name}” is {actual}, not {claimed} as its ending “.{extension}” says. It may have been renamed: please choose the right file, or open it and save it as {claimedName}.',
    },
    (locale) => ({
      name: shown(name),
      extension,
      actual: describe(actual, locale),
      claimed: locale === 'vi' ? claimed.label.vi : withArticle(claimed.label.en),
      claimedName: claimed.name,
    }),
  );
  return new FileCheckError('file-name-mismatch', text, { detected: actual[0]!.mime, extension, expected: claimed.mime });
}

function texts(templates: Bilingual, values: (locale: Locale) => Record<string, string>): Bilingual {
  return { vi: format(templates.vi, values('vi')), en: format(templates.en, values('en')) };
}

function shown(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= SHOWN_NAME_LENGTH) return name;
  return `${chars.slice(0, SHOWN_NAME_LENGTH - 16).join('')}…${chars.slice(-15).join('')}`;
}

/** Several types only when a legacy Office file could be either: "a Word document (.doc) or an Excel…". */
function describe(types: readonly FileType[], locale: Locale): string {
  return locale === 'vi'
    ? types.map((type) => type.label.vi).join(' hoặc ')
    : types.map((type) => withArticle(type.label.en)).join(' or ');
}

/** Every English label in the table starts with a letter read as written, so the vowel rule holds. */
function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

function acceptedNames(accept: readonly string[]): string {
  const names = accept.map((mime) => fileTypeForMime(mime)?.name ?? mime);
  return [...new Set(names)].join(', ');
}

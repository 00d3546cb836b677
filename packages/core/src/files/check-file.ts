/**
 * The one check every uploaded document goes through, run twice: in the browser
 * on the first DETECTION_PREFIX_BYTES before uploading, so the citizen hears
 * about a wrong file at once, and on the server with the whole file, which is
 * the check that counts.
 */
import { detectFileTypes } from './detect-file-type.js';
import {
  fileEmpty,
  fileNameInvalid,
  fileNameMismatch,
  fileTooLarge,
  fileTypeNotAccepted,
  fileTypeUnknown,
  type FileCheckError,
} from './file-check-error.js';
import { fileTypeForExtension, type FileType } from './file-types.js';
import { fileExtension, sanitizeFileName } from './sanitize-file-name.js';

export interface FileCheckInput {
  /** As the client sent it; may hold a path, invisible characters or nothing usable. */
  readonly name: string;
  /** The whole file's size, even when `bytes` is only its beginning. */
  readonly size: number;
  /** The whole file, or at least its first DETECTION_PREFIX_BYTES. */
  readonly bytes: Uint8Array;
}

export interface FileCheckRule {
  /** MIME types, as a procedure lists them; matched without regard to case. */
  readonly accept: readonly string[];
  /** In bytes; a file of exactly this size is accepted. */
  readonly maxSize: number;
}

export type FileCheckResult =
  | { readonly ok: true; readonly type: FileType; readonly safeName: string }
  | { readonly ok: false; readonly error: FileCheckError };

/** No operating system's file picker produces a longer name; anything beyond is not worth cleaning. */
const MAX_RAW_NAME_LENGTH = 4096;

/**
 * Checks name, size and content against `rule`. On success `safeName` is the
 * sanitised name, with the type's usual extension added when the name had
 * none of that type's (so "scan" stored as "scan.pdf" opens in the right program).
 */
export function checkFile(input: FileCheckInput, rule: FileCheckRule): FileCheckResult {
  if (input.name.length > MAX_RAW_NAME_LENGTH) return refuse(fileNameInvalid('too-long'));
  const safeName = sanitizeFileName(input.name);
  if (safeName === '') return refuse(fileNameInvalid('empty'));

  // A size smaller than the bytes in hand is not to be believed.
  const size = Math.max(input.size, input.bytes.length);
  if (size === 0) return refuse(fileEmpty(safeName));
  if (size > rule.maxSize) return refuse(fileTooLarge(safeName, size, rule.maxSize));

  const detected = detectFileTypes(input.bytes);
  if (detected.length === 0) return refuse(fileTypeUnknown(safeName, rule.accept));

  // The name is checked before acceptance: "this is a PNG, not a PDF" helps
  // more than "PNG is not accepted" when the citizen believes it is a PDF.
  const extension = fileExtension(safeName);
  const claimed = extension === undefined ? undefined : fileTypeForExtension(extension);
  if (claimed !== undefined && !detected.includes(claimed)) {
    return refuse(fileNameMismatch(safeName, extension!, detected, claimed));
  }
  const candidates = claimed === undefined ? detected : [claimed];
  const accept = new Set(rule.accept.map((mime) => mime.trim().toLowerCase()));
  const type = candidates.find((candidate) => [candidate.mime, ...candidate.alsoKnownAs].some((mime) => accept.has(mime)));
  if (type === undefined) return refuse(fileTypeNotAccepted(safeName, candidates, rule.accept));

  const named = type.extensions.includes(extension ?? '') ? safeName : sanitizeFileName(`${safeName}.${type.extensions[0]}`);
  return { ok: true, type, safeName: named };
}

function refuse(error: FileCheckError): FileCheckResult {
  return { ok: false, error };
}

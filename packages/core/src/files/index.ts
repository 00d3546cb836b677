export { checkFile, type FileCheckInput, type FileCheckResult, type FileCheckRule } from './check-file.js';
export { DETECTION_PREFIX_BYTES, detectFileType, detectFileTypes } from './detect-file-type.js';
export { FileCheckError, type FileCheckErrorCode } from './file-check-error.js';
export { formatFileSize, type SizeRounding } from './file-size.js';
export {
  DEFAULT_DOCUMENT_ACCEPT,
  FILE_TYPES,
  fileTypeForExtension,
  fileTypeForMime,
  type ByteRun,
  type ContentRule,
  type FileType,
  type FileTypeId,
} from './file-types.js';
export { MAX_FILE_NAME_BYTES, fileExtension, sanitizeFileName } from './sanitize-file-name.js';

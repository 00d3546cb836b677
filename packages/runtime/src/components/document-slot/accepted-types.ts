import { fileTypeForMime } from '@motcua/core';

/** Types and endings both: phones' pickers filter better with the endings, desktops with the types. */
export function acceptAttribute(accept: readonly string[]): string {
  return accept
    .flatMap((mime) => {
      const type = fileTypeForMime(mime);
      return type ? [type.mime, ...type.extensions.map((ending) => `.${ending}`)] : [mime];
    })
    .join(',');
}

/** "PDF, JPEG, PNG": the short names people know; JPEG's several MIME types name it once. */
export function typeNames(accept: readonly string[]): string {
  return [...new Set(accept.map((mime) => fileTypeForMime(mime)?.name ?? mime))].join(', ');
}

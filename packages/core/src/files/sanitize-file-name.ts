/**
 * Turns the name a browser or client sends into one that is safe to store,
 * show and send back in a download, while keeping what the citizen typed
 * (Vietnamese letters included) recognisable.
 */

/** Most file systems allow 255 bytes; the rest is left for prefixes the server may add. */
export const MAX_FILE_NAME_BYTES = 200;
const MAX_EXTENSION_LENGTH = 10;

/**
 * Control characters (C0, DEL, C1), soft hyphen, zero-width and direction marks,
 * bidi embeddings, overrides and isolates, line and paragraph separators, the
 * byte-order mark and annotation marks: invisible characters that can make
 * "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
 */
// oxlint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
/** Half a surrogate pair cannot be encoded as UTF-8 and would break storage or headers. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Characters Windows forbids in names; ":" also opens NTFS alternate streams. */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
/** Windows refuses these device names whatever follows the first dot. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])\s*(\.|$)/i;
const EXTENSION = new RegExp(`\\.[A-Za-z0-9]{1,${MAX_EXTENSION_LENGTH}}$`);

/**
 * The last path segment of `name`, cleaned: invisible and forbidden characters
 * removed or replaced, spaces collapsed, leading and trailing dots and spaces
 * trimmed, reserved device names prefixed with "_", NFC-normalised (macOS sends
 * decomposed Vietnamese), and cut to MAX_FILE_NAME_BYTES of UTF-8 keeping the
 * extension. Returns "" when nothing usable is left.
 */
export function sanitizeFileName(name: string): string {
  let text = name.replace(LONE_SURROGATE, '').replace(INVISIBLE, '').normalize('NFC');
  // Both separators count: a name from Windows may reach a Linux server.
  text = text.split(/[\\/]/).pop()!;
  text = text.replace(/^[A-Za-z]:/, '');
  text = text.replace(WINDOWS_FORBIDDEN, '_').replace(/\s+/g, ' ');
  text = text.replace(/^[\s.]+|[\s.]+$/g, '');
  if (text === '') return '';
  if (RESERVED.test(text)) text = `_${text}`;
  return fitLength(text);
}

/** The extension of a name, lower case and without the dot, if it has a plausible one. */
export function fileExtension(name: string): string | undefined {
  const match = EXTENSION.exec(name);
  return match && match.index > 0 ? match[0].slice(1).toLowerCase() : undefined;
}

function fitLength(text: string): string {
  if (utf8Length(text) <= MAX_FILE_NAME_BYTES) return text;
  const extension = fileExtension(text) === undefined ? '' : text.slice(text.lastIndexOf('.'));
  let budget = MAX_FILE_NAME_BYTES - utf8Length(extension);
  let stem = '';
  // Whole code points only, so no emoji or other astral character is split in half.
  for (const char of text.slice(0, text.length - extension.length)) {
    budget -= utf8Length(char);
    if (budget < 0) break;
    stem += char;
  }
  return stem.replace(/[\s.]+$/, '') + extension;
}

function utf8Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}

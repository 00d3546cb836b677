/** What RFC 8187 (after RFC 5987) lets through unescaped in an `ext-value`: its `attr-char`. */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function extValue(name: string): string {
  let out = "UTF-8''";
  for (const byte of new TextEncoder().encode(name)) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The name for clients that read only `filename`: Vietnamese letters without their marks, anything else non-ASCII as `_`. */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
}

/**
 * A `Content-Disposition` header (RFC 6266) that keeps the original name: `filename*` in UTF-8
 * for today's browsers, a plain `filename` beside it for older clients.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  return `${kind}; filename="${asciiFallback(name)}"; filename*=${extValue(name)}`;
}

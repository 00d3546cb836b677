/** RFC 6901 JSON Pointers: the one way every path in Một Cửa is written. */

const ESCAPED = /[~/]/;

export function escapeToken(token: string | number): string {
  const text = String(token);
  // Nearly no token needs escaping; a form's views join thousands of them.
  return ESCAPED.test(text) ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Joins tokens onto a base pointer, escaping each token. */
export function joinPointer(base: string, ...tokens: (string | number)[]): string {
  let pointer = base;
  for (const token of tokens) pointer += `/${escapeToken(token)}`;
  return pointer;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`Not a JSON Pointer: "${pointer}"`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

/**
 * Reads the value a pointer designates, or `undefined` when any step is
 * missing. Only own properties are followed, so "/__proto__" finds nothing.
 */
export function getByPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      current = current[Number(token)];
    } else if (current !== null && typeof current === 'object' && Object.hasOwn(current, token)) {
      current = (current as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return current;
}

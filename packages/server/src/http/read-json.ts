import { joinPointer } from '@motcua/core';
import type { Context } from 'hono';
import { ApiError, invalidRequest } from './api-error.js';

/** Deeper than any form needs; deep enough nesting would overflow the stack of whatever walks it. */
export const MAX_JSON_DEPTH = 64;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Where a parsed JSON value nests too deeply, named by its top-level member
 * ("" for the root itself), found without recursion; undefined when it does not.
 */
function tooDeep(value: unknown): string | undefined {
  const stack: [unknown, number, string][] = [[value, 1, '']];
  while (stack.length > 0) {
    const [node, depth, member] = stack.pop() as [unknown, number, string];
    if (depth > MAX_JSON_DEPTH) return member;
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push([child, depth + 1, depth === 1 && !Array.isArray(node) ? joinPointer('', key) : member]);
    }
  }
  return undefined;
}

/**
 * Reads a JSON body: `application/json`, UTF-8 only (RFC 8259 §8.1; bytes
 * that are not UTF-8 would be stored as replacement characters in a
 * citizen's name), parsed, and at most MAX_JSON_DEPTH deep.
 */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', { vi: 'Nội dung gửi lên phải là JSON (Content-Type: application/json).', en: 'The request body must be JSON (Content-Type: application/json).' });
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1]?.toLowerCase();
  const invalid = () => new ApiError(400, 'invalid-json', { vi: 'Nội dung gửi lên không phải là JSON hợp lệ mã hóa UTF-8.', en: 'The request body is not valid JSON in UTF-8.' });
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8.decode(await c.req.arrayBuffer()));
  } catch {
    throw invalid();
  }
  const deep = tooDeep(value);
  if (deep !== undefined) {
    throw invalidRequest([{ path: `/body${deep}`, code: 'too-deep', message: { vi: `Dữ liệu lồng nhau quá ${MAX_JSON_DEPTH} cấp.`, en: `The data is nested more than ${MAX_JSON_DEPTH} levels deep.` } }]);
  }
  return value;
}

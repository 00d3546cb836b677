import { joinPointer } from '../json/json-pointer.js';
import { issue } from './issue.js';
import type { ValidationIssue } from './localize-error.js';
import { isSafePattern } from './regex-safety.js';

/** Longer patterns are almost always pasted by mistake, and cost time to check. */
const MAX_PATTERN_LENGTH = 500;

/**
 * A pattern citizens' input is matched against, in the browser as on the
 * server, must compile as a Unicode RegExp and must not be open to
 * catastrophic backtracking (a nested quantifier like `(a+)+$` can freeze a
 * phone or a server thread for minutes on one crafted answer).
 */
export function checkPattern(pattern: string, path: string): ValidationIssue | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return issue(path, 'pattern-too-long', `Biểu thức kiểm tra dài quá ${MAX_PATTERN_LENGTH} ký tự.`, `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`);
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return issue(path, 'pattern-invalid', `Biểu thức kiểm tra không hợp lệ: ${(error as Error).message}`, `The pattern is not a valid regular expression: ${(error as Error).message}`);
  }
  if (!isSafePattern(pattern)) {
    return issue(path, 'pattern-unsafe', 'Biểu thức kiểm tra có thể làm treo hệ thống với một số câu trả lời (lượng từ lồng nhau như “(a+)+”). Hãy viết lại đơn giản hơn.', 'The pattern can hang on some answers (nested quantifiers such as “(a+)+”). Write it more simply.', { pattern });
  }
  return undefined;
}

/** Every `pattern` and `patternProperties` key in a schema tree, bounded in depth. */
export function checkPatternsIn(node: unknown, path: string, out: ValidationIssue[], depth = 0): void {
  if (depth > 64 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkPatternsIn(child, joinPointer(path, i), out, depth + 1));
    return;
  }
  for (const [key, value] of Object.entries(node)) {
    const at = joinPointer(path, key);
    if (key === 'pattern' && typeof value === 'string') {
      const found = checkPattern(value, at);
      if (found) out.push(found);
    } else if (key === 'patternProperties' && value !== null && typeof value === 'object') {
      for (const name of Object.keys(value)) {
        const found = checkPattern(name, joinPointer(at, name));
        if (found) out.push(found);
      }
    }
    checkPatternsIn(value, at, out, depth + 1);
  }
}

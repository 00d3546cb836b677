import type { ValidationIssue } from './localize-error.js';

/** A semantic check's finding, worded for the reform officer who has to fix it. */
export function issue(
  path: string,
  code: string,
  vi: string,
  en: string,
  details?: Record<string, unknown>,
): ValidationIssue {
  const found: ValidationIssue = { path, code, message: { vi, en } };
  if (details) found.details = details;
  return found;
}

import { formatInteger, parsePointer } from '@motcua/core';
import type { FieldView } from './form-view.js';

type Container = Record<string, unknown> | unknown[];

/** Sets (or, for `undefined`, removes) the answer at a JSON Pointer, creating the objects on the way. */
export function setAnswer(answers: Record<string, unknown>, path: string, value: unknown): void {
  const tokens = parsePointer(path);
  let parent: Container = answers;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i] as string;
    let next = (parent as Record<string, unknown>)[token];
    if (next === null || typeof next !== 'object') {
      next = /^\d+$/.test(tokens[i + 1] as string) ? [] : {};
      (parent as Record<string, unknown>)[token] = next;
    }
    parent = next as Container;
  }
  const last = tokens[tokens.length - 1] as string;
  if (value === undefined && !Array.isArray(parent)) delete parent[last];
  else (parent as Record<string, unknown>)[last] = value;
}

/** The answer at a JSON Pointer, or undefined. */
export function answerAt(answers: unknown, path: string): unknown {
  let current = answers;
  for (const token of parsePointer(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

const MONEY_NOISE = /[\s.,₫đĐ]|vnđ|vnd/gi;

/**
 * What a control's text means as an answer. Empty is no answer (so
 * `required` speaks, not `minLength`); a number that does not parse stays
 * text, and validation says it must be a number.
 */
export function parseText(view: FieldView, raw: string): unknown {
  if (view.kind === 'number') {
    const trimmed = view.variant === 'money' ? raw.replace(MONEY_NOISE, '') : raw.trim().replace(',', '.');
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? number : raw;
  }
  if (view.variant === 'citizen-id' || view.variant === 'phone') return raw.replace(/\s+/g, '') || undefined;
  return raw === '' ? undefined : raw;
}

/** How a number answer shows in its input: money with dots every three digits, as Vietnamese write it. */
export function numberText(view: FieldView, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (view.variant === 'money' && typeof value === 'number' && Number.isInteger(value)) return formatInteger(value, 'vi');
  return String(value);
}

/**
 * The answers the form would submit: only those of fields it shows (a hidden
 * section's or an inactive branch's answers stay in memory, in case the
 * citizen changes their mind, but are never sent), and no empty objects.
 */
export function shownAnswers(root: FieldView, answers: Record<string, unknown>, hidden: ReadonlySet<string>): Record<string, unknown> {
  return (collect(root, answers, hidden) as Record<string, unknown> | undefined) ?? {};
}

function collect(view: FieldView, value: unknown, hidden: ReadonlySet<string>): unknown {
  if (view.kind === 'group') {
    const out: Record<string, unknown> = {};
    const source = (value ?? {}) as Record<string, unknown>;
    for (const child of view.children ?? []) {
      if (hidden.has(child.path)) continue;
      const name = child.path.slice(child.path.lastIndexOf('/') + 1).replace(/~1/g, '/').replace(/~0/g, '~');
      const member = collect(child, source[name], hidden);
      if (member !== undefined) out[name] = member;
    }
    return Object.keys(out).length > 0 || view.path === '' || view.required ? out : undefined;
  }
  if (view.kind === 'list') {
    const list = Array.isArray(value) ? value : [];
    return (view.items ?? []).map((item, i) => collect(item, list[i], hidden) ?? (item.kind === 'group' ? {} : null));
  }
  return value;
}

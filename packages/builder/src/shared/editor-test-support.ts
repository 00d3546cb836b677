import type { ProcedureDefinition } from '@motcua/core';
import type { DefinitionChangeEvent } from './definition-editor.js';

/** A catalogue procedure's definition as published (past the browser's cache), for editors to start from. */
export async function catalogueDefinition(code: string): Promise<ProcedureDefinition> {
  const response = await fetch(`/api/v1/procedures/${code}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`no procedure ${code}: HTTP ${response.status}`);
  return ((await response.json()) as { definition: ProcedureDefinition }).definition;
}

type Editor = HTMLElement & { definition: ProcedureDefinition | undefined; updateComplete: Promise<boolean> };

/**
 * Mounts a visual editor as the shell hosts it: each `motcua-definition-change` is recorded and its
 * definition passed back down. The first definition is frozen deep, so an editor that mutates what
 * it was given fails loudly.
 */
export async function hostEditor<T extends Editor>(tag: string, definition: ProcedureDefinition, locale = 'vi'): Promise<{ element: T; changes: ProcedureDefinition[]; root: ShadowRoot }> {
  const element = document.createElement(tag) as T;
  element.setAttribute('locale', locale);
  element.definition = deepFreeze(structuredClone(definition));
  const changes: ProcedureDefinition[] = [];
  element.addEventListener('motcua-definition-change', (event) => {
    const next = (event as DefinitionChangeEvent).detail.definition;
    changes.push(next);
    element.definition = next;
  });
  const holder = document.createElement('div');
  holder.append(element);
  document.body.append(holder);
  await element.updateComplete;
  return { element, changes, root: element.shadowRoot as ShadowRoot };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

/** Sets a control's value as typing then leaving it does, and waits for the editor to render the result. */
export async function typeInto(element: Editor, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string): Promise<void> {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await element.updateComplete;
}

/** The whole definition through the JSON view's text and back, as the shell does after each edit. */
export function throughJson(definition: ProcedureDefinition): ProcedureDefinition {
  return JSON.parse(JSON.stringify(definition, null, 2)) as ProcedureDefinition;
}

/** Saves a definition as a draft on the server and returns the server's verdict on it. */
export async function serverVerdict(definition: ProcedureDefinition): Promise<{ valid: boolean; errors: { path: string; code: string }[] }> {
  const response = await fetch(`/api/v1/admin/procedures/${definition.code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(definition) });
  if (!response.ok) throw new Error(`could not save the draft: HTTP ${response.status}`);
  return ((await response.json()) as { validation: { valid: boolean; errors: { path: string; code: string }[] } }).validation;
}

/** The server's own quote (core's engines on the server) for a published procedure. */
export async function serverQuote(code: string, body: Record<string, unknown>): Promise<{ fees: { total: number; lines: { feeId: string; amount: number | null }[] } }> {
  const response = await fetch(`/api/v1/procedures/${code}/quote`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`no quote: HTTP ${response.status}`);
  return (await response.json()) as { fees: { total: number; lines: { feeId: string; amount: number | null }[] } };
}

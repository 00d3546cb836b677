import type { ProcedureOverview, ProcedureStatus } from '../shared/builder-api.js';

/** A code no other test, nor an earlier run against the same server, has used. */
export function freshCode(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** The officers' list as the server holds it now, optionally of one status. */
export async function rows(status?: ProcedureStatus): Promise<ProcedureOverview[]> {
  const response = await fetch(`/api/v1/admin/procedures${status ? `?status=${status}` : ''}`);
  return ((await response.json()) as { items: ProcedureOverview[] }).items;
}

/** Types into a `<motcua-new-procedure>`'s fields, as an officer does, then submits it. */
export async function fillNewProcedure(form: Element, values: Partial<Record<'code' | 'nameVi' | 'nameEn', string>>): Promise<void> {
  const element = form as Element & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  const root = form.shadowRoot as ShadowRoot;
  for (const [field, value] of Object.entries(values)) {
    const input = root.querySelector(`#${field}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input'));
  }
  await element.updateComplete;
  (root.querySelector('button[type=submit]') as HTMLButtonElement).click();
}

/** Saves a copy of a catalogue procedure's published version as a new procedure's draft, as the builder does. */
export async function draftCopy(source: string, code: string): Promise<void> {
  const { definition } = (await (await fetch(`/api/v1/procedures/${source}`, { cache: 'no-store' })).json()) as { definition: Record<string, unknown> };
  const response = await fetch(`/api/v1/admin/procedures/${code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ...definition, code }) });
  if (!response.ok) throw new Error(`could not save the draft: HTTP ${response.status}`);
}

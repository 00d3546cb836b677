import type { MotcuaForm } from '@motcua/runtime';
import { until } from './browser.js';

/** Types into the form's control at `name` (a JSON Pointer) as an officer does: focus, value, input, leave. */
async function type(form: MotcuaForm, name: string, value: string): Promise<void> {
  const input = form.shadowRoot?.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
  if (!input) throw new Error(`no control named ${name}`);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.blur();
  await form.updateComplete;
}

/** Attaches a scan in the document slot `documentId` as the file picker does, and waits for its upload. */
async function attach(form: MotcuaForm, documentId: string, file: File): Promise<void> {
  const find = () => [...(form.shadowRoot?.querySelectorAll('motcua-document-slot') ?? [])].find((s) => (s as unknown as { requirement?: { id: string } }).requirement?.id === documentId);
  await until(() => find() !== undefined);
  const slot = find() as HTMLElement & { updateComplete: Promise<unknown> };
  await slot.updateComplete;
  const input = slot.shadowRoot?.querySelector('input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => (form.flow?.session.state.documents?.[documentId]?.uploads.length ?? 0) > 0);
}

/** Fills the certified-copy form (2.000815) at the counter for a walk-in citizen, with the original's scan. */
export async function fillCopyRequest(form: MotcuaForm, applicant: string, scan: File): Promise<void> {
  await until(() => form.shadowRoot?.querySelector('[name="/hoTen"]') !== null);
  await type(form, '/hoTen', applicant);
  await type(form, '/banSao/0/tenGiayTo', 'Học bạ');
  await type(form, '/banSao/0/soTrang', '4');
  await attach(form, 'ban-chinh', scan);
}

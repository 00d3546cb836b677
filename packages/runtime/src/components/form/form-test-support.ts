import { fixture, SERVER, until } from '../../test-support/browser.js';
import type { MotcuaForm } from './motcua-form.component.js';

/**
 * A form from the real server, once its first fields are on screen and the
 * module it fetches right after them (error wording, fees, documents) has
 * arrived: what a citizen has in hand a moment after the page shows.
 */
export async function openForm(attributes: string): Promise<MotcuaForm> {
  const form = fixture<MotcuaForm>(`<motcua-form server="${SERVER}" ${attributes}></motcua-form>`);
  await until(() => form.shadowRoot?.querySelector('input, select, textarea') !== null || form.status === 'failed');
  await form.flow?.wordsReady();
  return form;
}

/** The control whose answer is at `name` (a JSON Pointer, or a `$` path for the form's own choices). */
export function control<T extends HTMLElement = HTMLInputElement>(form: MotcuaForm, name: string, index = 0): T {
  const found = form.shadowRoot?.querySelectorAll<T>(`[name="${CSS.escape(name)}"]`)[index];
  if (!found) throw new Error(`no control named ${name}`);
  return found;
}

export function hasControl(form: MotcuaForm, name: string): boolean {
  return (form.shadowRoot?.querySelector(`[name="${CSS.escape(name)}"]`) ?? null) !== null;
}

/** Clicks the button (or link) matching `selector` in the form. */
export function press(form: MotcuaForm, selector: string): void {
  const found = form.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  found.click();
}

/** Types as a person does: focus, the value, an input event, then leaving the field. */
export async function type(form: MotcuaForm, name: string, value: string): Promise<void> {
  const input = control(form, name);
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.blur();
  await settle(form);
}

/** Clicks the radio, checkbox or option whose label reads `label`, in the group at `name`. */
export async function choose(form: MotcuaForm, name: string, label: string): Promise<void> {
  const root = form.shadowRoot as ShadowRoot;
  const select = root.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(name)}"]`);
  if (select) {
    const option = [...select.options].find((o) => o.textContent?.trim() === label);
    if (!option) throw new Error(`no option ${label} in ${name}`);
    select.value = option.value;
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  } else {
    const input = [...root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)].find(
      (i) => root.querySelector(`label[for="${i.id}"]`)?.textContent?.trim() === label,
    );
    if (!input) throw new Error(`no choice ${label} in ${name}`);
    input.click();
  }
  await settle(form);
}

/** Lets the form finish what an event started: its render, and a frame for the fee panel. */
export async function settle(form: MotcuaForm): Promise<void> {
  await form.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
  await form.updateComplete;
}

export function text(form: MotcuaForm): string {
  return form.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/** The messages of the error summary, in order. */
export function summary(form: MotcuaForm): string[] {
  return [...(form.shadowRoot?.querySelectorAll('.error-summary li') ?? [])].map((li) => li.textContent?.trim() ?? '');
}

const PDF = new TextEncoder().encode('%PDF-1.4\n% ban chinh\n%%EOF\n');

/** Chooses a file in a document slot as a person does with the file picker, and waits for the upload. */
async function upload(form: MotcuaForm, documentId: string, file: File): Promise<void> {
  const find = () => [...(form.shadowRoot?.querySelectorAll('motcua-document-slot') ?? [])].find((s) => (s as unknown as { requirement?: { id: string } }).requirement?.id === documentId);
  await until(() => find() !== undefined);
  const slot = find() as HTMLElement;
  await (slot as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const input = slot.shadowRoot?.querySelector('input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => (form.flow?.session.state.documents?.[documentId]?.uploads.length ?? 0) > 0);
}

/** Answers 2.000815 (certified copies) as a citizen would, with the original's scan uploaded. */
export async function fillCopyRequest(form: MotcuaForm): Promise<void> {
  await type(form, '/hoTen', 'Trần Văn Hải');
  await type(form, '/banSao/0/tenGiayTo', 'Học bạ');
  await type(form, '/banSao/0/soTrang', '4');
  await upload(form, 'ban-chinh', new File([PDF], 'hoc-ba.pdf', { type: 'application/pdf' }));
}

export async function submitted(form: MotcuaForm): Promise<void> {
  await until(() => form.shadowRoot?.querySelector('motcua-receipt') !== null);
}

export { SERVER, until };

import type { PanelForm } from './meta-schema-part.js';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every place of a panel's schema an officer sees (each property reachable from the members, its
 * `$ref`s followed into `$defs`, array items, an enum's values) that lacks its Vietnamese text in
 * the schema (or the uiSchema's `ui:enumNames`) or its English one in the overlay; a description
 * must have both too.
 */
export function missingWords(form: PanelForm): string[] {
  const { schema } = form;
  const en = form.i18n.en;
  const missing: string[] = [];
  const at = (pointer: string): Json | undefined => pointer.split('/').slice(1).reduce<unknown>((node, token) => (isRecord(node) ? node[token] : undefined), schema) as Json | undefined;
  const check = (node: Json, pointer: string, shownAt: string) => {
    if (typeof node.title !== 'string') missing.push(`${shownAt}: no Vietnamese title`);
    else if (typeof en[`/schema${pointer}/title`] !== 'string') missing.push(`${shownAt}: no English title`);
    if (typeof node.description === 'string' && typeof en[`/schema${pointer}/description`] !== 'string') missing.push(`${shownAt}: no English description`);
  };
  const visit = (node: Json, pointer: string, ui: Json | undefined, uiPointer: string, depth: number) => {
    if (depth > 12) return;
    const ref = typeof node.$ref === 'string' ? node.$ref.slice(1) : undefined;
    const target = ref ? at(ref) : undefined;
    // A title beside the $ref is the one shown; else the one of what it refers to.
    if (typeof node.title === 'string' || !target) check(node, pointer, pointer);
    else check(target, ref as string, pointer);
    const body = { ...target, ...node };
    if (Array.isArray(body.enum)) {
      const names = ui?.['ui:enumNames'];
      body.enum.forEach((value, i) => {
        const vi = Array.isArray(names) ? names[i] : undefined;
        if (typeof vi !== 'string' || vi === String(value)) missing.push(`${pointer} = ${String(value)}: no Vietnamese name`);
        else if (typeof en[`/uiSchema${uiPointer}/ui:enumNames/${i}`] !== 'string') missing.push(`${pointer} = ${String(value)}: no English name`);
      });
    }
    const base = target && ref && typeof node.title !== 'string' ? ref : pointer;
    if (isRecord(body.properties)) {
      for (const [name, child] of Object.entries(body.properties)) if (isRecord(child)) visit(child, `${target && ref ? ref : pointer}/properties/${name}`, ui?.[name] as Json | undefined, `${uiPointer}/${name}`, depth + 1);
    }
    if (isRecord(body.items)) visit(body.items, `${target && ref ? ref : base}/items`, ui?.items as Json | undefined, `${uiPointer}/items`, depth + 1);
  };
  for (const member of form.members) {
    const child = (schema.properties as Json)[member];
    if (isRecord(child)) visit(child, `/properties/${member}`, form.uiSchema[member] as Json | undefined, `/${member}`, 0);
  }
  return missing;
}

/** Types into an rjsf input as a person does, so React sees the input event it listens for. */
export function typeInPanel(input: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const prototype = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Chooses an option of an rjsf select as a person does. */
export function chooseInPanel(select: HTMLSelectElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

import { format, type Bilingual, type Case, type Locale, type ProcedureDefinition } from '@motcua/core';
import { textIn } from '@motcua/runtime';
import { html, nothing } from 'lit';
import { replacedAt } from './list-edit.js';

/** Which list an editor edits: the procedure's own (common to every case), or one case's. */
export type Scope = number | 'base';

type Member = 'documents' | 'fees' | 'steps';

const SCOPE_WORDS = {
  label: { vi: 'Phần đang sửa', en: 'Editing' },
  base: { vi: 'Chung cho mọi trường hợp', en: 'Common to every case' },
  case: { vi: 'Riêng trường hợp “{name}”', en: 'Only the case “{name}”' },
} as const satisfies Record<string, Bilingual>;

/** The case a scope names, when it still exists. */
function caseOf(definition: ProcedureDefinition | undefined, scope: Scope): Case | undefined {
  return scope === 'base' ? undefined : definition?.cases?.[scope];
}

/** The JSON Pointer of the list a scope edits. */
export function listPointer(scope: Scope, member: Member): string {
  return scope === 'base' ? `/${member}` : `/cases/${scope}/${member}`;
}

/** The list a scope edits (empty when there is none yet); a scope whose case is gone reads as the common list. */
export function listIn<T>(definition: ProcedureDefinition | undefined, scope: Scope, member: Member): T[] {
  const holder = (caseOf(definition, scope) ?? definition) as Record<string, unknown> | undefined;
  const list = holder?.[member];
  return Array.isArray(list) ? (list as T[]) : [];
}

/** Whether the scope's list exists at all: a case without its own steps takes the common ones. */
export function hasList(definition: ProcedureDefinition | undefined, scope: Scope, member: Member): boolean {
  const holder = (caseOf(definition, scope) ?? definition) as Record<string, unknown> | undefined;
  return Array.isArray(holder?.[member]);
}

/** The definition with the scope's list replaced, or dropped when `list` is undefined. */
export function withList(definition: ProcedureDefinition | undefined, scope: Scope, member: Member, list: unknown[] | undefined): ProcedureDefinition {
  const chosen = caseOf(definition, scope);
  const put = <H extends object>(holder: H): H => {
    const next = { ...holder } as Record<string, unknown>;
    if (list === undefined) delete next[member];
    else next[member] = list;
    return next as H;
  };
  if (!chosen || scope === 'base') return put({ ...definition } as ProcedureDefinition);
  return { ...(definition as ProcedureDefinition), cases: replacedAt((definition as ProcedureDefinition).cases, scope, put(chosen)) };
}

/** A select of the scopes, shown only when the procedure has several cases. */
export function scopeSelect(definition: ProcedureDefinition | undefined, scope: Scope, locale: Locale, onChange: (scope: Scope) => void) {
  const cases = definition?.cases ?? [];
  if (cases.length < 2) return nothing;
  return html`<div class="field scope">
    <label for="scope">${SCOPE_WORDS.label[locale]}</label>
    <select id="scope" @change=${(e: Event) => {
      const value = (e.target as HTMLSelectElement).value;
      onChange(value === 'base' ? 'base' : Number(value));
    }}>
      <option value="base" ?selected=${scope === 'base'}>${SCOPE_WORDS.base[locale]}</option>
      ${cases.map((c, i) => html`<option value=${i} ?selected=${scope === i}>${format(SCOPE_WORDS.case[locale], { name: textIn(c.name, locale) || c.id })}</option>`)}
    </select>
  </div>`;
}

/** The scope, or the common list when its case is gone (removed in the JSON view meanwhile). */
export function scopeStillThere(definition: ProcedureDefinition | undefined, scope: Scope): Scope {
  return scope === 'base' || definition?.cases?.[scope] ? scope : 'base';
}

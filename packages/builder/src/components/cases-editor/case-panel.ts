import type { Case, ProcedureDefinition } from '@motcua/core';
import { metaSchemaPart, pruned, type PanelForm } from '../../shared/meta-schema-part.js';
import { META_SCHEMA_WORDS, type SchemaWords } from '../../shared/meta-schema-words.js';

type Json = Record<string, unknown>;

/**
 * The members of a case this editor shows with its own controls (id, condition, exclusions), and
 * those the documents, fees and steps tabs edit "for one case": the panel shows every other one,
 * so a property the meta-schema's Case gains shows up in it with no new code.
 */
const EDITED_ELSEWHERE: ReadonlySet<string> = new Set(['id', 'when', 'exclude', 'documents', 'fees', 'steps']);

/** The words of the meta-schema's Case, by JSON Pointer into `procedure.schema.json`, beside the shared ones. */
export const CASE_WORDS: Readonly<Record<string, SchemaWords>> = {
  '/$defs/Case': { title: { vi: 'Trường hợp', en: 'Case' } },
  '/$defs/Case/properties/name': { title: { vi: 'Tên trường hợp', en: 'Name of the case' } },
  '/$defs/Case/properties/description': { title: { vi: 'Mô tả', en: 'Description' }, description: { vi: 'Khi nào người nộp thuộc trường hợp này, nói cho họ hiểu.', en: 'When an applicant falls in this case, in words they understand.' } },
  '/$defs/Case/properties/serviceLevel': { title: { vi: 'Thời hạn riêng của trường hợp', en: 'This case’s own time limit' }, description: { vi: 'Để trống thì dùng thời hạn chung.', en: 'Leave it empty to use the common time limit.' } },
  '/$defs/Case/properties/channels': { title: { vi: 'Cách thức riêng của trường hợp', en: 'This case’s own channels' }, description: { vi: 'Nếu có, thay cho các cách thức chung.', en: 'When given, they replace the common channels.' } },
};

const CASE_POINTER = '/$defs/Case';
const CASE_DATA = '/cases/items';

/** A key of the English overlay moved from where the Case sits in the meta-schema to the panel's root. */
function rootKey(key: string): string | undefined {
  if (key.startsWith(`/schema${CASE_POINTER}/properties/`)) return `/schema${key.slice(`/schema${CASE_POINTER}`.length)}`;
  if (key.startsWith(`/uiSchema${CASE_DATA}/`)) return `/uiSchema${key.slice(`/uiSchema${CASE_DATA}`.length)}`;
  if (key.startsWith('/uiSchema/')) return undefined;
  return key;
}

/**
 * A panel whose root is one case: the meta-schema's `cases` part (its words and hints worked out
 * as for every panel, with `$defs` so each `$ref` resolves), re-rooted at the Case definition and
 * cut to the members no other control edits.
 */
export function casePanelForm(): PanelForm {
  const part = metaSchemaPart(['cases'], { ...META_SCHEMA_WORDS, ...CASE_WORDS });
  const defs = part.schema.$defs as Record<string, Json>;
  const definition = defs.Case as Json;
  const properties = Object.fromEntries(
    Object.entries(definition.properties as Json)
      .filter(([name]) => !EDITED_ELSEWHERE.has(name))
      // rjsf fills a list with `minItems` with blank items: a case's own list starts empty instead (core still refuses an empty one, and an emptied one is dropped).
      .map(([name, property]) => [name, Object.fromEntries(Object.entries(property as Json).filter(([key]) => key !== 'minItems'))]),
  );
  const members = Object.keys(properties) as (keyof ProcedureDefinition)[];
  const schema: Json = {
    type: 'object',
    properties,
    required: (definition.required as string[]).filter((name) => name in properties),
    additionalProperties: false,
    $defs: defs,
  };
  const uiSchema = ((part.uiSchema.cases as Json | undefined)?.items ?? {}) as Json;
  const en = Object.fromEntries(Object.entries(part.i18n.en).flatMap(([key, text]) => {
    const moved = rootKey(key);
    return moved ? [[moved, text]] : [];
  }));
  return { members, schema, uiSchema, i18n: { en } };
}

/** The members of a case the panel edits. */
export function panelData(form: PanelForm, item: Case): Json {
  return Object.fromEntries(form.members.flatMap((member) => (member in item ? [[member, (item as unknown as Json)[member]]] : [])));
}

/** Whether a value holds nothing typed: rjsf fills a list with `minItems` with empty items the officer never touched. */
function blank(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.every(blank);
  if (typeof value === 'object' && value !== null) return Object.values(value).every(blank);
  return false;
}

/** The case with the panel's members replaced by what the panel gave: groups the case did not have and nothing was typed in are left out, and an emptied list is dropped (the case then takes the common one). */
export function withPanelData(form: PanelForm, item: Case, formData: unknown): Case {
  const given = (typeof formData === 'object' && formData !== null ? formData : {}) as Json;
  const next: Json = { ...item };
  for (const member of form.members) {
    const before = next[member];
    const value = pruned(given[member], before);
    if (value === undefined || (blank(value) && (before === undefined || Array.isArray(value)))) delete next[member];
    else next[member] = value;
  }
  return next as unknown as Case;
}

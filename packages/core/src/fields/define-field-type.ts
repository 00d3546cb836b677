import type { Bilingual } from '../i18n/bilingual.js';
import type { Form, LocalText } from '../procedure.types.js';
import {
  compact,
  emptyField,
  getText,
  putText,
  withoutOwned,
  type Field,
  type OptionalText,
  type SchemaNode,
} from './field-model.js';
import { inspectorForm, labelDraft, optionalTextDraft, t, TEXTAREA_PAIR } from './inspector-form.js';

export type FieldCategory = 'text' | 'number' | 'date' | 'personal' | 'choice' | 'structure';

/** Inspector values as rjsf hands them over: plain JSON, valid against `inspector.schema`. */
export type InspectorValues = Record<string, unknown>;

/**
 * Everything the builder needs to offer, insert and edit one kind of
 * element without code of its own for that kind.
 *
 * - `create(overrides)` is the fragment to insert: `fromInspector` applied to
 *   `defaults` (overridden member by member), so what the palette drops is
 *   exactly what the inspector would produce.
 * - `toInspector(element)` reads the values back; for elements made by
 *   `fromInspector` it returns what went in, save that a bound implied by
 *   "required" (text at least 1 character, list at least 1 entry) is left out.
 * - `fromInspector(values, base)` builds the element. With `base` it edits
 *   that element: what the type does not own (a section's children, keywords
 *   the inspector does not show) is kept. Values are expected to be valid
 *   against `inspector.schema`; what that schema cannot say throws FieldError.
 */
export interface ElementType<T> {
  readonly id: string;
  readonly category: FieldCategory;
  readonly label: Bilingual;
  readonly description: Bilingual;
  /** A Material Symbols name for the builder's palette. */
  readonly icon: string;
  readonly inspector: Form;
  readonly defaults: InspectorValues;
  create(overrides?: InspectorValues): T;
  toInspector(element: T): InspectorValues;
  fromInspector(values: InspectorValues, base?: T): T;
}

export type FieldType = ElementType<Field>;

/** The inspector values every field type shares. */
export interface CommonValues {
  label: LocalText;
  hint?: OptionalText;
  placeholder?: OptionalText;
  required?: boolean;
}

/**
 * What a leaf field (one answer, or a fixed composite like an address) owns:
 * every keyword that says what the answer is. Writing them all afresh lets
 * the builder turn a field into another type and leaves no stale constraint.
 */
const LEAF_OWNED = [
  ...[
    'type', 'format', 'pattern', 'enum', 'const', 'oneOf', 'anyOf', 'items', 'uniqueItems', 'minItems', 'maxItems',
    'minLength', 'maxLength', 'minimum', 'maximum', 'formatMinimum', 'formatMaximum', 'default',
    'properties', 'required', 'additionalProperties',
  ].map((keyword) => `/schema/${keyword}`),
  '/uiSchema/ui:widget',
  '/uiSchema/ui:field',
];

export interface FieldTypeSpec<V extends CommonValues> {
  id: string;
  category: FieldCategory;
  label: Bilingual;
  description: Bilingual;
  icon: string;
  /** Whether the officer writes a `ui:placeholder`. */
  placeholder: boolean;
  /** Inspector properties of the type's own options, texts written with `t()`. */
  options: SchemaNode;
  optionsRequired?: string[];
  /** Extra keywords of the inspector's root (conditional rules). */
  rules?: SchemaNode;
  defaults: Partial<V>;
  /** Pointers into the field this type writes; leaf types own every value keyword. */
  owned?: readonly string[];
  write(field: Field, values: V): void;
  read(field: Field): Partial<V>;
}

export function defineFieldType<V extends CommonValues>(spec: FieldTypeSpec<V>): FieldType {
  const owned = [
    '/schema/title',
    '/schema/description',
    ...(spec.placeholder ? ['/uiSchema/ui:placeholder'] : []),
    ...(spec.owned ?? LEAF_OWNED),
  ];
  const properties: SchemaNode = {
    label: labelDraft(t('Nhãn', 'Label')),
    hint: optionalTextDraft(t('Hướng dẫn', 'Hint'), 2000),
    ...(spec.placeholder ? { placeholder: optionalTextDraft(t('Chữ gợi ý trong ô nhập', 'Placeholder'), 200) } : {}),
    required: { type: 'boolean', title: t('Bắt buộc trả lời', 'Answer required') },
    ...spec.options,
  };
  const inspector = inspectorForm(
    {
      type: 'object',
      title: t(spec.label.vi, spec.label.en),
      properties,
      required: ['label', ...(spec.optionsRequired ?? [])],
      additionalProperties: false,
      ...spec.rules,
    },
    { 'ui:order': Object.keys(properties), hint: TEXTAREA_PAIR },
  );
  const defaults: InspectorValues = {
    label: { ...spec.label },
    required: false,
    ...spec.defaults,
  };

  function fromInspector(values: InspectorValues, base?: Field): Field {
    const v = values as unknown as V;
    const field = base ? withoutOwned(base, owned) : emptyField();
    putText(field, '/schema/title', v.label);
    putText(field, '/schema/description', v.hint);
    if (spec.placeholder) putText(field, '/uiSchema/ui:placeholder', v.placeholder);
    field.required = v.required === true;
    spec.write(field, v);
    return field;
  }

  return {
    id: spec.id,
    category: spec.category,
    label: spec.label,
    description: spec.description,
    icon: spec.icon,
    inspector,
    defaults,
    create: (overrides = {}) => fromInspector({ ...defaults, ...overrides }),
    toInspector: (field) =>
      compact({
        label: getText(field, '/schema/title') ?? { vi: '' },
        hint: getText(field, '/schema/description'),
        placeholder: spec.placeholder ? getText(field, '/uiSchema/ui:placeholder') : undefined,
        required: field.required,
        ...spec.read(field),
      }),
    fromInspector,
  };
}

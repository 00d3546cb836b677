import type { Bilingual } from '../i18n/bilingual.js';
import type { LocalText } from '../procedure.types.js';
import { defineFieldType, type CommonValues } from './define-field-type.js';
import { FieldError } from './field-error.js';
import { getText, isNode, putText, type Field, type SchemaNode } from './field-model.js';
import { countDraft, labelDraft, t } from './inspector-form.js';
import { readBounds, writeBounds } from './required-bounds.js';

export interface ChoiceOption {
  /** What the answers store; conditions and fees compare against it. */
  value: string;
  label: LocalText;
}

interface SingleChoiceValues extends CommonValues {
  options: ChoiceOption[];
  default?: string;
}

interface MultipleChoiceValues extends CommonValues {
  options: ChoiceOption[];
  minItems?: number;
  maxItems?: number;
  default?: string[];
}

interface YesNoValues extends CommonValues {
  display: 'radio' | 'checkbox';
  yesLabel: LocalText;
  noLabel: LocalText;
  default?: boolean;
}

const OPTIONS_DRAFT: SchemaNode = {
  type: 'array',
  title: t('Các lựa chọn', 'Options'),
  minItems: 1,
  maxItems: 200,
  items: {
    type: 'object',
    title: t('Lựa chọn', 'Option'),
    properties: {
      value: {
        type: 'string',
        title: t('Giá trị lưu lại', 'Stored value'),
        description: t(
          'Điều kiện và lệ phí so sánh với giá trị này; không đổi nó khi đã có hồ sơ.',
          'Conditions and fees compare against this value; do not change it once dossiers exist.',
        ),
        minLength: 1,
        maxLength: 100,
      },
      label: labelDraft(t('Nhãn hiển thị', 'Shown as')),
    },
    required: ['value', 'label'],
    additionalProperties: false,
  },
};

const NEW_OPTIONS: ChoiceOption[] = [
  { value: 'lua-chon-1', label: { vi: 'Lựa chọn 1', en: 'Option 1' } },
  { value: 'lua-chon-2', label: { vi: 'Lựa chọn 2', en: 'Option 2' } },
];

/**
 * Options are `oneOf` of `{ const, title }` (rjsf's way to label enum
 * values) so each label has a pointer the English overlay can address. Two
 * options with one value would make both match, and `oneOf` then refuses
 * the answer: the choice could never be made.
 */
function writeOptions(field: Field, node: SchemaNode, at: string, options: readonly ChoiceOption[]): void {
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option.value)) {
      throw new FieldError(
        'field-duplicate-option',
        {
          vi: `Hai lựa chọn cùng lưu giá trị “${option.value}”; người dân sẽ không chọn được lựa chọn nào trong hai.`,
          en: `Two options store the value “${option.value}”; citizens could pick neither of them.`,
        },
        { value: option.value },
      );
    }
    seen.add(option.value);
  }
  node.oneOf = options.map((option) => ({ const: option.value }));
  options.forEach((option, i) => putText(field, `${at}/oneOf/${i}/title`, option.label));
}

/** Also reads a plain `enum`, whose values are then their own labels. */
function readOptions(field: Field, at: string, node: unknown): ChoiceOption[] {
  if (!isNode(node)) return [];
  if (Array.isArray(node.enum)) return node.enum.map((value) => ({ value: String(value), label: { vi: String(value) } }));
  const branches = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : [];
  const key = Array.isArray(node.oneOf) ? 'oneOf' : 'anyOf';
  return branches.flatMap((branch, i) =>
    isNode(branch)
      ? [{ value: String(branch.const), label: getText(field, `${at}/${key}/${i}/title`) ?? { vi: String(branch.const) } }]
      : [],
  );
}

function assertDefaultsAreOptions(defaults: readonly string[], options: readonly ChoiceOption[]): void {
  const missing = defaults.find((value) => !options.some((option) => option.value === value));
  if (missing === undefined) return;
  throw new FieldError(
    'field-default-not-an-option',
    {
      vi: `Giá trị mặc định “${missing}” không phải là giá trị của lựa chọn nào.`,
      en: `The default “${missing}” is not the value of any option.`,
    },
    { value: missing },
  );
}

function singleChoice(spec: { id: string; widget: 'radio' | 'select'; label: Bilingual; description: Bilingual; icon: string }) {
  return defineFieldType<SingleChoiceValues>({
    id: spec.id,
    category: 'choice',
    label: spec.label,
    description: spec.description,
    icon: spec.icon,
    placeholder: spec.widget === 'select',
    options: {
      options: OPTIONS_DRAFT,
      default: { type: 'string', title: t('Chọn sẵn', 'Selected at first'), maxLength: 100 },
    },
    optionsRequired: ['options'],
    defaults: { options: NEW_OPTIONS },
    write(field, values) {
      if (values.default !== undefined) assertDefaultsAreOptions([values.default], values.options);
      field.schema.type = 'string';
      writeOptions(field, field.schema, '/schema', values.options);
      if (values.default !== undefined) field.schema.default = values.default;
      field.uiSchema['ui:widget'] = spec.widget;
    },
    read: (field) => ({
      options: readOptions(field, '/schema', field.schema),
      default: typeof field.schema.default === 'string' ? field.schema.default : undefined,
    }),
  });
}

export const RADIO = singleChoice({
  id: 'radio',
  widget: 'radio',
  label: { vi: 'Chọn một (nút tròn)', en: 'Single choice (buttons)' },
  description: { vi: 'Chọn đúng một trong vài lựa chọn, tất cả hiện sẵn.', en: 'Pick one of a few options, all of them shown.' },
  icon: 'radio_button_checked',
});

export const SELECT = singleChoice({
  id: 'select',
  widget: 'select',
  label: { vi: 'Chọn một (danh sách thả xuống)', en: 'Single choice (drop-down)' },
  description: { vi: 'Chọn đúng một trong nhiều lựa chọn, trong một danh sách thả xuống.', en: 'Pick one of many options from a drop-down list.' },
  icon: 'arrow_drop_down_circle',
});

const COUNT = ['minItems', 'maxItems'] as const;

export const CHECKBOXES = defineFieldType<MultipleChoiceValues>({
  id: 'checkboxes',
  category: 'choice',
  label: { vi: 'Chọn nhiều', en: 'Multiple choice' },
  description: { vi: 'Đánh dấu một hoặc nhiều lựa chọn.', en: 'Tick one or more options.' },
  icon: 'check_box',
  placeholder: false,
  options: {
    options: OPTIONS_DRAFT,
    minItems: countDraft(t('Chọn ít nhất', 'Tick at least'), 200),
    maxItems: countDraft(t('Chọn nhiều nhất', 'Tick at most'), 200),
    default: {
      type: 'array',
      title: t('Đánh dấu sẵn', 'Ticked at first'),
      items: { type: 'string', maxLength: 100 },
      uniqueItems: true,
      maxItems: 200,
    },
  },
  optionsRequired: ['options'],
  defaults: { options: NEW_OPTIONS },
  write(field, values) {
    if (values.default !== undefined) assertDefaultsAreOptions(values.default, values.options);
    field.schema.type = 'array';
    const items: SchemaNode = { type: 'string' };
    field.schema.items = items;
    writeOptions(field, items, '/schema/items', values.options);
    field.schema.uniqueItems = true;
    writeBounds(field, COUNT, { ...values }, { vi: 'Số lựa chọn', en: 'Number of choices' });
    if (values.default !== undefined) field.schema.default = values.default;
    field.uiSchema['ui:widget'] = 'checkboxes';
  },
  read: (field) => ({
    options: readOptions(field, '/schema/items', field.schema.items),
    ...readBounds(field, COUNT),
    default: Array.isArray(field.schema.default) ? field.schema.default.map(String) : undefined,
  }),
});

const YES: LocalText = { vi: 'Có', en: 'Yes' };
const NO: LocalText = { vi: 'Không', en: 'No' };

/**
 * A boolean with its two answers labelled in the schema: without `oneOf`,
 * rjsf labels the radio buttons "Yes" and "No" in English.
 */
export const YES_NO = defineFieldType<YesNoValues>({
  id: 'yes-no',
  category: 'choice',
  label: { vi: 'Có hoặc không', en: 'Yes or no' },
  description: { vi: 'Câu hỏi chỉ có hai câu trả lời: có hoặc không.', en: 'A question answered yes or no.' },
  icon: 'toggle_on',
  placeholder: false,
  options: {
    display: {
      type: 'string',
      title: t('Hiển thị', 'Shown as'),
      oneOf: [
        { const: 'radio', title: t('Hai nút “có” và “không”', 'Two buttons, “yes” and “no”') },
        { const: 'checkbox', title: t('Một ô đánh dấu', 'One checkbox') },
      ],
    },
    yesLabel: labelDraft(t('Nhãn của câu trả lời “có”', 'Label of the answer “yes”')),
    noLabel: labelDraft(t('Nhãn của câu trả lời “không”', 'Label of the answer “no”')),
    default: { type: 'boolean', title: t('Chọn sẵn', 'Selected at first') },
  },
  optionsRequired: ['display', 'yesLabel', 'noLabel'],
  defaults: { display: 'radio', yesLabel: YES, noLabel: NO },
  write(field, values) {
    field.schema.type = 'boolean';
    field.schema.oneOf = [{ const: true }, { const: false }];
    putText(field, '/schema/oneOf/0/title', values.yesLabel);
    putText(field, '/schema/oneOf/1/title', values.noLabel);
    if (values.default !== undefined) field.schema.default = values.default;
    field.uiSchema['ui:widget'] = values.display;
  },
  read(field) {
    const branches = Array.isArray(field.schema.oneOf) ? field.schema.oneOf : [];
    const labelOf = (answer: boolean): LocalText | undefined => {
      const i = branches.findIndex((branch) => isNode(branch) && branch.const === answer);
      return i < 0 ? undefined : getText(field, `/schema/oneOf/${i}/title`);
    };
    return {
      display: field.uiSchema['ui:widget'] === 'checkbox' ? 'checkbox' : 'radio',
      yesLabel: labelOf(true) ?? YES,
      noLabel: labelOf(false) ?? NO,
      default: typeof field.schema.default === 'boolean' ? field.schema.default : undefined,
    };
  },
});

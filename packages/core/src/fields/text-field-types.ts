import { defineFieldType, type CommonValues } from './define-field-type.js';
import { stringAt, type SchemaNode } from './field-model.js';
import { countDraft, t } from './inspector-form.js';
import { findPatternPreset, PATTERN_PRESETS } from './pattern-presets.js';
import { readBounds, writeBounds } from './required-bounds.js';

interface LengthValues extends CommonValues {
  minLength?: number;
  maxLength?: number;
}

interface ShortTextValues extends LengthValues {
  patternPreset?: string;
  customPattern?: string;
  default?: string;
}

const CUSTOM = 'custom';
const LENGTH = ['minLength', 'maxLength'] as const;
const LENGTH_NAME = { vi: 'Độ dài', en: 'Length' };

function lengthDrafts(limit: number): SchemaNode {
  return {
    minLength: countDraft(t('Số ký tự tối thiểu', 'Minimum length (characters)'), limit),
    maxLength: countDraft(t('Số ký tự tối đa', 'Maximum length (characters)'), limit),
  };
}

function patternOf(values: ShortTextValues): string | undefined {
  if (values.patternPreset === CUSTOM) return values.customPattern;
  return PATTERN_PRESETS.find((preset) => preset.id === values.patternPreset)?.pattern;
}

function patternValues(pattern: string | undefined): Partial<ShortTextValues> {
  if (pattern === undefined) return {};
  const preset = findPatternPreset(pattern);
  return preset ? { patternPreset: preset.id } : { patternPreset: CUSTOM, customPattern: pattern };
}

export const SHORT_TEXT = defineFieldType<ShortTextValues>({
  id: 'short-text',
  category: 'text',
  label: { vi: 'Văn bản ngắn', en: 'Short text' },
  description: { vi: 'Một dòng chữ: họ tên, tên giấy tờ, số hiệu.', en: 'One line of text: a name, the title of a paper, a reference number.' },
  icon: 'short_text',
  placeholder: true,
  options: {
    ...lengthDrafts(1000),
    patternPreset: {
      type: 'string',
      title: t('Phải có dạng', 'Must look like'),
      oneOf: [
        ...PATTERN_PRESETS.map((preset) => ({ const: preset.id, title: t(preset.label.vi, preset.label.en) })),
        { const: CUSTOM, title: t('Theo biểu thức chính quy tự viết', 'A regular expression of my own') },
      ],
    },
    customPattern: {
      type: 'string',
      title: t('Biểu thức chính quy', 'Regular expression'),
      format: 'regex',
      minLength: 1,
      maxLength: 500,
    },
    default: { type: 'string', title: t('Giá trị mặc định', 'Default value'), maxLength: 1000 },
  },
  rules: {
    if: { properties: { patternPreset: { const: CUSTOM } }, required: ['patternPreset'] },
    then: { required: ['customPattern'] },
  },
  defaults: { maxLength: 200 },
  write(field, values) {
    field.schema.type = 'string';
    writeBounds(field, LENGTH, { ...values }, LENGTH_NAME);
    const pattern = patternOf(values);
    if (pattern !== undefined) field.schema.pattern = pattern;
    if (values.default !== undefined) field.schema.default = values.default;
  },
  read: (field) => ({
    ...readBounds(field, LENGTH),
    ...patternValues(stringAt(field.schema, 'pattern')),
    default: stringAt(field.schema, 'default'),
  }),
});

export const LONG_TEXT = defineFieldType<LengthValues>({
  id: 'long-text',
  category: 'text',
  label: { vi: 'Văn bản dài', en: 'Long text' },
  description: { vi: 'Nhiều dòng chữ: lý do, nội dung đề nghị, ghi chú.', en: 'Several lines of text: a reason, the content of a request, a note.' },
  icon: 'notes',
  placeholder: true,
  options: lengthDrafts(20000),
  defaults: { maxLength: 2000 },
  write(field, values) {
    field.schema.type = 'string';
    writeBounds(field, LENGTH, { ...values }, LENGTH_NAME);
    field.uiSchema['ui:widget'] = 'textarea';
  },
  read: (field) => readBounds(field, LENGTH),
});

import { defineFieldType, type CommonValues } from './define-field-type.js';
import { assertOrdered } from './field-error.js';
import { numberAt } from './field-model.js';
import { t } from './inspector-form.js';

interface NumberValues extends CommonValues {
  integer: boolean;
  minimum?: number;
  maximum?: number;
  default?: number;
}

interface MoneyValues extends CommonValues {
  minimum: number;
  maximum?: number;
  default?: number;
}

const BOUND_TITLES = {
  minimum: t('Giá trị nhỏ nhất', 'Minimum'),
  maximum: t('Giá trị lớn nhất', 'Maximum'),
  default: t('Giá trị mặc định', 'Default value'),
};

/**
 * One type with an "integer" switch rather than two: officers think of "a
 * number" and then of whether halves make sense (pages, copies, people do
 * not), and flipping the switch keeps the field's bounds and texts.
 */
export const NUMBER = defineFieldType<NumberValues>({
  id: 'number',
  category: 'number',
  label: { vi: 'Số', en: 'Number' },
  description: { vi: 'Một con số: số trang, số bản, diện tích.', en: 'A number: pages, copies, an area.' },
  icon: 'pin',
  placeholder: true,
  options: {
    integer: { type: 'boolean', title: t('Chỉ nhận số nguyên', 'Whole numbers only') },
    minimum: { type: 'number', title: BOUND_TITLES.minimum },
    maximum: { type: 'number', title: BOUND_TITLES.maximum },
    default: { type: 'number', title: BOUND_TITLES.default },
  },
  optionsRequired: ['integer'],
  rules: {
    if: { properties: { integer: { const: true } }, required: ['integer'] },
    then: { properties: { minimum: { type: 'integer' }, maximum: { type: 'integer' }, default: { type: 'integer' } } },
  },
  defaults: { integer: true, minimum: 0 },
  write(field, values) {
    assertOrdered(values.minimum, values.maximum, { vi: 'Giá trị', en: 'Value' });
    field.schema.type = values.integer ? 'integer' : 'number';
    if (values.minimum !== undefined) field.schema.minimum = values.minimum;
    if (values.maximum !== undefined) field.schema.maximum = values.maximum;
    if (values.default !== undefined) field.schema.default = values.default;
  },
  read: (field) => ({
    integer: field.schema.type === 'integer',
    minimum: numberAt(field.schema, 'minimum'),
    maximum: numberAt(field.schema, 'maximum'),
    default: numberAt(field.schema, 'default'),
  }),
});

/** Amounts in đồng: the currency has no subunit in use, and no fee or price is negative. */
export const MONEY = defineFieldType<MoneyValues>({
  id: 'money',
  category: 'number',
  label: { vi: 'Số tiền', en: 'Amount of money' },
  description: { vi: 'Một số tiền bằng đồng Việt Nam, không có phần lẻ.', en: 'An amount in Vietnamese đồng, without fractions.' },
  icon: 'payments',
  placeholder: true,
  options: {
    minimum: { type: 'integer', title: t('Số tiền nhỏ nhất (đồng)', 'Smallest amount (VND)'), minimum: 0 },
    maximum: { type: 'integer', title: t('Số tiền lớn nhất (đồng)', 'Largest amount (VND)'), minimum: 0 },
    default: { type: 'integer', title: t('Số tiền mặc định (đồng)', 'Default amount (VND)'), minimum: 0 },
  },
  defaults: { minimum: 0 },
  write(field, values) {
    const minimum = values.minimum ?? 0;
    assertOrdered(minimum, values.maximum, { vi: 'Số tiền', en: 'Amount' });
    field.schema.type = 'integer';
    field.schema.minimum = minimum;
    if (values.maximum !== undefined) field.schema.maximum = values.maximum;
    if (values.default !== undefined) field.schema.default = values.default;
    field.uiSchema['ui:widget'] = 'money';
  },
  read: (field) => ({
    minimum: numberAt(field.schema, 'minimum') ?? 0,
    maximum: numberAt(field.schema, 'maximum'),
    default: numberAt(field.schema, 'default'),
  }),
});

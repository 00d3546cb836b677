import { defineFieldType, type CommonValues } from './define-field-type.js';
import { assertOrdered } from './field-error.js';
import { stringAt } from './field-model.js';
import { t } from './inspector-form.js';

interface DateValues extends CommonValues {
  earliest?: string;
  latest?: string;
}

/**
 * A calendar date ("2025-07-01"). No `ui:widget`: rjsf and the runtime pick
 * the date picker from `format: date`, and a second statement of the same
 * fact could disagree with the first. Bounds are fixed dates
 * (formatMinimum/formatMaximum from ajv-formats); "not in the future" is
 * relative to the day of submission and is not a schema's to say.
 */
export const DATE = defineFieldType<DateValues>({
  id: 'date',
  category: 'date',
  label: { vi: 'Ngày', en: 'Date' },
  description: { vi: 'Một ngày theo lịch: ngày sinh, ngày cấp giấy tờ.', en: 'A calendar date: a date of birth, the date a paper was issued.' },
  icon: 'calendar_month',
  placeholder: false,
  options: {
    earliest: { type: 'string', format: 'date', title: t('Không trước ngày', 'Not before') },
    latest: { type: 'string', format: 'date', title: t('Không sau ngày', 'Not after') },
  },
  defaults: {},
  write(field, values) {
    assertOrdered(values.earliest, values.latest, { vi: 'Khoảng ngày', en: 'Date range' });
    field.schema.type = 'string';
    field.schema.format = 'date';
    if (values.earliest !== undefined) field.schema.formatMinimum = values.earliest;
    if (values.latest !== undefined) field.schema.formatMaximum = values.latest;
  },
  read: (field) => ({
    earliest: stringAt(field.schema, 'formatMinimum'),
    latest: stringAt(field.schema, 'formatMaximum'),
  }),
});

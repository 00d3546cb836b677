import type { Bilingual } from './bilingual.js';

/**
 * What each JSON Schema keyword's failure means, in plain words for citizens
 * and officers (ajv-i18n has no Vietnamese, and its English is validator
 * jargon). `{label}` is the field's title; the other placeholders are the
 * failed keyword's parameters.
 */
export const VALIDATION_MESSAGES: Readonly<Record<string, Bilingual>> = {
  required: { vi: 'Vui lòng nhập {label}.', en: 'Enter {label}.' },
  type: { vi: '{label} phải là {expected}.', en: '{label} must be {expected}.' },
  minLength: { vi: '{label} phải có ít nhất {limit} ký tự.', en: '{label} must be at least {limit} characters.' },
  maxLength: { vi: '{label} chỉ được tối đa {limit} ký tự.', en: '{label} must be {limit} characters or fewer.' },
  pattern: { vi: '{label} không đúng định dạng.', en: '{label} is not in the right format.' },
  format: { vi: '{label} phải là {expected}.', en: '{label} must be {expected}.' },
  minimum: { vi: '{label} phải từ {limit} trở lên.', en: '{label} must be {limit} or more.' },
  maximum: { vi: '{label} không được lớn hơn {limit}.', en: '{label} must be {limit} or less.' },
  exclusiveMinimum: { vi: '{label} phải lớn hơn {limit}.', en: '{label} must be more than {limit}.' },
  exclusiveMaximum: { vi: '{label} phải nhỏ hơn {limit}.', en: '{label} must be less than {limit}.' },
  multipleOf: { vi: '{label} phải là bội số của {limit}.', en: '{label} must be a multiple of {limit}.' },
  enum: { vi: 'Vui lòng chọn {label} trong danh sách.', en: 'Choose {label} from the list.' },
  const: { vi: '{label} không đúng giá trị yêu cầu.', en: '{label} does not have the required value.' },
  minItems: { vi: '{label} cần ít nhất {limit} mục.', en: '{label} needs at least {limit} entries.' },
  maxItems: { vi: '{label} chỉ được tối đa {limit} mục.', en: '{label} can have at most {limit} entries.' },
  uniqueItems: { vi: '{label} có mục bị trùng lặp.', en: '{label} has duplicate entries.' },
  minProperties: { vi: '{label} cần ít nhất {limit} mục.', en: '{label} needs at least {limit} entries.' },
  maxProperties: { vi: '{label} chỉ được tối đa {limit} mục.', en: '{label} can have at most {limit} entries.' },
  additionalProperties: {
    vi: '“{property}” không phải là một mục được phép ở đây.',
    en: '“{property}” is not allowed here.',
  },
  unevaluatedProperties: {
    vi: '“{property}” không phải là một mục được phép ở đây.',
    en: '“{property}” is not allowed here.',
  },
  propertyNames: { vi: 'Tên “{property}” không hợp lệ.', en: 'The name “{property}” is not valid.' },
  dependentRequired: {
    vi: 'Khi đã nhập {label}, vui lòng nhập cả “{missing}”.',
    en: 'When {label} is given, enter “{missing}” too.',
  },
  formatMinimum: { vi: '{label} phải từ {limit} trở đi.', en: '{label} must be {limit} or later.' },
  formatMaximum: { vi: '{label} không được sau {limit}.', en: '{label} must be {limit} or earlier.' },
  formatExclusiveMinimum: { vi: '{label} phải sau {limit}.', en: '{label} must be after {limit}.' },
  formatExclusiveMaximum: { vi: '{label} phải trước {limit}.', en: '{label} must be before {limit}.' },
  oneOf: { vi: '{label} không khớp với đúng một lựa chọn.', en: '{label} does not match exactly one option.' },
  anyOf: { vi: '{label} không khớp với lựa chọn nào.', en: '{label} matches none of the options.' },
  not: { vi: '{label} không được có giá trị này.', en: '{label} must not have this value.' },
  contains: { vi: '{label} thiếu một mục bắt buộc.', en: '{label} is missing a required entry.' },
  minContains: { vi: '{label} thiếu một mục bắt buộc.', en: '{label} is missing a required entry.' },
  maxContains: { vi: '{label} có quá nhiều mục loại này.', en: '{label} has too many entries of this kind.' },
  discriminator: { vi: '{label} có loại “{tag}” không hợp lệ.', en: '{label} has a type “{tag}” that is not valid.' },
  false: { vi: '{label} không được phép ở đây.', en: '{label} is not allowed here.' },
  fallback: { vi: '{label} không hợp lệ.', en: '{label} is not valid.' },
};

/** How a value's expected JSON type reads in a sentence. */
export const TYPE_NAMES: Readonly<Record<string, Bilingual>> = {
  string: { vi: 'một đoạn văn bản', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  integer: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: '“có” hoặc “không”', en: '“yes” or “no”' },
  array: { vi: 'một danh sách', en: 'a list' },
  object: { vi: 'một nhóm thông tin', en: 'a group of answers' },
  null: { vi: 'để trống', en: 'empty' },
};

/** How a format reads in a sentence, with an example where one helps. */
export const FORMAT_NAMES: Readonly<Record<string, Bilingual>> = {
  date: { vi: 'một ngày có thật (ngày/tháng/năm)', en: 'a real date (day, month, year)' },
  time: { vi: 'một giờ hợp lệ, ví dụ 08:30', en: 'a valid time, like 08:30' },
  'date-time': { vi: 'một ngày giờ hợp lệ', en: 'a valid date and time' },
  email: { vi: 'một địa chỉ thư điện tử, ví dụ ten@example.com', en: 'an email address, like name@example.com' },
  uri: { vi: 'một địa chỉ web đầy đủ, bắt đầu bằng https://', en: 'a full web address starting with https://' },
  url: { vi: 'một địa chỉ web đầy đủ, bắt đầu bằng https://', en: 'a full web address starting with https://' },
};

/** The default subject of a sentence when the field has no title. */
export const DEFAULT_LABEL: Bilingual = { vi: 'Giá trị này', en: 'This value' };

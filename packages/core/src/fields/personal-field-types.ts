import type { Bilingual } from '../i18n/bilingual.js';
import { defineFieldType, type CommonValues } from './define-field-type.js';
import { putText } from './field-model.js';
import { CITIZEN_ID_PATTERN, PATTERN_PRESETS, VIETNAMESE_MOBILE_PATTERN } from './pattern-presets.js';

const exampleOf = (id: string): string => PATTERN_PRESETS.find((preset) => preset.id === id)?.example ?? '';

/** 254 characters is the longest address SMTP delivers (RFC 5321). */
export const EMAIL = defineFieldType<CommonValues>({
  id: 'email',
  category: 'personal',
  label: { vi: 'Thư điện tử', en: 'Email' },
  description: { vi: 'Địa chỉ thư điện tử để nhận thông báo.', en: 'An email address for notices.' },
  icon: 'mail',
  placeholder: true,
  options: {},
  defaults: {},
  write(field) {
    field.schema.type = 'string';
    field.schema.format = 'email';
    field.schema.maxLength = 254;
  },
  read: () => ({}),
});

export const PHONE = defineFieldType<CommonValues>({
  id: 'phone',
  category: 'personal',
  label: { vi: 'Số điện thoại di động', en: 'Mobile phone number' },
  description: { vi: 'Số di động Việt Nam, bắt đầu bằng 0 hoặc +84.', en: 'A Vietnamese mobile number, starting with 0 or +84.' },
  icon: 'smartphone',
  placeholder: true,
  options: {},
  defaults: { placeholder: { vi: exampleOf('vn-mobile') } },
  write(field) {
    field.schema.type = 'string';
    field.schema.pattern = VIETNAMESE_MOBILE_PATTERN;
    field.uiSchema['ui:widget'] = 'phone';
  },
  read: () => ({}),
});

export const CITIZEN_ID = defineFieldType<CommonValues>({
  id: 'citizen-id',
  category: 'personal',
  label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' },
  description: {
    vi: '12 chữ số in trên thẻ căn cước hoặc căn cước công dân.',
    en: 'The 12 digits printed on the identity card (căn cước or căn cước công dân).',
  },
  icon: 'badge',
  placeholder: true,
  options: {},
  defaults: { placeholder: { vi: exampleOf('citizen-id') } },
  write(field) {
    field.schema.type = 'string';
    field.schema.pattern = CITIZEN_ID_PATTERN;
    field.uiSchema['ui:widget'] = 'citizen-id';
  },
  read: () => ({}),
});

const ADDRESS_PARTS: readonly { name: string; title: Bilingual; maxLength: number }[] = [
  { name: 'province', title: { vi: 'Tỉnh, thành phố', en: 'Province or city' }, maxLength: 100 },
  { name: 'commune', title: { vi: 'Xã, phường, đặc khu', en: 'Commune, ward or special zone' }, maxLength: 100 },
  {
    name: 'detail',
    title: { vi: 'Số nhà, đường phố, thôn, tổ dân phố', en: 'House number, street, village or neighbourhood' },
    maxLength: 200,
  },
];

/**
 * Since 1 July 2025 local government has two tiers, province and commune;
 * there is no district. The parts are fixed, not edited per form, so every
 * address in every procedure can be read the same way. `additionalProperties:
 * false` refuses a `district` sent by an out-of-date client.
 */
export const ADDRESS = defineFieldType<CommonValues>({
  id: 'address',
  category: 'personal',
  label: { vi: 'Địa chỉ', en: 'Address' },
  description: { vi: 'Tỉnh, xã và số nhà, theo hai cấp chính quyền địa phương.', en: 'Province, commune and street address, after the two-tier reform.' },
  icon: 'home_pin',
  placeholder: false,
  options: {},
  defaults: {},
  write(field) {
    field.schema.type = 'object';
    field.schema.properties = Object.fromEntries(
      ADDRESS_PARTS.map((part) => [part.name, { type: 'string', minLength: 1, maxLength: part.maxLength }]),
    );
    for (const part of ADDRESS_PARTS) putText(field, `/schema/properties/${part.name}/title`, part.title);
    field.schema.required = ADDRESS_PARTS.map((part) => part.name);
    field.schema.additionalProperties = false;
    field.uiSchema['ui:field'] = 'address';
  },
  read: () => ({}),
});

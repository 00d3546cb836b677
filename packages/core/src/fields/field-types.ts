import type { Bilingual } from '../i18n/bilingual.js';
import { ADDRESS, CITIZEN_ID, EMAIL, PHONE } from './personal-field-types.js';
import { CHECKBOXES, RADIO, SELECT, YES_NO } from './choice-field-types.js';
import { DATE } from './date-field-type.js';
import type { FieldCategory, FieldType } from './define-field-type.js';
import { MONEY, NUMBER } from './number-field-types.js';
import { PAGE_TYPE, type PageType } from './page-type.js';
import { GROUP, SECTION } from './structure-field-types.js';
import { LONG_TEXT, SHORT_TEXT } from './text-field-types.js';

/** The kinds of schema node the builder can insert and edit, in palette order. */
export const FIELD_TYPES: readonly FieldType[] = [
  SHORT_TEXT,
  LONG_TEXT,
  NUMBER,
  MONEY,
  DATE,
  EMAIL,
  PHONE,
  CITIZEN_ID,
  ADDRESS,
  RADIO,
  SELECT,
  CHECKBOXES,
  YES_NO,
  SECTION,
  GROUP,
];

/** Everything the palette offers: the field types, then the page, which lives in the uiSchema only. */
export const PALETTE: readonly (FieldType | PageType)[] = [...FIELD_TYPES, PAGE_TYPE];

export const FIELD_CATEGORIES: readonly { id: FieldCategory; label: Bilingual }[] = [
  { id: 'text', label: { vi: 'Văn bản', en: 'Text' } },
  { id: 'number', label: { vi: 'Số và tiền', en: 'Numbers and money' } },
  { id: 'date', label: { vi: 'Ngày tháng', en: 'Dates' } },
  { id: 'personal', label: { vi: 'Thông tin cá nhân', en: 'Personal details' } },
  { id: 'choice', label: { vi: 'Lựa chọn', en: 'Choices' } },
  { id: 'structure', label: { vi: 'Bố cục', en: 'Layout' } },
];

export function fieldTypeById(id: string): FieldType | undefined {
  return FIELD_TYPES.find((type) => type.id === id);
}

import type { Bilingual } from '../i18n/bilingual.js';

/**
 * A `pattern` an officer picks by name instead of writing a regular
 * expression. The validator can also use the label to tell a citizen what
 * was expected rather than showing the expression.
 */
export interface PatternPreset {
  id: string;
  label: Bilingual;
  pattern: string;
  /** A value that matches, shown as a placeholder or in help texts. */
  example: string;
}

export const VIETNAMESE_MOBILE_PATTERN = '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$';
export const CITIZEN_ID_PATTERN = '^[0-9]{12}$';

/**
 * Only formats that are settled in law. Postal codes have had 5 digits since
 * 2018 (Decision 2475/QĐ-BTTTT). Tax codes of businesses and organisations
 * are 10 digits, a branch adds a 3-digit suffix; individuals now use their
 * 12-digit personal ID as tax code, which is the citizen-ID preset. Vehicle
 * plates are left out: their layouts differ by vehicle kind and series.
 */
export const PATTERN_PRESETS: readonly PatternPreset[] = [
  {
    id: 'vn-mobile',
    label: { vi: 'Số điện thoại di động Việt Nam', en: 'Vietnamese mobile number' },
    pattern: VIETNAMESE_MOBILE_PATTERN,
    example: '0912345678',
  },
  {
    id: 'citizen-id',
    label: { vi: 'Số định danh cá nhân (12 chữ số)', en: 'Personal ID number (12 digits)' },
    pattern: CITIZEN_ID_PATTERN,
    example: '001099012345',
  },
  {
    id: 'postal-code',
    label: { vi: 'Mã bưu chính (5 chữ số)', en: 'Postal code (5 digits)' },
    pattern: '^[0-9]{5}$',
    example: '10000',
  },
  {
    id: 'tax-code',
    label: {
      vi: 'Mã số thuế doanh nghiệp, tổ chức (10 hoặc 13 chữ số)',
      en: 'Tax code of a business or organisation (10 or 13 digits)',
    },
    pattern: '^[0-9]{10}(-?[0-9]{3})?$',
    example: '0123456789-001',
  },
];

export function findPatternPreset(pattern: string): PatternPreset | undefined {
  return PATTERN_PRESETS.find((preset) => preset.pattern === pattern);
}

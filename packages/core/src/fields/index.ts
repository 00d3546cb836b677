export type { CommonValues, ElementType, FieldCategory, FieldType, InspectorValues } from './define-field-type.js';
export type { ChoiceOption } from './choice-field-types.js';
export { FieldError, type FieldErrorCode } from './field-error.js';
export type { EnglishOverlay, Field, OptionalText, SchemaNode } from './field-model.js';
export { readField, readPage, writeField, writePage } from './field-placement.js';
export { fieldTypeOf } from './field-type-of.js';
export { FIELD_CATEGORIES, FIELD_TYPES, fieldTypeById, PALETTE } from './field-types.js';
export { PAGE_TYPE, type PageElement, type PageType, type UiPage } from './page-type.js';
export {
  CITIZEN_ID_PATTERN,
  findPatternPreset,
  PATTERN_PRESETS,
  VIETNAMESE_MOBILE_PATTERN,
  type PatternPreset,
} from './pattern-presets.js';
export { CUSTOM_WIDGETS, KNOWN_UI_FIELDS, KNOWN_WIDGETS, RJSF_WIDGETS } from './ui-vocabulary.js';

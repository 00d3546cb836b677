// The public surface of @motcua/core. Every name is listed explicitly; the
// package is side-effect free, so a browser bundle that imports only fees,
// documents or dates leaves ajv (reached only through the validation and
// ajv-evaluator modules) out.
export type { AgencyFile } from './agency/agency.types.js';
export { AJV_FORMATS, AJV_OPTIONS } from './ajv/ajv-options.js';
export { createAjv, createDefinitionAjv, type Ajv2020 } from './ajv/create-ajv.js';
export {
  addDays,
  CalendarError,
  checkCalendarSemantics,
  computeDueDate,
  DEFAULT_WEEKEND,
  formatClockTime,
  isoWeekday,
  LABOUR_CODE_2019,
  leapMonthOf,
  lunarNewYear,
  lunarToSolar,
  MAX_AMOUNT_DAYS,
  MAX_AMOUNT_HOURS,
  MAX_CALENDAR_YEAR,
  MIN_CALENDAR_YEAR,
  parseClockTime,
  ResolvedCalendar,
  resolveCalendar,
  solarToLunar,
  statutoryDaysOff,
  statutoryYear,
  validateCalendarFile,
  VIETNAM_UTC_OFFSET,
  vietnamDate,
  vietnamInstant,
  vietnamParts,
  vietnamYear,
  type CalendarErrorCode,
  type CalendarFile,
  type CalendarIssue,
  type CalendarYear,
  type DayInfo,
  type DayKind,
  type DueDate,
  type DueDateInput,
  type Holiday,
  type LunarDate,
  type MakeUpWorkingDay,
  type OfficeSegment,
  type Pause,
  type StatutoryDaysOff,
  type VietnamParts,
  type YearStatus,
} from './calendar/index.js';
export { CaseError, type CaseErrorCode } from './cases/case-error.js';
export { chooseCase } from './cases/choose-case.js';
export { resolveCase, serviceLevelFor, type EffectiveProcedure, type Sourced } from './cases/resolve-case.js';
export { checkCatalogue, type CatalogueEntryReport, type CatalogueFile } from './catalogue/check-catalogue.js';
export { compileConditions, createAjvEvaluator } from './conditions/ajv-evaluator.js';
export { collectConditions, type ConditionEntry } from './conditions/collect-conditions.js';
export { checkContext } from './conditions/check-context.js';
export { normaliseContext, type ConditionContext } from './conditions/condition-context.js';
export {
  predicateEvaluator,
  UnknownConditionError,
  type ConditionEvaluator,
  type Predicate,
} from './conditions/condition-evaluator.js';
export { DEFAULT_DOCUMENT_MAX_SIZE, requiredDocuments, type DocumentRequirement } from './documents/required-documents.js';
export { apologyNotice, type ApologyInput, type ApologyKind } from './dossier/apology-notice.js';
export {
  dossierDue,
  extendedServiceLevel,
  TIMELINESS,
  timelinessOf,
  workingDaysAhead,
  workingDaysLeft,
  type ClockServiceLevel,
  type DossierClockInput,
  type DossierDue,
  type Timeliness,
} from './dossier/dossier-clock.js';
export {
  DOSSIER_ACTIONS,
  DOSSIER_STATES,
  DOSSIER_TRANSITIONS,
  FINAL_STATES,
  STEP_ROLES,
  statesAllowing,
  transitionFor,
  type DossierAction,
  type DossierState,
  type DossierTransition,
  type StepRole,
} from './dossier/dossier-states.js';
export { decisionStepIndex, forwardTargets, nextStepIndex, returnStepIndex } from './dossier/dossier-steps.js';
export { MotcuaError } from './errors.js';
export { FeeError } from './fees/fee-error.js';
export {
  checkFile,
  DEFAULT_DOCUMENT_ACCEPT,
  DETECTION_PREFIX_BYTES,
  detectFileType,
  detectFileTypes,
  fileExtension,
  FileCheckError,
  FILE_TYPES,
  fileTypeForExtension,
  fileTypeForMime,
  formatFileSize,
  MAX_FILE_NAME_BYTES,
  sanitizeFileName,
  type FileCheckErrorCode,
  type FileCheckInput,
  type FileCheckResult,
  type FileCheckRule,
  type FileType,
  type FileTypeId,
} from './files/index.js';
export { computeFees, type AppliedAdjustment, type FeeBreakdown, type FeeLine } from './fees/compute-fees.js';
export {
  branchesOf,
  itemSchemas,
  labelAtPath,
  propertySchemas,
  resolveLocalRef,
  schemasAtPath,
  type LocatedSchema,
} from './form/form-schema.js';
export {
  CITIZEN_ID_PATTERN,
  CUSTOM_WIDGETS,
  FIELD_CATEGORIES,
  FIELD_TYPES,
  FieldError,
  fieldTypeById,
  fieldTypeOf,
  findPatternPreset,
  KNOWN_UI_FIELDS,
  KNOWN_WIDGETS,
  PAGE_TYPE,
  PALETTE,
  PATTERN_PRESETS,
  readField,
  readPage,
  RJSF_WIDGETS,
  VIETNAMESE_MOBILE_PATTERN,
  writeField,
  writePage,
  type ChoiceOption,
  type CommonValues,
  type ElementType,
  type EnglishOverlay,
  type Field,
  type FieldCategory,
  type FieldType,
  type InspectorValues,
  type OptionalText,
  type PageElement,
  type PageType,
  type PatternPreset,
  type SchemaNode,
  type UiPage,
} from './fields/index.js';
export { ifSchemaPointers } from './form/if-schema-pointers.js';
export { AnswerRenameError, renameAnswer, type AnswerRenameErrorCode } from './form/rename-answer.js';
export { orderMembers } from './form/ui-order.js';
export {
  VALIDATOR_MODULE_FORMAT,
  type SchemaPredicate,
  type StandaloneValidate,
  type ValidatorModule,
} from './form/validator-module.js';
export { answerPathOfSection, hiddenSections, pruneHiddenAnswers } from './form/visibility.js';
export { format, LOCALES, pickLocale, type Bilingual, type Locale } from './i18n/bilingual.js';
export { foldVietnamese } from './i18n/fold-vietnamese.js';
export { formatInteger } from './i18n/group-digits.js';
export { formatDate, formatDateTime, formatMoney } from './i18n/vietnam-format.js';
export { FORMAT_NAMES, TYPE_NAMES, VALIDATION_MESSAGES } from './i18n/validation-messages.js';
export { diffJson, type JsonChange } from './json/json-diff.js';
export { escapeToken, getByPointer, joinPointer, parsePointer, unescapeToken } from './json/json-pointer.js';
export { CURRENT_FORMAT_VERSION, migrateProcedure, MigrationError } from './migrations/migrate-procedure.js';
export type {
  ApplicantCategory,
  Case,
  Channel,
  ChannelKind,
  Condition,
  Document,
  Duration,
  Fee,
  FeeAdjustment,
  FeeRule,
  FeeTier,
  Form,
  LegalBasis,
  LocalText,
  LongText,
  Offering,
  ProcedureDefinition,
  Result,
  ServiceLevel,
  Step,
} from './procedure.types.js';
export { quote, type Quote, type QuoteOptions } from './quote.js';
export type { Sector, Taxonomy, Tier } from './taxonomy/taxonomy.types.js';
export { errorPath, localizeError, localizeErrors, type ValidationIssue } from './validation/localize-error.js';
export { validateOffering, type OfferingValidation } from './validation/validate-offering.js';
export {
  MAX_DEFINITION_BYTES,
  validateProcedure,
  type ProcedureValidation,
  type ValidateProcedureOptions,
} from './validation/validate-procedure.js';

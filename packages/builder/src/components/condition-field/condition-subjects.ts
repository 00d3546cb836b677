import { format, type ChannelKind, type Locale, type ProcedureDefinition } from '@motcua/core';
import { CHANNEL_NAMES } from '../../shared/channel-names.js';
import type { ConditionOperator, ConditionValue, SimpleCondition } from '../../shared/context-condition.js';
import { CONDITION_FIELD_TEXT } from './condition-field-text.js';

export interface SubjectOption {
  value: ConditionValue;
  label: string;
}

/** Something a condition can test, with the values it can take when they are known. */
export interface Subject {
  id: SimpleCondition['subject'];
  label: string;
  kind: 'options' | 'boolean' | 'number' | 'text';
  options: SubjectOption[];
}

export const OPERATORS_BY_KIND: Record<Subject['kind'], ConditionOperator[]> = {
  options: ['is', 'is-not', 'one-of'],
  boolean: ['is'],
  number: ['is', 'is-not', 'greater-than'],
  text: ['is', 'is-not'],
};

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function answerSubject(name: string, schema: Json, english: Readonly<Record<string, string | undefined>>, locale: Locale): Subject | undefined {
  const pointer = `/schema/properties/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  const title = typeof schema.title === 'string' ? schema.title : name;
  const label = format(CONDITION_FIELD_TEXT.answer[locale], { label: locale === 'en' ? (english[`${pointer}/title`] ?? title) : title });
  const id = `answer:${name}` as const;
  if (Array.isArray(schema.enum)) {
    return { id, label, kind: 'options', options: schema.enum.filter((v): v is ConditionValue => ['string', 'number', 'boolean'].includes(typeof v)).map((value) => ({ value, label: String(value) })) };
  }
  if (Array.isArray(schema.oneOf) && schema.oneOf.every((option) => isRecord(option) && 'const' in option)) {
    const options = (schema.oneOf as Json[]).map((option, i) => {
      const own = typeof option.title === 'string' ? option.title : String(option.const);
      return { value: option.const as ConditionValue, label: locale === 'en' ? (english[`${pointer}/oneOf/${i}/title`] ?? own) : own };
    });
    return { id, label, kind: 'options', options };
  }
  if (schema.type === 'boolean') return { id, label, kind: 'boolean', options: [] };
  if (schema.type === 'integer' || schema.type === 'number') return { id, label, kind: 'number', options: [] };
  if (schema.type === 'string') return { id, label, kind: 'text', options: [] };
  return undefined;
}

/**
 * What a condition of this definition can test: the applicant categories, channels, ways of
 * returning the result and cases it defines, and its form's top-level questions that have a
 * single value (nested answers are for the JSON view).
 */
export function subjectsOf(definition: ProcedureDefinition | undefined, locale: Locale): Subject[] {
  const t = (key: keyof typeof CONDITION_FIELD_TEXT) => CONDITION_FIELD_TEXT[key][locale];
  const channel = (kind: ChannelKind) => ({ value: kind, label: CHANNEL_NAMES[kind][locale] });
  const subjects: Subject[] = [];
  const categories = definition?.applicantCategories ?? [];
  if (categories.length > 0) subjects.push({ id: 'applicantCategory', label: t('subject.applicantCategory'), kind: 'options', options: categories.map((c) => ({ value: c.id, label: (locale === 'en' ? c.name?.en : undefined) ?? c.name?.vi ?? c.id })) });
  const channels = definition?.channels ?? [];
  if (channels.length > 0) subjects.push({ id: 'channel', label: t('subject.channel'), kind: 'options', options: channels.map((c) => channel(c.kind)) });
  const delivery = definition?.result?.delivery ?? [];
  if (delivery.length > 0) subjects.push({ id: 'delivery', label: t('subject.delivery'), kind: 'options', options: delivery.map(channel) });
  const cases = definition?.cases ?? [];
  if (cases.length > 1) subjects.push({ id: 'case', label: t('subject.case'), kind: 'options', options: cases.map((c) => ({ value: c.id, label: (locale === 'en' ? c.name?.en : undefined) ?? c.name?.vi ?? c.id })) });
  const properties = definition?.form?.schema?.properties;
  const english = definition?.form?.i18n?.en ?? {};
  if (isRecord(properties)) {
    for (const [name, schema] of Object.entries(properties)) {
      const subject = isRecord(schema) ? answerSubject(name, schema, english, locale) : undefined;
      if (subject) subjects.push(subject);
    }
  }
  return subjects;
}

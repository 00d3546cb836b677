import { joinPointer, labelAtPath, type Bilingual, type Form, type Locale } from '@motcua/core';

export interface AnswerRow {
  pointer: string;
  /** The labels from the outermost group down to the field, each as the form words it. */
  label: string;
  value: string;
}

const YES_NO: Readonly<Record<'true' | 'false', Bilingual>> = { true: { vi: 'Có', en: 'Yes' }, false: { vi: 'Không', en: 'No' } };

/**
 * The citizen's answers as lines an officer reads: each answer under its label in the form (a
 * repeated group's items numbered), falling back to the answer's key where the form has no title.
 */
export function answerRows(form: Form | undefined, answers: unknown, locale: Locale): AnswerRow[] {
  const rows: AnswerRow[] = [];
  const labelOf = (pointer: string, key: string) => {
    const label = form ? labelAtPath(form, pointer) : undefined;
    return label ? label[locale] : key;
  };
  const walk = (value: unknown, pointer: string, trail: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const here = joinPointer(pointer, index);
        if (item !== null && typeof item === 'object') walk(item, here, [...trail.slice(0, -1), `${trail.at(-1) ?? ''} ${index + 1}`]);
        else rows.push({ pointer: here, label: `${trail.join(' › ')} ${index + 1}`, value: scalar(item, locale) });
      });
      return;
    }
    if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        const here = joinPointer(pointer, key);
        walk(inner, here, [...trail, labelOf(here, key)]);
      }
      return;
    }
    rows.push({ pointer, label: trail.join(' › '), value: scalar(value, locale) });
  };
  walk(answers, '', []);
  return rows;
}

function scalar(value: unknown, locale: Locale): string {
  if (typeof value === 'boolean') return YES_NO[String(value) as 'true' | 'false'][locale];
  if (value === null || value === undefined) return '';
  return String(value);
}

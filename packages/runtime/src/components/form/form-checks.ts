import { format, type Bilingual, type DocumentRequirement, type Locale, type ProcedureDefinition } from '@motcua/core';
import { textIn } from '../../i18n/runtime-text.js';
import { LATER_TEXT, type LaterTextKey } from './form-text-later.js';
import type { FormState } from './form-session.js';
import { ADDRESS_FIELDS, CHOICE, type FormIssue } from './choice-paths.js';

/** The server's own rule for a recipient's phone (see its submission schema). */
const PHONE = /^(0|\+84)[0-9]{9,10}$/;

function say(key: LaterTextKey, locale: Locale, values: Record<string, string> = {}): string {
  return format((LATER_TEXT[key] as Bilingual)[locale], values);
}

/** The choices the server needs besides the answers: case, agency, how to receive the result and where. */
export function choiceIssues(definition: ProcedureDefinition, state: FormState, needsAgency: boolean, deliveries: readonly string[], locale: Locale): FormIssue[] {
  const issues: FormIssue[] = [];
  if (definition.caseSelection === 'choice' && definition.cases.length > 1 && !state.case) issues.push({ path: CHOICE.case, message: say('caseMissing', locale) });
  if (needsAgency && !state.agency) issues.push({ path: CHOICE.agency, message: say('agencyMissing', locale) });
  if (deliveries.length > 1 && !state.delivery) issues.push({ path: CHOICE.delivery, message: say('deliveryMissing', locale) });
  if (state.delivery === 'postal') {
    const address = state.deliveryAddress ?? {};
    for (const field of ADDRESS_FIELDS) {
      const value = address[field]?.trim();
      const path = `${CHOICE.address}/${field}`;
      if (!value) issues.push({ path, message: say('addressMissing', locale, { label: say(field, locale) }) });
      else if (field === 'phone' && !PHONE.test(value.replace(/\s+/g, ''))) issues.push({ path, message: say('phoneInvalid', locale) });
    }
  }
  return issues;
}

/** Required documents with neither a finished upload nor a promise to post them. */
export function documentIssues(required: readonly DocumentRequirement[], state: FormState, locale: Locale): FormIssue[] {
  return required
    .filter((d) => d.required)
    .filter((d) => {
      const given = state.documents?.[d.id];
      return !given || (given.uploads.length === 0 && !given.byPost);
    })
    .map((d) => ({ path: `$document/${d.id}`, message: say('documentMissing', locale, { name: textIn(d.name, locale) }) }));
}

import { parsePointer, type Bilingual } from '@motcua/core';
import { covers, uiPointerOf } from './form-lens.js';
import { flatten, type Outline } from './form-outline.js';

/** A problem as core's `validateProcedure` reports it: where in the definition, and what, in both languages. */
export interface DesignerProblem {
  path: string;
  message: Bilingual;
}

/** Where the canvas shows a problem: by a question (its key), by a page (`page:N`), or above the form (`form`). */
export type ProblemPlace = string;

const FORM_PLACE = 'form';

/** The form-relative pointer an issue is about: an English text's problem is its Vietnamese text's place. */
function aboutPointer(path: string): string | undefined {
  if (!covers('/form', path)) return undefined;
  const rest = path.slice('/form'.length);
  if (covers('/i18n/en', rest)) {
    const [, , translated] = parsePointer(rest);
    return translated ?? rest;
  }
  return rest;
}

/** The problems of the form, each by the innermost question (or page) it speaks of; the rest of the definition's are the other editors'. */
export function placeProblems(problems: readonly DesignerProblem[], outline: Outline): Map<ProblemPlace, Bilingual[]> {
  const placed = new Map<ProblemPlace, Bilingual[]>();
  const items = flatten(outline.items).reverse();
  for (const problem of problems) {
    const about = aboutPointer(problem.path);
    if (about === undefined) continue;
    const page = /^\/uiSchema\/ui:pages\/(\d+)/.exec(about);
    const item = items.find((each) => covers(`/schema${each.key}`, about) || covers(`/uiSchema${uiPointerOf(each.slot)}`, about));
    const place = page ? `page:${page[1]}` : (item?.key ?? FORM_PLACE);
    placed.set(place, [...(placed.get(place) ?? []), problem.message]);
  }
  return placed;
}

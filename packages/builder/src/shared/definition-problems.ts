import { createDefinitionAjv, validateProcedure, type Ajv2020, type Locale, type ProcedureDefinition, type ValidationIssue } from '@motcua/core';
import { html, nothing } from 'lit';

/**
 * Core's `validateProcedure` verdict on the definition an editor shows, so each problem can be
 * shown next to what it is about: the host's, when it gives one with each issue's code, else
 * worked out here. One per editor: the meta-schema is compiled once, and the verdict is worked
 * out once per definition object (a few milliseconds), not on every render.
 */
export class DefinitionProblems {
  private ajv: Ajv2020 | undefined;
  private checked: { definition: ProcedureDefinition; errors: ValidationIssue[] } | undefined;

  constructor(private readonly given: () => readonly ValidationIssue[] | undefined = () => undefined) {}

  of(definition: ProcedureDefinition | undefined): readonly ValidationIssue[] {
    if (!definition) return [];
    const given = this.given();
    if (given && given.every((issue) => typeof issue.code === 'string')) return given;
    if (this.checked?.definition !== definition) {
      this.ajv ??= createDefinitionAjv();
      this.checked = { definition, errors: validateProcedure(definition, { ajv: this.ajv }).errors };
    }
    return this.checked.errors;
  }

  /** The problems at `pointer` or inside it. */
  at(definition: ProcedureDefinition | undefined, pointer: string): ValidationIssue[] {
    return this.of(definition).filter((issue) => issue.path === pointer || issue.path.startsWith(`${pointer}/`));
  }

  /**
   * The problems at these members that a schema panel cannot see (its own check is the
   * meta-schema's): core's semantic checks, whose codes are hyphenated words where the
   * meta-schema's are JSON Schema keywords (`sector-unknown`, `online-level-mismatch`).
   */
  beyondSchema(definition: ProcedureDefinition | undefined, members: readonly string[]): ValidationIssue[] {
    return members.flatMap((member) => this.at(definition, `/${member}`)).filter((issue) => issue.code.includes('-'));
  }
}

const ERROR_WORD = { vi: 'Lỗi', en: 'Error' } as const;

/** The problems as a list beside the fields they are about, each with its path inside the part. */
export function problemList(issues: readonly ValidationIssue[], locale: Locale, within: string) {
  if (issues.length === 0) return nothing;
  return html`<ul class="problems">
    ${issues.map((issue) => {
      const where = issue.path.slice(within.length);
      return html`<li><span class="visually-hidden">${ERROR_WORD[locale]}: </span>${where ? html`<code>${where}</code> ` : nothing}${issue.message[locale]}</li>`;
    })}
  </ul>`;
}

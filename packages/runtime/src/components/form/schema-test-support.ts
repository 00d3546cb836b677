import { expect } from '@esm-bundle/chai';
import type { Locale, ProcedureDefinition, ValidatorModule } from '@motcua/core';
import { fixture, SERVER, until } from '../../test-support/browser.js';
import { control } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';

/**
 * A form rendering a definition from test-fixtures/ with the validator module
 * the server's generator builds for it, as the builder's preview renders a
 * draft; once it is ready to check answers. `events` collects the
 * `motcua-error`s it fires while starting.
 */
export async function openFixture(
  name: string,
  options: { answers?: Record<string, unknown>; locale?: Locale; events?: CustomEvent<{ code: string; message: string }>[] } = {},
): Promise<MotcuaForm> {
  const [definition, validators] = await Promise.all([
    fetch(`/fixtures/${name}.json`).then((r) => r.json() as Promise<ProcedureDefinition>),
    import(`/fixtures/${name}.validator.js`) as Promise<ValidatorModule>,
  ]);
  const form = fixture<MotcuaForm>(`<motcua-form server="${SERVER}" locale="${options.locale ?? 'vi'}"></motcua-form>`);
  const events = options.events;
  if (events) form.addEventListener('motcua-error', (event) => events.push(event as CustomEvent<{ code: string; message: string }>));
  if (options.answers) form.answers = options.answers;
  form.definition = definition;
  form.validators = validators;
  // The fee total shows once the module the form loads after its first render is in: errors can show from then on.
  await until(() => form.shadowRoot?.querySelector('[part="fee-total"]') !== null);
  return form;
}

/** The answers the form would submit now. */
export function toSubmit(form: MotcuaForm): Record<string, unknown> {
  return form.flow?.session.answers() ?? {};
}

/** The text of the label of the control at `name`. */
export function labelOf(form: MotcuaForm, name: string): string {
  return form.shadowRoot?.querySelector(`label[for="${control(form, name).id}"]`)?.textContent ?? '';
}

/** Answers, and the paths where the form and the server must both find a problem in them: none when they are valid. */
export type VerdictCase = [answers: Record<string, unknown>, problems: string[]];

/** For each case, the form after `validate()` and the server's ajv both find problems at exactly the paths expected. */
export async function expectSameVerdicts(name: string, cases: readonly VerdictCase[]): Promise<void> {
  for (const [given, expected] of cases) {
    const { form, server } = await verdicts(name, given);
    expect(form, `the form, on ${JSON.stringify(given)}`).to.deep.equal(expected);
    expect(server, `the server, on ${JSON.stringify(given)}`).to.deep.equal(expected);
  }
}

/**
 * The paths where the form shows an error after `validate()`, and where the
 * server's own ajv finds one in the answers the form would submit, each
 * moved to the nearest field the form shows as the form moves its own. On a
 * paged form, the last page's verdict: the one that lists every problem.
 */
async function verdicts(name: string, answers: Record<string, unknown>): Promise<{ form: string[]; server: string[] }> {
  const form = await openFixture(name, { answers });
  const flow = form.flow;
  if (!flow) throw new Error(`${name} did not start`);
  flow.page = flow.pages.length - 1;
  await form.validate();
  const submitted = flow.session.answers();
  const response = await fetch(`/fixtures/${name}.verdict.json?answers=${encodeURIComponent(JSON.stringify(submitted))}`);
  // form-pages' issuePath, which a test cannot import: it would bring core, and with it ajv, which is CommonJS.
  const shown = (path: string): string => (path === '' || flow.session.build.byPath.has(path) ? path : shown(path.slice(0, path.lastIndexOf('/'))));
  const server = ((await response.json()) as string[]).map(shown);
  form.parentElement?.remove();
  const sorted = (paths: Iterable<string>) => [...new Set(paths)].filter((p) => !p.startsWith('$')).sort();
  return { form: sorted(flow.errors.keys()), server: sorted(server) };
}

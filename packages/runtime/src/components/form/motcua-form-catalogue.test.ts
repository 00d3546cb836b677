import { expect } from '@esm-bundle/chai';
import type { MotcuaErrorDetail } from '../shared/motcua-element.js';
import { accessibilityViolations, cleanup, loadRuntime } from '../../test-support/browser.js';
import { openForm, settle, SERVER, text, until } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';

interface Published {
  definition: { form: { uiSchema?: { 'ui:pages'?: unknown[] }; i18n?: { en?: Record<string, string> } } };
  offerings: { agency: { id: string } }[];
}

/** Every procedure the server has in force, page after page of its list. */
async function procedureCodes(): Promise<string[]> {
  const codes: string[] = [];
  for (;;) {
    const page = (await (await fetch(`${SERVER}/api/v1/procedures?limit=100&offset=${codes.length}`)).json()) as { items: { code: string }[]; total: number };
    codes.push(...page.items.map((item) => item.code));
    if (page.items.length === 0 || codes.length >= page.total) return codes;
  }
}

// The tests are one per procedure, so the list is needed before mocha collects them.
const codes = await procedureCodes();

/** The value at a JSON Pointer, as the form's `i18n.en` keys name the texts they translate. */
function at(root: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, token) => (node as Record<string, unknown> | undefined)?.[token.replaceAll('~1', '/').replaceAll('~0', '~')], root);
}

/** The form's titles its English translation changes: Vietnamese beside English. */
function translatedTitles(form: Published['definition']['form']): { vi: string; en: string }[] {
  return Object.entries(form.i18n?.en ?? {}).flatMap(([pointer, en]) => {
    const vi = at(form, pointer);
    return /\/(ui:)?title$/.test(pointer) && typeof vi === 'string' && vi !== en ? [{ vi, en }] : [];
  });
}

/** What labels and legends read, without the optional mark. */
function labels(form: MotcuaForm): string[] {
  return [...(form.shadowRoot?.querySelectorAll('label, legend') ?? [])].map((element) => (element.textContent ?? '').replace(/\s+\((optional|không bắt buộc)\)$/, '').trim());
}

/** Waits for what comes after the first fields: the fee panel, and the upload slots drawn. */
async function complete(form: MotcuaForm): Promise<void> {
  await settle(form);
  await until(() => {
    const root = form.shadowRoot;
    const slots = [...(root?.querySelectorAll('motcua-document-slot') ?? [])];
    return (root?.querySelector('.summary h3') ?? null) !== null && slots.every((slot) => (slot.shadowRoot?.childElementCount ?? 0) > 0);
  });
}

const WORDS = {
  vi: { step: (n: number, total: number) => `Bước ${n}/${total}`, next: 'Tiếp tục', submit: 'Nộp hồ sơ', unsupported: 'chưa hiển thị được' },
  en: { step: (n: number, total: number) => `Step ${n} of ${total}`, next: 'Continue', submit: 'Submit', unsupported: 'cannot be shown here' },
};

describe('<motcua-form> for every procedure in the catalogue', () => {
  const errors: string[] = [];
  const record = (event: Event) => errors.push(JSON.stringify((event as CustomEvent<MotcuaErrorDetail>).detail));
  before(async () => {
    await loadRuntime();
    document.addEventListener('motcua-error', record);
  });
  after(() => document.removeEventListener('motcua-error', record));
  afterEach(() => {
    cleanup();
    localStorage.clear();
    errors.length = 0;
  });

  it('finds the procedures in force, each once', () => {
    expect(codes).to.include.members(['2.000815', '1.000894']);
    expect(new Set(codes).size).to.equal(codes.length);
  });

  for (const code of codes) {
    for (const locale of ['vi', 'en'] as const) {
      it(`${code} in ${locale}: every page renders, with no error, in its language, and passes axe`, async () => {
        const { definition, offerings } = (await (await fetch(`${SERVER}/api/v1/procedures/${code}`)).json()) as Published;
        const agency = offerings[0]?.agency.id;
        const form = await openForm(`procedure="${code}" locale="${locale}"${agency ? ` agency="${agency}"` : ''}`);
        expect(form.status).to.equal('ready');
        const words = WORDS[locale];
        const steps = definition.form.uiSchema?.['ui:pages']?.length ?? 1;
        const shown: string[] = [];
        for (let page = 0; page < steps; page += 1) {
          if (page > 0 && form.flow) {
            // Every page, without filling the ones before: the page a citizen would reach by pressing Continue.
            form.flow.page = page;
            form.requestUpdate();
          }
          await complete(form);
          const where = `page ${page + 1} of ${steps}`;
          expect(form.shadowRoot?.querySelectorAll('input, select, textarea').length, `${where}: fields`).to.be.greaterThan(0);
          const progress = form.shadowRoot?.querySelector('.progress')?.textContent;
          if (steps > 1) expect(progress, where).to.contain(words.step(page + 1, steps));
          else expect(progress, 'a one-page form shows no steps').to.equal(undefined);
          expect(form.shadowRoot?.querySelector('button[type="submit"]')?.textContent?.trim(), where).to.equal(page === steps - 1 ? words.submit : words.next);
          expect(text(form), where).not.to.contain(words.unsupported);
          expect(await accessibilityViolations(form), where).to.deep.equal([]);
          shown.push(...labels(form));
        }
        expect(errors).to.deep.equal([]);
        const titles = translatedTitles(definition.form);
        const [ours, theirs] = locale === 'vi' ? (['vi', 'en'] as const) : (['en', 'vi'] as const);
        const otherOnly = new Set(titles.map((title) => title[theirs]).filter((title) => !titles.some((t) => t[ours] === title)));
        expect(shown.filter((label) => titles.some((title) => title[ours] === label)).length, 'labels in the form’s language').to.be.greaterThan(0);
        expect(shown.filter((label) => otherOnly.has(label)), 'labels in the other language').to.deep.equal([]);
      });
    }
  }
});

import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, jsonTextOf, loadBuilder, signIn, until } from '../../test-support/browser.js';
import type { ProcedureOverview, ProcedureStatus } from '../../shared/builder-api.js';
import { fillNewProcedure, freshCode, rows } from '../../test-support/procedures.js';
import type { MotcuaProcedureEditor } from '../procedure-editor/motcua-procedure-editor.component.js';
import type { MotcuaProcedureList } from './motcua-procedure-list.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const status = (element: MotcuaProcedureList) => shadow(element).querySelector('[role=status]')?.textContent ?? '';
const codes = (element: MotcuaProcedureList) => [...shadow(element).querySelectorAll('tbody tr td:first-child')].map((cell) => cell.textContent?.trim());

async function loaded(markup = '<motcua-procedure-list></motcua-procedure-list>'): Promise<MotcuaProcedureList> {
  const element = fixture<MotcuaProcedureList>(markup);
  await until(() => element.items !== undefined);
  await element.updateComplete;
  return element;
}

function type(element: MotcuaProcedureList, words: string): Promise<boolean> {
  const input = shadow(element).querySelector('input[type=search]') as HTMLInputElement;
  input.value = words;
  input.dispatchEvent(new InputEvent('input'));
  return element.updateComplete;
}

/** Chooses in one of the filters (by its label; the status filter when not said) and waits for the server's list. */
async function choose(element: MotcuaProcedureList, value: string, filter = 'Trạng thái'): Promise<void> {
  const select = [...shadow(element).querySelectorAll('[part=filters] label')].find((label) => label.textContent?.trim().startsWith(filter))?.querySelector('select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  // The new filter's request starts with the next update, which forgets the old rows.
  await element.updateComplete;
  await until(() => element.items !== undefined);
  await element.updateComplete;
}

/** What the status line says of the server's list: other test files add and retire procedures. */
async function counted(filter: ProcedureStatus | undefined, locale: 'vi' | 'en'): Promise<string> {
  const total = (await rows(filter)).length;
  if (total === 0) return locale === 'vi' ? 'Không có thủ tục nào khớp.' : 'No procedure matches.';
  return locale === 'vi' ? `${total} trên ${total} thủ tục` : `${total} of ${total} procedures`;
}

const button = (element: MotcuaProcedureList, label: string) => shadow(element).querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;
const creator = (element: MotcuaProcedureList) => shadow(element).querySelector('motcua-new-procedure') as HTMLElement & { values: Record<string, string>; updateComplete: Promise<boolean> };

function opening(element: MotcuaProcedureList): Promise<ProcedureOverview> {
  return new Promise((resolve) => element.addEventListener('motcua-open', (event) => resolve((event as CustomEvent<ProcedureOverview>).detail), { once: true }));
}

describe('<motcua-procedure-list>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const element = await loaded();
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('lists every catalogue procedure with its status and version', async () => {
    const element = await loaded();
    expect(status(element)).to.equal(await counted(undefined, 'vi'));
    expect(element.items?.length).to.be.at.least(22);
    expect(codes(element)).to.include('2.000815');
    const row = [...shadow(element).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('2.000815'));
    expect(row?.textContent).to.contain('Chứng thực bản sao').and.contain('Đã công bố');
  });

  it('finds procedures by code or by name typed without diacritics', async () => {
    const element = await loaded();
    await type(element, 'chung thuc ban sao');
    expect(codes(element)).to.include('2.000815');
    expect(codes(element).length).to.be.lessThan(22);
    await type(element, '2.000815');
    expect(codes(element)).to.deep.equal(['2.000815']);
    await type(element, 'xyzzy quasar');
    expect(status(element)).to.equal('Không có thủ tục nào khớp.');
  });

  it('filters by status, and speaks English when asked', async () => {
    const element = await loaded('<motcua-procedure-list locale="en"></motcua-procedure-list>');
    await choose(element, 'retired', 'Status');
    expect(status(element)).to.equal(await counted('retired', 'en'));
    await choose(element, 'published', 'Status');
    expect(status(element)).to.equal(await counted('published', 'en'));
    expect(codes(element)).to.include('2.000815');
  });

  it('filters by sector and by agency on the server, together with the status', async () => {
    const element = await loaded();
    await until(() => shadow(element).querySelectorAll('[part=filters] option').length > 20);
    await choose(element, 'ho-tich', 'Lĩnh vực');
    const civil = (await (await fetch('/api/v1/admin/procedures?sector=ho-tich')).json()) as { items: ProcedureOverview[] };
    expect(codes(element)).to.deep.equal(civil.items.map((row) => row.code));
    expect(codes(element).length).to.be.greaterThan(0);
    expect([...shadow(element).querySelectorAll('tbody tr td:nth-child(3)')].every((cell) => cell.textContent === 'Hộ tịch')).to.equal(true);
    await choose(element, '', 'Lĩnh vực');
    await choose(element, 'phuong-ba-dinh', 'Cơ quan thực hiện');
    const offered = (await (await fetch('/api/v1/admin/agencies/phuong-ba-dinh')).json()) as { offerings: { procedure: string }[] };
    expect(codes(element)).to.deep.equal(offered.offerings.map((o) => o.procedure).sort());
    await choose(element, 'retired');
    expect(codes(element)).to.deep.equal((await rows('retired')).filter((row) => offered.offerings.some((o) => o.procedure === row.code)).map((row) => row.code));
  });

  it('opens a procedure with its row', async () => {
    const element = await loaded();
    const opened = new Promise<CustomEvent>((resolve) => element.addEventListener('motcua-open', (event) => resolve(event as CustomEvent), { once: true }));
    (shadow(element).querySelector('button[aria-label="Mở 2.000815"]') as HTMLButtonElement).click();
    const { detail } = await opened;
    expect(detail).to.include({ code: '2.000815', status: 'published', latestVersion: 1 });
  });

  it('creates a procedure from scratch, opens it, and lists it as a draft', async () => {
    const element = await loaded();
    [...shadow(element).querySelectorAll('button')].find((b) => b.textContent === 'Tạo thủ tục mới')?.click();
    await element.updateComplete;
    const code = freshCode('M');
    const opened = opening(element);
    await fillNewProcedure(creator(element), { code, nameVi: 'Thủ tục tạo mới để thử', nameEn: 'A procedure made for the test' });
    expect(await opened).to.include({ code, status: 'draft', hasDraft: true });
    cleanup();
    const drafts = await loaded();
    await choose(drafts, 'draft');
    const row = [...shadow(drafts).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(code));
    expect(row?.textContent).to.contain('Bản nháp').and.contain('có bản nháp');
  });

  it('duplicates 2.000815 under a new code and opens the copy, whose form the preview shows', async () => {
    const element = await loaded();
    button(element, 'Nhân bản 2.000815').click();
    await element.updateComplete;
    await until(() => creator(element).values.nameVi !== '');
    const code = freshCode('D');
    const opened = opening(element);
    await fillNewProcedure(creator(element), { code });
    const copy = await opened;
    expect(copy).to.include({ code, status: 'draft', hasDraft: true, latestVersion: null });
    cleanup();
    const [source] = (await rows()).filter((row) => row.code === '2.000815');
    const editor = fixture<MotcuaProcedureEditor>('<motcua-procedure-editor></motcua-procedure-editor>');
    editor.procedure = copy;
    const form = () => editor.shadowRoot?.querySelector('motcua-form')?.shadowRoot;
    await until(() => (form()?.querySelectorAll('label, legend').length ?? 0) > 0);
    await until(() => (jsonTextOf(editor)?.value ?? '') !== '');
    const definition = JSON.parse(jsonTextOf(editor)?.value ?? '') as { code: string; form: unknown };
    expect(definition.code).to.equal(code);
    const original = (await (await fetch(source?.hasDraft ? '/api/v1/admin/procedures/2.000815/draft' : '/api/v1/procedures/2.000815', { cache: 'no-store' })).json()) as { definition: { form: unknown } };
    expect(definition.form).to.deep.equal(original.definition.form);
  });
});

import { expect } from '@esm-bundle/chai';
import type { PublishedVersion } from '../../shared/builder-api.js';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { draftCopy, freshCode, rows } from '../../test-support/procedures.js';
import type { MotcuaProcedureEditor } from '../procedure-editor/motcua-procedure-editor.component.js';
import type { MotcuaPublishPanel } from '../publish-panel/motcua-publish-panel.component.js';
import type { MotcuaVersionHistory } from './motcua-version-history.component.js';

const SOURCE = '2.000815';
const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const button = (element: Element, label: string) => [...shadow(element).querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;
const versionRows = (element: MotcuaVersionHistory) => [...shadow(element).querySelectorAll('[part=versions] tbody tr')].map((tr) => tr.textContent?.replace(/\s+/g, ' ').trim() ?? '');

/** A new procedure, copied from the catalogue and published in force now, as the builder does. */
async function publishedCopy(): Promise<string> {
  const code = freshCode('H');
  await draftCopy(SOURCE, code);
  const response = await fetch(`/api/v1/admin/procedures/${code}/publish`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  if (!response.ok) throw new Error(`could not publish: HTTP ${response.status}`);
  return code;
}

async function history(code: string, locale = 'vi'): Promise<MotcuaVersionHistory> {
  const element = fixture<MotcuaVersionHistory>(`<motcua-version-history locale="${locale}"></motcua-version-history>`);
  element.code = code;
  element.status = 'published';
  element.latestVersion = 1;
  await until(() => element.versions !== undefined);
  await element.updateComplete;
  return element;
}

describe('<motcua-version-history>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with its versions and the retire confirmation', async () => {
    const element = await history(await publishedCopy());
    button(element, 'Bãi bỏ thủ tục').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=confirm]')).to.not.equal(null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('publishes from the editor with a future effective date, then shows the version in the history', async () => {
    const code = freshCode('F');
    await draftCopy(SOURCE, code);
    const editor = fixture<MotcuaProcedureEditor>('<motcua-procedure-editor locale="en"></motcua-procedure-editor>');
    editor.procedure = { code, hasDraft: true, latestVersion: null, status: 'draft' };
    await until(() => shadow(editor).querySelector('motcua-publish-panel') !== null);
    const panel = shadow(editor).querySelector('motcua-publish-panel') as MotcuaPublishPanel;
    const list = shadow(editor).querySelector('motcua-version-history') as MotcuaVersionHistory;
    await until(() => list.versions !== undefined);
    await list.updateComplete;
    expect(shadow(list).textContent).to.contain('No version has been published yet.');
    await panel.updateComplete;
    button(panel, 'Review before publishing').click();
    await until(() => panel.step?.kind === 'ready');
    await panel.updateComplete;
    const date = shadow(panel).querySelector('input[type=datetime-local]') as HTMLInputElement;
    expect(date.value).to.equal('');
    date.value = '2031-03-01T08:30';
    date.dispatchEvent(new InputEvent('input'));
    button(panel, 'Publish a new version').click();
    await until(() => panel.step?.kind === 'published');
    await until(() => (list.versions?.length ?? 0) === 1);
    await list.updateComplete;
    const inForce = new Date('2031-03-01T08:30').toLocaleString('en-GB');
    expect(versionRows(list)).to.have.length(1);
    expect(versionRows(list)[0]).to.match(new RegExp(`^1 ${inForce.replace(/[/.]/g, '\\$&')} \\(not yet in force\\) .+ Administrator$`), 'who published it: the signed-in admin');
    const { items } = (await (await fetch(`/api/v1/admin/procedures/${code}/versions`)).json()) as { items: PublishedVersion[] };
    expect(items[0]?.effectiveFrom).to.equal(new Date('2031-03-01T08:30').toISOString());
    expect(button(list, 'Retire the procedure')).to.not.equal(undefined);
  });

  it('says a version loaded from the catalogue files was published by no officer', async () => {
    const element = await history('2.000815');
    expect(versionRows(element).at(-1)).to.match(/ Nạp từ tệp danh mục$/);
    expect([...shadow(element).querySelectorAll('th')].map((th) => th.textContent)).to.include('Người công bố');
  });

  it('retires only after the officer confirms, and the list then shows it under “retired”', async () => {
    const code = await publishedCopy();
    const element = await history(code);
    const retired: string[] = [];
    element.addEventListener('motcua-retired', (event) => retired.push((event as CustomEvent<{ code: string }>).detail.code));
    button(element, 'Bãi bỏ thủ tục').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=confirm]')?.textContent).to.contain(`Bãi bỏ ${code}?`);
    button(element, 'Không, giữ lại').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[part=confirm]')).to.equal(null);
    expect((await rows('published')).map((row) => row.code)).to.include(code);

    button(element, 'Bãi bỏ thủ tục').click();
    await element.updateComplete;
    button(element, 'Có, bãi bỏ').click();
    await until(() => element.status === 'retired');
    await element.updateComplete;
    expect(retired).to.deep.equal([code]);
    expect(shadow(element).querySelector('[role=status]')?.textContent).to.match(/^Thủ tục đã bãi bỏ/);
    expect(button(element, 'Bãi bỏ thủ tục')).to.equal(undefined);
    expect(versionRows(element)).to.have.length(1);

    cleanup();
    const list = fixture<HTMLElement & { items?: unknown[]; updateComplete: Promise<boolean> }>('<motcua-procedure-list></motcua-procedure-list>');
    await until(() => list.items !== undefined);
    const select = shadow(list).querySelector('select') as HTMLSelectElement;
    select.value = 'retired';
    select.dispatchEvent(new Event('change'));
    await list.updateComplete;
    await until(() => list.items !== undefined);
    await list.updateComplete;
    const row = [...shadow(list).querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes(code));
    expect(row?.textContent).to.contain('Đã bãi bỏ');
    expect((await rows('published')).map((r) => r.code)).to.not.include(code);
  });
});

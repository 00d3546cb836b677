import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import type { MotcuaProcedureList } from './motcua-procedure-list.component.js';

const shadow = (element: MotcuaProcedureList) => element.shadowRoot as ShadowRoot;
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

async function choose(element: MotcuaProcedureList, value: string): Promise<void> {
  const select = shadow(element).querySelector('select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  // The new filter's request starts with the next update, which forgets the old rows.
  await element.updateComplete;
  await until(() => element.items !== undefined);
  await element.updateComplete;
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
    expect(status(element)).to.equal('22 trên 22 thủ tục');
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
    await choose(element, 'retired');
    expect(status(element)).to.equal('No procedure matches.');
    await choose(element, 'published');
    expect(status(element)).to.equal('22 of 22 procedures');
  });

  it('opens a procedure with its row', async () => {
    const element = await loaded();
    const opened = new Promise<CustomEvent>((resolve) => element.addEventListener('motcua-open', (event) => resolve(event as CustomEvent), { once: true }));
    (shadow(element).querySelector('button[aria-label="Mở 2.000815"]') as HTMLButtonElement).click();
    const { detail } = await opened;
    expect(detail).to.include({ code: '2.000815', status: 'published', latestVersion: 1 });
  });
});

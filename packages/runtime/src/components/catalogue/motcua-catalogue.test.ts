import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadRuntime, SERVER, until } from '../../test-support/browser.js';
import type { MotcuaCatalogue } from './motcua-catalogue.component.js';

const shadow = (element: MotcuaCatalogue) => element.shadowRoot as ShadowRoot;
const status = (element: MotcuaCatalogue) => shadow(element).querySelector('[role=status]')?.textContent ?? '';
const codes = (element: MotcuaCatalogue) => [...shadow(element).querySelectorAll('[part=results] .meta')].map((m) => m.textContent?.split(' · ')[0]);

function searchFor(element: MotcuaCatalogue, words: string): void {
  (shadow(element).querySelector('#q') as HTMLInputElement).value = words;
  (shadow(element).querySelector('form') as HTMLFormElement).requestSubmit();
}

describe('<motcua-catalogue>', () => {
  before(loadRuntime);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const element = fixture<MotcuaCatalogue>(`<motcua-catalogue server="${SERVER}"></motcua-catalogue>`);
    await until(() => element.items !== undefined && element.taxonomy !== undefined);
    await element.updateComplete;
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('lists the catalogue a page at a time, and announces the count', async () => {
    const element = fixture<MotcuaCatalogue>(`<motcua-catalogue server="${SERVER}"></motcua-catalogue>`);
    await until(() => element.items !== undefined);
    await element.updateComplete;
    expect(status(element)).to.equal('Tìm thấy 22 thủ tục');
    expect(codes(element).length).to.equal(10);
    const next = [...shadow(element).querySelectorAll('nav button')][1] as HTMLButtonElement;
    const first = codes(element)[0];
    next.click();
    await until(() => codes(element)[0] !== first);
    expect(shadow(element).querySelector('nav span')?.textContent).to.equal('Trang 2/3');
  });

  it('finds a procedure typed without diacritics', async () => {
    const element = fixture<MotcuaCatalogue>(`<motcua-catalogue server="${SERVER}"></motcua-catalogue>`);
    await until(() => element.items !== undefined);
    searchFor(element, 'doi giay phep lai xe');
    await until(() => codes(element)[0] === '3.000347');
    expect(status(element)).to.match(/^Tìm thấy \d+ thủ tục$/);
  });

  it('filters by sector with the taxonomy’s names, in English too', async () => {
    const element = fixture<MotcuaCatalogue>(`<motcua-catalogue server="${SERVER}" locale="en"></motcua-catalogue>`);
    await until(() => element.items !== undefined && element.taxonomy !== undefined);
    await element.updateComplete;
    const sector = shadow(element).querySelector('#sector') as HTMLSelectElement;
    expect([...sector.options].map((o) => o.textContent)).to.include('Civil status');
    sector.value = 'ho-tich';
    sector.dispatchEvent(new Event('change'));
    await until(() => element.query.sector === 'ho-tich' && element.total > 0 && element.total < 22);
    await element.updateComplete;
    expect(shadow(element).textContent).to.contain('Civil status');
  });

  it('links each result through the href template and tells the host page which was chosen', async () => {
    const element = fixture<MotcuaCatalogue>(`<motcua-catalogue server="${SERVER}" href="/thu-tuc/{code}"></motcua-catalogue>`);
    const chosen: string[] = [];
    element.addEventListener('motcua-select', (e) => {
      chosen.push((e as CustomEvent<{ code: string }>).detail.code);
      e.preventDefault();
    });
    await until(() => element.items !== undefined);
    await element.updateComplete;
    const link = shadow(element).querySelector('[part=results] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.match(/^\/thu-tuc\/[0-9.]+$/);
    link.click();
    expect(chosen).to.deep.equal([codes(element)[0]]);
  });
});

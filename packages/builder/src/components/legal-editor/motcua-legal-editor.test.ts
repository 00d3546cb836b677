import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverVerdict, throughJson } from '../../shared/editor-test-support.js';
import { missingWords, typeInPanel } from '../../shared/panel-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaLegalEditor } from './motcua-legal-editor.component.js';

const panel = (root: ShadowRoot) => (root.querySelector('#legal-panel') as Element).shadowRoot as ShadowRoot;

async function opened(definition: ProcedureDefinition, locale = 'vi') {
  const host = await hostEditor<MotcuaLegalEditor>('motcua-legal-editor', definition, locale);
  await until(() => panel(host.root).querySelector('input') !== null);
  return host;
}

describe('<motcua-legal-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const { element } = await opened(await catalogueDefinition('2.000815'));
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('names every property it shows in Vietnamese and in English', async () => {
    const { element, root } = await opened(await catalogueDefinition('2.000815'), 'en');
    expect(missingWords(element.panels.legalBasis)).to.deep.equal([]);
    const labels = [...panel(root).querySelectorAll('label')].map((label) => label.textContent?.replace(/\*$/, '').trim());
    expect(labels).to.include.members(['Number', 'Date of issue', 'Link', 'Vietnamese', 'English']);
  });

  it('adds a legal document with its number, title, date and link; the JSON round trip gives it back', async () => {
    const original = { ...(await catalogueDefinition('2.000815')), code: freshCode('legal') };
    const host = await opened(original);
    const { root, changes } = host;
    const count = original.legalBasis.length;
    (panel(root).querySelector('#root_legalBasis__add') as HTMLButtonElement).click();
    await until(() => panel(root).querySelector(`input[id$=legalBasis_${count}_number]`) !== null);
    const field = (name: string) => panel(root).querySelector(`input[id$=legalBasis_${count}_${name}]`) as HTMLInputElement;
    for (const [name, value] of [
      ['number', '01/2025/TT-BTP'],
      ['title_vi', 'Thông tư hướng dẫn chứng thực'],
      ['title_en', 'Circular on certification'],
      ['date', '2025-01-15'],
      ['url', 'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=1'],
    ] as const) {
      const seen = changes.length;
      typeInPanel(field(name), value);
      await until(() => changes.length > seen);
      await host.element.updateComplete;
    }
    const edited = changes.at(-1) as ProcedureDefinition;
    expect(edited.legalBasis).to.deep.equal([
      ...original.legalBasis,
      { number: '01/2025/TT-BTP', title: { vi: 'Thông tư hướng dẫn chứng thực', en: 'Circular on certification' }, date: '2025-01-15', url: 'https://vbpl.vn/tw/Pages/vbpq-toanvan.aspx?ItemID=1' },
    ]);
    const back = throughJson(edited);
    expect(back).to.deep.equal(edited);
    expect(await serverVerdict(back)).to.deep.include({ valid: true });
  });
});

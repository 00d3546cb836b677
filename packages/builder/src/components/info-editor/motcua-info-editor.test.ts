import { expect } from '@esm-bundle/chai';
import type { ProcedureDefinition } from '@motcua/core';
import { catalogueDefinition, hostEditor, serverVerdict, throughJson } from '../../shared/editor-test-support.js';
import { chooseInPanel, missingWords, typeInPanel } from '../../shared/panel-test-support.js';
import { accessibilityViolations, cleanup, loadBuilder, signIn, until } from '../../test-support/browser.js';
import { freshCode } from '../../test-support/procedures.js';
import type { MotcuaInfoEditor } from './motcua-info-editor.component.js';

type Host = Awaited<ReturnType<typeof hostEditor<MotcuaInfoEditor>>>;
const panel = (root: ShadowRoot, id: string) => (root.querySelector(`#${id}`) as Element).shadowRoot as ShadowRoot;
const labels = (root: ShadowRoot, id: string) => [...panel(root, id).querySelectorAll('label, legend')].map((label) => label.textContent?.replace(/\s+/g, ' ').replace(/\*$/, '').trim());

/** The editor once its panels show their fields and the taxonomy's choices. */
async function opened(definition: ProcedureDefinition, locale = 'vi'): Promise<Host> {
  const host = await hostEditor<MotcuaInfoEditor>('motcua-info-editor', definition, locale);
  await until(() => host.element.taxonomy !== undefined);
  await host.element.updateComplete;
  await until(() => ['general-panel', 'channels-panel', 'serviceLevel-panel'].every((id) => panel(host.root, id).querySelector('input, select') !== null));
  await until(() => panel(host.root, 'general-panel').querySelector<HTMLSelectElement>('select[id$=sector]')?.options.length !== 0);
  return host;
}

async function changed(host: Host, count: number): Promise<ProcedureDefinition> {
  await until(() => host.changes.length > count);
  await host.element.updateComplete;
  return host.changes.at(-1) as ProcedureDefinition;
}

describe('<motcua-info-editor>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with its three panels', async () => {
    const { element } = await opened(await catalogueDefinition('1.004222'));
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('names every property it shows in Vietnamese and in English', async () => {
    const { element, root } = await opened(await catalogueDefinition('1.004222'), 'en');
    for (const [id, form] of Object.entries(element.panels)) expect(missingWords(form), id).to.deep.equal([]);
    expect(labels(root, 'general-panel')).to.include.members(['Name of the procedure', 'Vietnamese', 'English', 'Sector', 'Online service level']);
    expect(labels(root, 'serviceLevel-panel')).to.include.members(['Time limit', 'Amount', 'Unit']);
    const english = labels(root, 'general-panel').join('|');
    expect(english).to.not.contain('Tên thủ tục');
  });

  it('edits the name, the online level and the time limit into the definition; opening it changes nothing; the JSON round trip gives it back', async () => {
    const original = { ...(await catalogueDefinition('1.004222')), code: freshCode('info') };
    const host = await opened(original);
    const { root } = host;
    expect(host.changes.every((change) => JSON.stringify(change) === JSON.stringify(original))).to.equal(true);
    const before = host.changes.length;
    typeInPanel(panel(root, 'general-panel').querySelector('input[id$=name_vi]') as HTMLInputElement, 'Đăng ký thường trú (sửa đổi)');
    let edited = await changed(host, before);
    expect(edited.name).to.deep.equal({ ...original.name, vi: 'Đăng ký thường trú (sửa đổi)' });
    const level = panel(root, 'general-panel').querySelector('select[id$=onlineLevel]') as HTMLSelectElement;
    const full = [...level.options].find((option) => option.textContent === 'Toàn trình');
    expect(full, [...level.options].map((option) => `${option.value}=${option.textContent}`).join(', ')).to.not.equal(undefined);
    chooseInPanel(level, (full as HTMLOptionElement).value);
    await until(() => host.element.definition?.onlineLevel === 'full');
    const amount = panel(root, 'serviceLevel-panel').querySelector('input[id$=serviceLevel_amount]') as HTMLInputElement;
    const count = host.changes.length;
    typeInPanel(amount, '8');
    edited = await changed(host, count);
    expect(edited.serviceLevel).to.deep.equal({ ...original.serviceLevel, amount: 8 });
    const { name: _name, onlineLevel: _level, serviceLevel: _time, ...untouched } = edited;
    const { name: _n, onlineLevel: _l, serviceLevel: _t, ...same } = original;
    expect(untouched).to.deep.equal(same);
    const back = throughJson(edited);
    expect(back).to.deep.equal(edited);
    expect(await serverVerdict(back)).to.deep.include({ valid: true });
  });

  it('shows a problem beside the field at fault in the officer’s language', async () => {
    const host = await opened(await catalogueDefinition('1.004222'), 'en');
    const count = host.changes.length;
    typeInPanel(panel(host.root, 'serviceLevel-panel').querySelector('input[id$=serviceLevel_cutOff]') as HTMLInputElement, '25:99');
    await changed(host, count);
    await until(() => panel(host.root, 'serviceLevel-panel').querySelector('.error-detail') !== null);
    expect(panel(host.root, 'serviceLevel-panel').querySelector('.error-detail')?.textContent).to.match(/Cut-off time/);
  });

  it('says below the panel what core’s own checks find, such as an online channel at level “information only”', async () => {
    const definition = await catalogueDefinition('1.004222');
    const host = await opened({ ...definition, onlineLevel: 'none' }, 'en');
    const problems = host.root.querySelector('section:first-of-type ul.problems')?.textContent?.replace(/\s+/g, ' ').trim();
    expect(problems).to.equal('Error: /onlineLevel The procedure has an online channel but its online service level is “information only”.');
  });

  it('shows the host’s verdict when it gives one, such as a sector the taxonomy does not know', async () => {
    const definition = await catalogueDefinition('1.004222');
    const host = await opened(definition, 'en');
    host.element.problems = [{ path: '/sector', code: 'sector-unknown', message: { vi: 'Lĩnh vực “x” không có trong danh mục.', en: 'The sector “x” is not in the taxonomy.' } }];
    await host.element.updateComplete;
    expect(host.root.querySelector('section:first-of-type ul.problems')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Error: /sector The sector “x” is not in the taxonomy.');
  });
});

import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadBuilder, signIn, until } from '../../test-support/browser.js';
import type { MotcuaPublishPanel } from './motcua-publish-panel.component.js';

/** Procedures no other test file edits, so each test here starts from the catalogue's version 1. */
const INVALID = '1.000894';
const CHANGED = '1.001193';
const shadow = (element: MotcuaPublishPanel) => element.shadowRoot as ShadowRoot;
const items = (element: MotcuaPublishPanel) => [...shadow(element).querySelectorAll('[part=review] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const button = (element: MotcuaPublishPanel, label: string) => [...shadow(element).querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

async function published(code: string): Promise<{ version: number; definition: { name: { vi: string } } }> {
  // Past the browser's cache: the server lets citizens' pages keep the version in force for a minute.
  return (await fetch(`/api/v1/procedures/${code}`, { cache: 'no-store' })).json();
}

/** Saves a working copy as the editor does, from the catalogue's version with `change` made. */
async function saveDraft(code: string, change: (definition: Record<string, unknown> & { name: { vi: string } }) => void): Promise<void> {
  const { definition } = (await published(code)) as unknown as { definition: Record<string, unknown> & { name: { vi: string } } };
  change(definition);
  const response = await fetch(`/api/v1/admin/procedures/${code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(definition) });
  if (!response.ok) throw new Error(`could not save the draft: HTTP ${response.status}`);
}

async function reviewed(code: string, locale = 'vi'): Promise<MotcuaPublishPanel> {
  const element = fixture<MotcuaPublishPanel>(`<motcua-publish-panel locale="${locale}"></motcua-publish-panel>`);
  element.code = code;
  element.latestVersion = 1;
  await element.updateComplete;
  button(element, locale === 'vi' ? 'Kiểm tra trước khi công bố' : 'Review before publishing').click();
  await until(() => element.step !== undefined && element.step.kind !== 'checking');
  await element.updateComplete;
  return element;
}

describe('<motcua-publish-panel>', () => {
  before(loadBuilder);
  before(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks, with a review listing changes', async () => {
    await saveDraft(CHANGED, (definition) => {
      definition.name.vi = `${definition.name.vi} (sửa đổi)`;
    });
    const element = await reviewed(CHANGED);
    expect(element.step?.kind).to.equal('ready');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('lists every problem of the saved draft at its path, and offers no way to publish it', async () => {
    await saveDraft(INVALID, (definition) => {
      definition.serviceLevel = 'năm ngày';
    });
    const element = await reviewed(INVALID, 'en');
    expect(shadow(element).querySelector('[part=review] p')?.textContent).to.match(/^Cannot publish yet: the saved draft has \d+ problems\.$/);
    expect(items(element).some((item) => item.startsWith('/serviceLevel'))).to.equal(true, items(element).join('\n'));
    expect(button(element, 'Publish a new version')).to.equal(undefined);
    expect((await published(INVALID)).version).to.equal(1);
  });

  it('shows what changed since the last version, then publishes it for citizens', async () => {
    const name = 'Thủ tục đã được sửa tên để công bố';
    await saveDraft(CHANGED, (definition) => {
      definition.name.vi = name;
    });
    const element = await reviewed(CHANGED);
    expect(shadow(element).querySelector('[part=review] p')?.textContent).to.equal('1 thay đổi so với phiên bản 1:');
    expect(items(element)).to.have.length(1);
    expect(items(element)[0]).to.match(/^\/name\/vi sửa: ".+" "Thủ tục đã được sửa tên để công bố"$/);
    const events: number[] = [];
    element.addEventListener('motcua-published', (event) => events.push((event as CustomEvent<{ version: number }>).detail.version));
    button(element, 'Công bố phiên bản mới').click();
    await until(() => element.step?.kind === 'published');
    await element.updateComplete;
    expect(shadow(element).querySelector('[role=status]')?.textContent).to.match(/^Đã công bố phiên bản 2, có hiệu lực từ /);
    expect(events).to.deep.equal([2]);
    const inForce = await published(CHANGED);
    expect(inForce.version).to.equal(2);
    expect(inForce.definition.name.vi).to.equal(name);
  });

  it('asks for the draft to be saved first while the editor holds unsaved changes', async () => {
    const element = fixture<MotcuaPublishPanel>('<motcua-publish-panel></motcua-publish-panel>');
    element.code = CHANGED;
    element.unsaved = true;
    await element.updateComplete;
    expect(shadow(element).textContent).to.contain('Hãy lưu bản nháp trước: chỉ bản nháp đã lưu mới được công bố.');
    expect(shadow(element).querySelector('button')).to.equal(null);
  });
});

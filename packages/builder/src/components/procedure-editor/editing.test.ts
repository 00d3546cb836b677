import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { accessibilityViolations, cleanup, fixture, jsonTextOf, loadBuilder, signIn, signOut, until } from '../../test-support/browser.js';
import { TestNameEditor } from '../../test-support/name-editor.js';
import { draftCopy, freshCode } from '../../test-support/procedures.js';
import { contractView, EDITOR_VIEWS } from './editor-views.js';
import type { MotcuaProcedureEditor } from './motcua-procedure-editor.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
const jsonText = (element: MotcuaProcedureEditor) => jsonTextOf(element) as HTMLTextAreaElement;
const nameEditor = (element: MotcuaProcedureEditor) => shadow(element).querySelector('motcua-test-name-editor') as TestNameEditor;
const tab = (element: MotcuaProcedureEditor, id: string) => shadow(element).querySelector(`#tab-${id}`) as HTMLButtonElement;
const panel = (element: MotcuaProcedureEditor, id: string) => shadow(element).querySelector(`#panel-${id}`) as HTMLElement | null;
const toolbarButton = (element: MotcuaProcedureEditor, label: string) => [...shadow(element).querySelectorAll('[part=toolbar] button')].find((b) => b.textContent === label) as HTMLButtonElement;
const saveStatus = (element: MotcuaProcedureEditor) => shadow(element).querySelector('[part=save-status]')?.textContent ?? '';
const nameIn = (definition: unknown) => (definition as { name: { vi: string } }).name.vi;

/** The name view, a test-only element following the visual-editor contract, before the JSON view. */
const VIEWS = [contractView('name', { vi: 'Tên', en: 'Name' }, 'motcua-test-name-editor'), ...EDITOR_VIEWS.filter((view) => view.id === 'json')];

async function opened(): Promise<{ element: MotcuaProcedureEditor; code: string }> {
  const code = freshCode('U');
  await draftCopy('2.000815', code);
  const element = fixture<MotcuaProcedureEditor>('<motcua-procedure-editor></motcua-procedure-editor>');
  element.views = VIEWS;
  element.procedure = { code, hasDraft: true, latestVersion: null, status: 'draft' };
  await until(() => Boolean(nameEditor(element)?.querySelector('input')));
  return { element, code };
}

async function showJson(element: MotcuaProcedureEditor): Promise<HTMLTextAreaElement> {
  tab(element, 'json').click();
  await element.updateComplete;
  return jsonText(element);
}

/** Types into the JSON view as the officer does, one input event per change. */
async function typeJson(element: MotcuaProcedureEditor, change: (definition: { name: { vi: string } }) => void): Promise<void> {
  const text = jsonText(element);
  const definition = JSON.parse(text.value) as { name: { vi: string } };
  change(definition);
  text.value = JSON.stringify(definition, null, 2);
  text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function draftOnServer(code: string): Promise<{ name: { vi: string } }> {
  return ((await (await fetch(`/api/v1/admin/procedures/${code}/draft`, { cache: 'no-store' })).json()) as { definition: { name: { vi: string } } }).definition;
}

/** Whether leaving the page now would be stopped by the browser's warning. */
function leavingWarns(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('editing a procedure: views as tabs, undo and redo, autosave, leaving', () => {
  before(loadBuilder);
  beforeEach(signIn);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with several tabs', async () => {
    const { element } = await opened();
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('moves between tabs with the arrows, Home and End, showing each view at once', async () => {
    const { element } = await opened();
    expect([...shadow(element).querySelectorAll('[role=tab]')].map((t) => t.textContent?.trim())).to.deep.equal(['Tên', 'JSON']);
    expect(tab(element, 'name').getAttribute('aria-selected')).to.equal('true');
    tab(element, 'name').focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(tab(element, 'json'));
    expect(tab(element, 'json').getAttribute('aria-selected')).to.equal('true');
    expect(tab(element, 'json').tabIndex).to.equal(0);
    expect(tab(element, 'name').tabIndex).to.equal(-1);
    expect(panel(element, 'json')?.hidden).to.equal(false);
    expect(panel(element, 'name')?.hidden).to.equal(true, 'a view shown before stays, hidden');
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(tab(element, 'name'), 'from the last tab the right arrow wraps round');
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(tab(element, 'json').getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(tab(element, 'name').getAttribute('aria-selected')).to.equal('true');
  });

  it('passes one definition between views: a visual edit reads back from the JSON exactly, and a JSON edit reaches the view', async () => {
    const { element } = await opened();
    const view = nameEditor(element);
    const original = view.definition;
    const before = JSON.stringify(original);
    const edited = view.edit('Tên sửa trong trình sửa trực quan');
    await element.updateComplete;
    expect(JSON.stringify(original)).to.equal(before, 'the definition a view was given is never changed in place');
    expect(view.definition).to.equal(edited, 'the editor gives the view back the very definition it fired');
    const text = await showJson(element);
    expect(JSON.parse(text.value)).to.deep.equal(edited);
    expect(text.value).to.equal(JSON.stringify(edited, null, 2));

    await typeJson(element, (definition) => {
      definition.name.vi = 'Tên sửa trong JSON';
    });
    expect(nameIn(view.definition)).to.equal('Tên sửa trong JSON');
    expect((view.querySelector('input') as HTMLInputElement).value).to.equal('Tên sửa trong JSON');
  });

  it('undoes and redoes whole definitions by button and by keyboard; typing in the JSON is one step', async () => {
    const { element } = await opened();
    const view = nameEditor(element);
    const original = nameIn(view.definition);
    const undo = toolbarButton(element, 'Hoàn tác');
    const redo = toolbarButton(element, 'Làm lại');
    expect(undo.disabled).to.equal(true);
    view.edit('Một');
    view.edit('Hai');
    await element.updateComplete;
    undo.click();
    await element.updateComplete;
    expect(nameIn(view.definition)).to.equal('Một');
    expect(shadow(element).querySelector('[part=toolbar] [aria-live]')?.textContent).to.equal('Đã hoàn tác.');
    (view.querySelector('input') as HTMLInputElement).focus();
    await sendKeys({ press: 'Control+z' });
    await element.updateComplete;
    expect(nameIn(view.definition)).to.equal(original);
    expect(undo.disabled).to.equal(true);
    await sendKeys({ press: 'Control+Shift+z' });
    await element.updateComplete;
    expect(nameIn(view.definition)).to.equal('Một');
    await sendKeys({ press: 'Control+y' });
    await element.updateComplete;
    expect(nameIn(view.definition)).to.equal('Hai');
    expect(redo.disabled).to.equal(true);

    const text = await showJson(element);
    text.focus();
    for (const name of ['B', 'Ba', 'Ba b', 'Ba bước']) {
      await typeJson(element, (definition) => {
        definition.name.vi = name;
      });
    }
    expect(nameIn(view.definition)).to.equal('Ba bước');
    await sendKeys({ press: 'Control+z' });
    await element.updateComplete;
    expect(nameIn(JSON.parse(text.value))).to.equal('Hai', 'one undo takes back the whole burst of typing');
    await sendKeys({ press: 'Control+Shift+z' });
    await element.updateComplete;
    expect(nameIn(JSON.parse(text.value))).to.equal('Ba bước');
  });

  it('saves the draft by itself once edits pause, one save at a time, ending with the latest', async () => {
    const { element, code } = await opened();
    const view = nameEditor(element);
    view.edit('Lưu tự động');
    await element.updateComplete;
    expect(saveStatus(element)).to.equal('Có thay đổi chưa lưu; sẽ tự động lưu.');
    expect(element.hasUnsavedChanges).to.equal(true);
    await until(() => /^Đã lưu bản nháp lúc \d/.test(saveStatus(element)));
    expect(nameIn(await draftOnServer(code))).to.equal('Lưu tự động');
    expect(element.hasUnsavedChanges).to.equal(false);

    performance.clearResourceTimings();
    const saveNow = toolbarButton(element, 'Lưu ngay');
    for (const name of ['Một', 'Hai', 'Ba', 'Bốn']) {
      view.edit(name);
      await element.updateComplete;
      // An officer impatient to save: each click while a save is under way waits for it.
      void element.saveNow();
    }
    expect(saveNow).to.not.equal(undefined);
    await until(() => !element.hasUnsavedChanges && saveStatus(element).startsWith('Đã lưu'));
    expect(nameIn(await draftOnServer(code))).to.equal('Bốn');
    const saves = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith(`/api/v1/admin/procedures/${code}/draft`) && entry.initiatorType === 'fetch');
    expect(saves.length).to.be.within(1, 4);
    saves.forEach((save, i) => {
      const next = saves[i + 1];
      if (next) expect(next.startTime).to.be.at.least(save.responseEnd, 'a save starts only after the one before has ended');
    });
  });

  it('keeps the edits when a save fails, says it is retrying, saves once it can, and warns before leaving until then', async () => {
    const { element, code } = await opened();
    expect(leavingWarns()).to.equal(false, 'nothing to lose yet');
    await signOut();
    nameEditor(element).edit('Sửa khi phiên đã hết');
    await until(() => saveStatus(element).startsWith('Chưa lưu được'));
    expect(saveStatus(element)).to.equal('Chưa lưu được (Vui lòng đăng nhập.); đang thử lại. Các thay đổi vẫn được giữ ở đây.');
    expect(nameIn(nameEditor(element).definition)).to.equal('Sửa khi phiên đã hết');
    expect(leavingWarns()).to.equal(true);
    await signIn();
    await until(() => saveStatus(element).startsWith('Đã lưu bản nháp lúc'));
    expect(nameIn(await draftOnServer(code))).to.equal('Sửa khi phiên đã hết');
    expect(leavingWarns()).to.equal(false);

    const text = await showJson(element);
    text.value = `${text.value} thêm chữ`;
    text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    expect(element.hasUnsavedChanges).to.equal(true, 'text that is not JSON yet is an edit the server does not have');
    expect(leavingWarns()).to.equal(true);
  });

  it('tells the officer when someone saved the draft first, overwriting nothing, then takes their choice: keep their own or load the other', async () => {
    const { element, code } = await opened();
    /** Another officer's save over the draft this editor loaded (the same session here: the server goes by revisions). */
    const colleagueSaves = async (name: string) => {
      const definition = { ...(await draftOnServer(code)), name: { vi: name, en: name } };
      const response = await fetch(`/api/v1/admin/procedures/${code}/draft`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(definition) });
      expect(response.status).to.equal(200);
    };
    const button = (id: string) => shadow(element).querySelector(`#${id}`) as HTMLButtonElement | null;

    await colleagueSaves('Bản của đồng nghiệp');
    nameEditor(element).edit('Bản của tôi');
    await until(() => button('keep-mine') !== null);
    expect(saveStatus(element)).to.match(new RegExp(`đã lưu bản nháp của thủ tục “${code}” lúc \\d\\d:\\d\\d \\d{1,2} tháng \\d{1,2}, \\d{4}, sau khi bạn mở nó; thay đổi của bạn chưa được lưu\\.$`));
    expect(nameIn(await draftOnServer(code))).to.equal('Bản của đồng nghiệp', 'the colleague’s save stands');
    expect(nameIn(nameEditor(element).definition)).to.equal('Bản của tôi', 'and this officer’s edit is still here');
    expect(leavingWarns()).to.equal(true);
    expect(await accessibilityViolations(element)).to.deep.equal([]);

    button('keep-mine')?.click();
    await until(() => saveStatus(element).startsWith('Đã lưu bản nháp lúc'));
    expect(nameIn(await draftOnServer(code))).to.equal('Bản của tôi');
    expect(button('keep-mine')).to.equal(null);
    await until(() => shadow(element).activeElement?.id === 'tab-name');

    await colleagueSaves('Bản thứ hai của đồng nghiệp');
    nameEditor(element).edit('Bản thứ hai của tôi');
    await until(() => button('take-theirs') !== null);
    button('take-theirs')?.click();
    // While it loads, the name view is gone or holds no definition yet.
    await until(() => {
      const definition = nameEditor(element)?.definition;
      return definition !== undefined && nameIn(definition) === 'Bản thứ hai của đồng nghiệp';
    });
    expect(element.hasUnsavedChanges).to.equal(false);
    await until(() => shadow(element).querySelector('[aria-live=polite]')?.textContent === 'Đã tải bản nháp hiện có trên máy chủ.');
    await until(() => shadow(element).activeElement?.id === 'tab-name');
    // Loaded afresh, the copy saves on the draft's new revision.
    nameEditor(element).edit('Sửa tiếp trên bản mới');
    await until(() => saveStatus(element).startsWith('Đã lưu bản nháp lúc'));
    expect(nameIn(await draftOnServer(code))).to.equal('Sửa tiếp trên bản mới');
  });
});

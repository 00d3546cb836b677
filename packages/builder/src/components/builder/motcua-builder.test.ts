import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, ADMIN, cleanup, fixture, jsonTextOf, loadBuilder, signOut, until } from '../../test-support/browser.js';
import { draftCopy, freshCode } from '../../test-support/procedures.js';
import type { MotcuaBuilder } from './motcua-builder.component.js';

const shadow = (element: Element) => element.shadowRoot as ShadowRoot;
/** The shadow root of the builder's `<motcua-sign-in>`, once it shows its form. */
const signInOf = (element: MotcuaBuilder) => shadow(shadow(element).querySelector('motcua-sign-in') as Element);

async function signInShown(element: MotcuaBuilder): Promise<void> {
  await until(() => Boolean(shadow(element).querySelector('motcua-sign-in')?.shadowRoot?.querySelector('form')));
}

function fillSignIn(element: MotcuaBuilder, email: string, password: string): void {
  const form = signInOf(element).querySelector('form') as HTMLFormElement;
  (form.querySelector('[name=email]') as HTMLInputElement).value = email;
  (form.querySelector('[name=password]') as HTMLInputElement).value = password;
  form.requestSubmit();
}

describe('<motcua-builder>', () => {
  before(loadBuilder);
  beforeEach(signOut);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks on its sign-in form', async () => {
    const element = fixture<MotcuaBuilder>('<motcua-builder></motcua-builder>');
    await until(() => element.officer === null);
    await signInShown(element);
    expect(signInOf(element).querySelector('h1')?.textContent).to.equal('Đăng nhập cán bộ');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('refuses a wrong password with the server’s message, in the officer’s language', async () => {
    for (const [locale, message] of [['vi', 'Thư điện tử hoặc mật khẩu không đúng.'], ['en', 'The email or the password is wrong.']]) {
      const element = fixture<MotcuaBuilder>(`<motcua-builder locale="${locale}"></motcua-builder>`);
      await signInShown(element);
      fillSignIn(element, ADMIN.email, 'not the password at all');
      await until(() => signInOf(element).querySelector('[role=alert]') !== null);
      expect(signInOf(element).querySelector('[role=alert]')?.textContent).to.equal(message);
      expect(shadow(element).querySelector('motcua-procedure-list')).to.equal(null);
      cleanup();
    }
  });

  it('signs in, tells the page who signed in, lists the procedures, opens one in the editor, and signs out', async () => {
    const element = fixture<MotcuaBuilder>('<motcua-builder></motcua-builder>');
    const heard: string[] = [];
    element.addEventListener('motcua-signed-in', (event) => heard.push(event.detail.email));
    await signInShown(element);
    fillSignIn(element, ADMIN.email, ADMIN.password);
    await until(() => shadow(element).querySelector('motcua-procedure-list') !== null);
    expect(heard).to.deep.equal([ADMIN.email]);
    expect(shadow(element).querySelector('[part=header]')?.textContent).to.contain('Đang đăng nhập:');
    const list = shadow(element).querySelector('motcua-procedure-list') as HTMLElement;
    await until(() => shadow(list).querySelector('button[aria-label="Mở 1.000656"]') !== null);
    (shadow(list).querySelector('button[aria-label="Mở 1.000656"]') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('motcua-procedure-editor') !== null);
    const editor = shadow(element).querySelector('motcua-procedure-editor') as HTMLElement;
    await until(() => jsonTextOf(editor) !== null);
    expect(jsonTextOf(editor)?.value).to.contain('"code": "1.000656"');

    (shadow(element).querySelector('.who button') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('motcua-sign-in[part=sign-in]') !== null);
    expect((await fetch('/api/v1/admin/me')).status).to.equal(401, 'the session is over on the server too');
  });

  it('asks before leaving unsaved changes for the list: stay, save and leave, or leave and lose them', async () => {
    const code = freshCode('L');
    const element = fixture<MotcuaBuilder>('<motcua-builder></motcua-builder>');
    await signInShown(element);
    fillSignIn(element, ADMIN.email, ADMIN.password);
    await until(() => Boolean(element.officer));
    await draftCopy('2.000815', code);
    element.opened = { code, status: 'draft', latestVersion: null, hasDraft: true, name: null, sector: null, updatedAt: '' };
    const editor = () => shadow(element).querySelector('motcua-procedure-editor') as HTMLElement;
    await until(() => jsonTextOf(editor()) !== null);
    const back = () => [...shadow(element).querySelectorAll('main > button')].find((b) => b.textContent === 'Về danh sách thủ tục') as HTMLButtonElement;
    const dialog = () => shadow(element).querySelector('dialog[part=leave]') as HTMLDialogElement | null;
    const choose = (label: string) => [...(dialog()?.querySelectorAll('button') ?? [])].find((b) => b.textContent === label)?.click();
    const type = (text: string) => {
      const area = jsonTextOf(editor()) as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    };

    const definition = JSON.parse(jsonTextOf(editor())?.value ?? '') as { name: { vi: string } };
    type(`${JSON.stringify(definition)} chưa xong`);
    back().click();
    await element.updateComplete;
    expect(dialog()?.open).to.equal(true);
    expect(dialog()?.textContent).to.contain(`Thủ tục ${code} có thay đổi chưa được lưu lên máy chủ.`);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    choose('Ở lại');
    await element.updateComplete;
    expect(dialog()).to.equal(null);
    expect(jsonTextOf(editor())?.value).to.match(/chưa xong$/, 'what was typed is still there');

    definition.name.vi = 'Lưu khi rời đi';
    type(JSON.stringify(definition));
    back().click();
    await element.updateComplete;
    choose('Lưu rồi rời đi');
    await until(() => shadow(element).querySelector('motcua-procedure-list') !== null);
    const saved = (await (await fetch(`/api/v1/admin/procedures/${code}/draft`)).json()) as { definition: { name: { vi: string } } };
    expect(saved.definition.name.vi).to.equal('Lưu khi rời đi');

    element.opened = { code, status: 'draft', latestVersion: null, hasDraft: true, name: null, sector: null, updatedAt: '' };
    await until(() => jsonTextOf(editor()) !== null);
    type('{ "bỏ": ');
    back().click();
    await element.updateComplete;
    choose('Rời đi, bỏ các thay đổi');
    await until(() => shadow(element).querySelector('motcua-procedure-list') !== null);
    expect(dialog()).to.equal(null);
  });
});

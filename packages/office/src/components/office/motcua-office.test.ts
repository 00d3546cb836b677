import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, ADMIN, agencyOfficer, cleanup, fixture, loadOffice, shadow, signIn, signOut, until } from '../../test-support/browser.js';
import type { MotcuaOffice } from './motcua-office.component.js';

/** The shadow root of the back office's `<motcua-sign-in>`. */
const signInOf = (element: MotcuaOffice) => shadow(shadow(element).querySelector('motcua-sign-in') as Element);

function fillSignIn(element: MotcuaOffice, email: string, password: string): void {
  const form = signInOf(element).querySelector('form') as HTMLFormElement;
  (form.querySelector('[name=email]') as HTMLInputElement).value = email;
  (form.querySelector('[name=password]') as HTMLInputElement).value = password;
  form.requestSubmit();
}

async function signedOutApp(markup = '<motcua-office></motcua-office>'): Promise<MotcuaOffice> {
  const element = fixture<MotcuaOffice>(markup);
  await until(() => Boolean(shadow(element).querySelector('motcua-sign-in[part=sign-in]')?.shadowRoot?.querySelector('form')));
  return element;
}

describe('<motcua-office>', () => {
  before(loadOffice);
  beforeEach(async () => {
    await signOut();
    history.replaceState(null, '', location.pathname + location.search);
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks on its sign-in form and once signed in', async () => {
    const element = await signedOutApp();
    expect(signInOf(element).querySelector('h1')?.textContent).to.equal('Đăng nhập cán bộ');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    fillSignIn(element, ADMIN.email, ADMIN.password);
    await until(() => shadow(element).querySelector('motcua-inbox') !== null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('refuses a wrong password with the server’s message, in the officer’s language', async () => {
    for (const [locale, message] of [['vi', 'Thư điện tử hoặc mật khẩu không đúng.'], ['en', 'The email or the password is wrong.']]) {
      const element = await signedOutApp(`<motcua-office locale="${locale}"></motcua-office>`);
      fillSignIn(element, ADMIN.email, 'not the password at all');
      await until(() => signInOf(element).querySelector('[role=alert]') !== null);
      expect(signInOf(element).querySelector('[role=alert]')?.textContent).to.equal(message);
      expect(shadow(element).querySelector('motcua-inbox')).to.equal(null);
      cleanup();
    }
  });

  it('shows an agency officer their own agency’s inbox, switches to counter intake and to English (the components inside follow), and signs out', async () => {
    await signIn();
    const officer = await agencyOfficer('phuong-hoan-kiem', ['receiver']);
    await signOut();
    const element = await signedOutApp();
    fillSignIn(element, officer.email, officer.password);
    await until(() => shadow(element).querySelector('motcua-inbox') !== null);
    expect(shadow(element).querySelector('motcua-inbox')?.getAttribute('agency')).to.equal('phuong-hoan-kiem');
    await until(() => shadow(element).querySelector('nav')?.textContent?.includes('Hoàn Kiếm') === true);
    expect(shadow(element).querySelector('nav select'), 'one agency: nothing to choose').to.equal(null);

    (shadow(element).querySelector('nav a[href="#intake"]') as HTMLAnchorElement).click();
    await until(() => shadow(element).querySelector('motcua-counter-intake') !== null);
    expect(location.hash).to.equal('#intake');
    expect(shadow(element).querySelector('nav a[href="#intake"]')?.getAttribute('aria-current')).to.equal('page');

    (shadow(element).querySelector('.who button[lang=en]') as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('h1')?.textContent === 'Một Cửa: back office');
    const intake = shadow(element).querySelector('motcua-counter-intake') as HTMLElement;
    await until(() => shadow(intake).querySelector('h2')?.textContent === 'Counter intake');

    history.back();
    await until(() => shadow(element).querySelector('motcua-inbox') !== null);

    ([...shadow(element).querySelectorAll('.who button')].at(-1) as HTMLButtonElement).click();
    await until(() => shadow(element).querySelector('motcua-sign-in[part=sign-in]') !== null);
    expect((await fetch('/api/v1/admin/me')).status).to.equal(401, 'the session is over on the server too');
  });

  it('lets an admin choose among every agency', async () => {
    await signIn();
    const element = fixture<MotcuaOffice>('<motcua-office></motcua-office>');
    await until(() => shadow(element).querySelector('nav select') !== null);
    const select = shadow(element).querySelector('nav select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.include.members(['ha-noi', 'phuong-ba-dinh', 'phuong-hoan-kiem']);
    select.value = 'phuong-ba-dinh';
    select.dispatchEvent(new Event('change'));
    await until(() => shadow(element).querySelector('motcua-inbox')?.getAttribute('agency') === 'phuong-ba-dinh');
  });
});

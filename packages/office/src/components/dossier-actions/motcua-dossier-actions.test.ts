import { expect } from '@esm-bundle/chai';
import type { DossierRecord } from '../../shared/office-api.js';
import { accessibilityViolations, agencyOfficer, cleanup, dossierRecord, fileDossier, fixture, loadOffice, publishedDefinition, shadow, signIn, signOut, until } from '../../test-support/browser.js';
import type { MotcuaDossierActions } from './motcua-dossier-actions.component.js';

async function panel(dossier: DossierRecord, locale = 'vi'): Promise<MotcuaDossierActions> {
  const element = fixture<MotcuaDossierActions>(`<motcua-dossier-actions locale="${locale}"></motcua-dossier-actions>`);
  element.dossier = dossier;
  element.definition = await publishedDefinition(dossier.procedure.code, dossier.procedure.version);
  await element.updateComplete;
  return element;
}

const buttons = (element: MotcuaDossierActions) => [...shadow(element).querySelectorAll('.buttons button')].map((b) => b.textContent?.trim());

async function open(element: MotcuaDossierActions, label: string): Promise<HTMLFormElement> {
  const button = [...shadow(element).querySelectorAll<HTMLButtonElement>('.buttons button')].find((b) => b.textContent?.trim() === label);
  if (!button) throw new Error(`no action ${label}: ${buttons(element).join(', ')}`);
  button.click();
  await element.updateComplete;
  return shadow(element).querySelector('form') as HTMLFormElement;
}

describe('<motcua-dossier-actions>', () => {
  let code: string;
  before(async () => {
    await loadOffice();
    await signIn();
    code = (await fileDossier('Đỗ Văn Nút')).code;
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with an action open', async () => {
    const element = await panel(await dossierRecord(code));
    await open(element, 'Từ chối');
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('offers only what the officer’s step role allows: a specialist cannot receive', async () => {
    const specialist = await agencyOfficer('phuong-ba-dinh', ['specialist']);
    await signOut();
    await signIn({ email: specialist.email, password: specialist.password });
    try {
      const element = await panel(await dossierRecord(code));
      expect(buttons(element)).to.deep.equal(['Yêu cầu bổ sung']);
    } finally {
      await signOut();
      await signIn();
    }
  });

  it('asks each action for what it needs: a reason to reject, the missing documents for a supplement', async () => {
    const element = await panel(await dossierRecord(code));
    const reject = await open(element, 'Từ chối');
    const reason = shadow(element).querySelector('textarea[name=reason]') as HTMLTextAreaElement;
    expect(reason.required).to.equal(true);
    expect(reject.checkValidity(), 'no reason, no rejection').to.equal(false);
    expect(document.activeElement === element && shadow(element).activeElement === reason, 'the first input has the focus').to.equal(true);
    await open(element, 'Yêu cầu bổ sung');
    const missing = [...shadow(element).querySelectorAll<HTMLInputElement>('input[name=documents]')].map((input) => input.value);
    expect(missing).to.deep.equal(['ban-chinh', 'ban-sao']);
  });

  it('asks for the reason for the delay before returning an overdue dossier, and says the citizen gets an apology', async () => {
    const element = await panel({ ...(await dossierRecord(code)), status: 'result-ready', actions: ['return'] }, 'en');
    element.overdue = true;
    await element.updateComplete;
    await open(element, 'Return the result');
    const late = shadow(element).querySelector('textarea[name=lateReason]') as HTMLTextAreaElement;
    expect(late.required).to.equal(true);
    expect(late.closest('label')?.textContent).to.contain('The citizen receives an apology notice giving this reason.');
  });

  it('shows the server’s error on the action that failed, and sends nothing else', async () => {
    const element = await panel(await dossierRecord(code), 'en');
    const form = await open(element, 'Request a supplement');
    (form.elements.namedItem('reason') as HTMLTextAreaElement).value = '   ';
    form.requestSubmit();
    await until(() => shadow(element).querySelector('[role=alert]') !== null);
    expect(shadow(element).querySelector('[role=alert]')?.textContent).to.match(/reason/i);
    expect((await dossierRecord(code)).status).to.equal('submitted');
  });
});

import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fileAtCounter, fixture, loadOffice, shadow, signIn, until } from '../../test-support/browser.js';
import type { MotcuaIntakeSlip } from './motcua-intake-slip.component.js';

async function openSlip(code: string, locale = 'vi'): Promise<MotcuaIntakeSlip> {
  const slip = fixture<MotcuaIntakeSlip>(`<motcua-intake-slip code="${code}" locale="${locale}"></motcua-intake-slip>`);
  await until(() => slip.slip !== undefined || slip.problem !== undefined);
  await slip.updateComplete;
  return slip;
}

const lines = (slip: MotcuaIntakeSlip) => [...shadow(slip).querySelectorAll('dt')].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`);

describe('<motcua-intake-slip>', () => {
  let code: string;
  before(async () => {
    await loadOffice();
    await signIn();
    code = (await fileAtCounter('Ngô Thị Biên Nhận', 'in-person', true)).code;
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks', async () => {
    const slip = await openSlip(code);
    expect(slip.slip).not.to.equal(undefined);
    expect(await accessibilityViolations(slip)).to.deep.equal([]);
  });

  it('prints again later from the server, in English too, with the appointment date and the receiving officer, and no secret it was not given', async () => {
    const slip = await openSlip(code, 'en');
    expect(shadow(slip).querySelector('h2')?.textContent).to.equal('RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT');
    const printed = lines(slip);
    expect(printed).to.include(`Dossier code: ${code}`);
    expect(printed).to.include('Applicant: Ngô Thị Biên Nhận');
    expect(printed).to.include('Filed: In person');
    expect(printed.some((line) => line.startsWith('Tracking secret'))).to.equal(false);
    expect(printed.find((line) => line.startsWith('Result promised on:'))).to.match(/\d{2}\/\d{2}\/\d{4}$/);
    expect(shadow(slip).querySelector('.signatures')?.textContent).to.contain('The receiving officer');
  });

  it('says so when the dossier cannot be read', async () => {
    const slip = await openSlip('BADINH-1999-000001', 'en');
    expect(shadow(slip).querySelector('[role=alert]')?.textContent).to.match(/not found/i);
  });
});

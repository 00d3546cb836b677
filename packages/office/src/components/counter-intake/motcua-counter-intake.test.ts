import { expect } from '@esm-bundle/chai';
import type { MotcuaForm } from '@motcua/runtime';
import { accessibilityViolations, cleanup, fixture, loadOffice, pdfFile, shadow, signIn, until } from '../../test-support/browser.js';
import { fillCopyRequest } from '../../test-support/counter-form.js';
import type { MotcuaCounterIntake } from './motcua-counter-intake.component.js';

async function openIntake(locale = 'vi'): Promise<MotcuaCounterIntake> {
  const intake = fixture<MotcuaCounterIntake>(`<motcua-counter-intake agency="phuong-ba-dinh" locale="${locale}"></motcua-counter-intake>`);
  await until(() => intake.procedures !== undefined);
  await intake.updateComplete;
  return intake;
}

/** Chooses the procedure and channel and types the applicant, then opens the form. */
async function start(intake: MotcuaCounterIntake, values: Record<string, string>, channel: 'in-person' | 'postal'): Promise<MotcuaForm> {
  const form = shadow(intake).querySelector('form[part=start]') as HTMLFormElement;
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  (form.querySelector(`input[name=channel][value=${channel}]`) as HTMLInputElement).click();
  form.requestSubmit();
  await until(() => shadow(intake).querySelector('motcua-form') !== null);
  return shadow(intake).querySelector('motcua-form') as MotcuaForm;
}

describe('<motcua-counter-intake>', () => {
  before(async () => {
    await loadOffice();
    await signIn();
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks on its choice of procedure, channel and applicant', async () => {
    const intake = await openIntake();
    expect(await accessibilityViolations(intake)).to.deep.equal([]);
  });

  it('files a walk-in dossier through the citizens’ form with the counter’s channel, received at once, and prints the receipt and appointment slip', async () => {
    const intake = await openIntake();
    const form = await start(intake, { procedure: '2.000815', name: 'Vũ Thị Quầy', idNumber: '001203004567', phone: '0912345678' }, 'in-person');
    expect(form.getAttribute('channel')).to.equal('in-person');
    await fillCopyRequest(form, 'Vũ Thị Quầy', pdfFile('hoc-ba-quet.pdf'));
    (shadow(form).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await until(() => shadow(intake).querySelector('motcua-intake-slip') !== null, 20_000);
    const receipt = intake.receipt;
    expect(receipt?.channel).to.equal('in-person');

    const dossier = await (await fetch(`/api/v1/admin/dossiers/${receipt?.code}`)).json();
    expect(dossier.status).to.equal('received', 'received at once: the clock started');
    expect(dossier.channel).to.equal('in-person');
    expect(dossier.applicantName).to.equal('Vũ Thị Quầy');
    expect(dossier.history[0].actorName, 'filed by the signed-in officer').to.be.a('string').and.not.equal('');

    const slip = shadow(intake).querySelector('motcua-intake-slip') as HTMLElement & { updateComplete: Promise<unknown>; slip?: unknown };
    await until(() => slip.slip !== undefined);
    await slip.updateComplete;
    const printed = [...(slip.shadowRoot?.querySelectorAll('dt') ?? [])].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim()}`);
    expect(slip.shadowRoot?.querySelector('h2')?.textContent).to.equal('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(printed).to.include(`Mã hồ sơ: ${receipt?.code}`);
    expect(printed).to.include(`Mã tra cứu: ${receipt?.secret}`);
    expect(printed).to.include('Người nộp hồ sơ: Vũ Thị Quầy · 001203004567 · 0912345678');
    expect(printed).to.include('Hình thức nộp: Trực tiếp');
    expect(printed.find((line) => line.startsWith('Thành phần hồ sơ đã nhận:'))).to.contain('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao (1 tệp)');
    expect(printed.find((line) => line.startsWith('Ngày hẹn trả kết quả:'))).to.match(/\d{1,2}\/\d{1,2}\/\d{4}$/);
    expect(slip.shadowRoot?.querySelector('.signatures')?.textContent).to.contain('Cán bộ tiếp nhận');
  });

  it('prints the slip alone: its print stylesheet hides the app and the button around it', async () => {
    const intake = await openIntake();
    intake.receipt = { code: 'x', secret: 'y' } as MotcuaCounterIntake['receipt'];
    await intake.updateComplete;
    const sheets = [intake, shadow(intake).querySelector('motcua-intake-slip') as Element].flatMap((element) => [...(element.shadowRoot?.adoptedStyleSheets ?? [])]);
    const printRules = sheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print');
    const hidden = printRules.flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(hidden.some((rule) => /\.no-print \{ display: none; \}/.test(rule))).to.equal(true);
    expect(shadow(intake).querySelector('h2')?.closest('.no-print'), 'the heading stays off the paper').not.to.equal(null);
  });
});

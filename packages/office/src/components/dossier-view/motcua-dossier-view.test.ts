import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, actOn, cleanup, fileDossier, fixture, loadOffice, pdfFile, shadow, signIn, until } from '../../test-support/browser.js';
import type { MotcuaDossierView } from './motcua-dossier-view.component.js';

async function openDossier(code: string, locale = 'vi'): Promise<MotcuaDossierView> {
  const view = fixture<MotcuaDossierView>(`<motcua-dossier-view code="${code}" locale="${locale}"></motcua-dossier-view>`);
  await until(() => view.dossier !== undefined && view.definition !== undefined);
  await view.updateComplete;
  return view;
}

const actionsOf = (view: MotcuaDossierView) => shadow(view).querySelector('motcua-dossier-actions') as HTMLElement & { updateComplete: Promise<unknown> };
const buttons = (view: MotcuaDossierView) => [...shadow(actionsOf(view)).querySelectorAll('.buttons button')].map((b) => b.textContent?.trim());

/** Opens an action, fills its inputs, confirms, and waits for the page to show the dossier's new state. */
async function take(view: MotcuaDossierView, action: string, inputs: Record<string, string> = {}, ticked: string[] = [], files: Record<string, File> = {}): Promise<void> {
  const actions = actionsOf(view);
  await actions.updateComplete;
  const button = [...shadow(actions).querySelectorAll<HTMLButtonElement>('.buttons button')].find((b) => b.textContent?.trim() === action);
  if (!button) throw new Error(`no action ${action}: ${buttons(view).join(', ')}`);
  button.click();
  await actions.updateComplete;
  const form = shadow(actions).querySelector('form') as HTMLFormElement;
  for (const [name, value] of Object.entries(inputs)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = ticked.includes(box.value);
  for (const [name, file] of Object.entries(files)) {
    const transfer = new DataTransfer();
    transfer.items.add(file);
    (form.elements.namedItem(name) as HTMLInputElement).files = transfer.files;
  }
  const before = view.dossier;
  form.requestSubmit();
  await until(() => view.dossier !== before || shadow(actions).querySelector('[role=alert]') !== null);
  await view.updateComplete;
  await actions.updateComplete;
}

/** A definition list's lines as "term: description". */
const lines = (view: MotcuaDossierView, selector: string) => [...shadow(view).querySelectorAll(`${selector} dt`)].map((dt) => `${dt.textContent?.trim()}: ${dt.nextElementSibling?.textContent?.trim()}`);

const text = (view: MotcuaDossierView, selector: string) => shadow(view).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<motcua-dossier-view>', () => {
  before(async () => {
    await loadOffice();
    await signIn();
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with its answers, documents, fee, history and actions', async () => {
    const view = await openDossier((await fileDossier('Phạm Văn Trang')).code);
    expect(await accessibilityViolations(view)).to.deep.equal([]);
  });

  it('shows the answers under the form’s labels, the documents with a preview, the fee and the history', async () => {
    const { code } = await fileDossier('Phạm Văn Trang');
    const view = await openDossier(code);
    expect(shadow(view).activeElement?.textContent, 'the keyboard lands on the dossier opened').to.equal(`Hồ sơ ${code}`);
    expect(lines(view, '[part=answers]')).to.deep.equal([
      'Họ và tên người yêu cầu: Phạm Văn Trang',
      'Giấy tờ cần chứng thực 1 › Tên giấy tờ: Học bạ',
      'Giấy tờ cần chứng thực 1 › Số trang: 3',
      'Giấy tờ cần chứng thực 1 › Số bản cần chứng thực: 2',
    ]);
    const documents = shadow(view).querySelector('[part=documents]') as HTMLElement;
    expect(documents.textContent).to.contain('Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao');
    const preview = documents.querySelector('button[aria-expanded]') as HTMLButtonElement;
    expect(preview.textContent?.trim()).to.equal('Xem ban-chinh.pdf');
    preview.click();
    await view.updateComplete;
    const frame = documents.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.title).to.equal('ban-chinh.pdf');
    expect(preview.getAttribute('aria-expanded')).to.equal('true');
    const file = await fetch(frame.src);
    expect(file.status).to.equal(200);
    expect(file.headers.get('content-type')).to.equal('application/pdf');
    expect(lines(view, 'section[aria-labelledby=fee]').at(-1)).to.match(/^Tổng cộng: [\d.]+\s₫$/);
    expect(text(view, '[part=history] tbody')).to.contain('Nộp hồ sơ → Mới nộp');
    expect(text(view, '[part=clock]')).to.contain('Chưa tính (hồ sơ chưa được tiếp nhận)');
  });

  it('receives, forwards, approves and returns a dossier through the server, the clock and history following', async () => {
    const { code } = await fileDossier('Phạm Văn Trang');
    const view = await openDossier(code);
    expect(buttons(view)).to.deep.equal(['Tiếp nhận', 'Yêu cầu bổ sung', 'Từ chối']);
    await take(view, 'Tiếp nhận');
    expect(view.dossier?.status).to.equal('received');
    expect(text(view, '[part=clock]')).not.to.contain('Chưa tính');
    expect(shadow(actionsOf(view)).querySelector('[role=status]')?.textContent).to.equal('Đã thực hiện: Tiếp nhận.');
    await take(view, 'Chuyển bước');
    expect(view.dossier?.step.current?.id).to.equal('chung-thuc');
    expect(text(view, 'dl')).to.contain('Đối chiếu, ghi lời chứng, ký và đóng dấu');
    await take(view, 'Phê duyệt');
    expect(view.dossier?.status).to.equal('result-ready');
    await take(view, 'Trả kết quả', { method: 'in-person' });
    expect(view.dossier?.status).to.equal('returned');
    expect(buttons(view)).to.deep.equal([]);
    expect(text(view, '[part=history] tbody')).to.contain('Trả kết quả → Đã trả kết quả');
  });

  it('shows the server’s refusal when another officer acted first, and the new state once read again', async () => {
    const { code } = await fileDossier('Phạm Văn Trang');
    const view = await openDossier(code, 'en');
    expect((await actOn(code, 'receive')).status).to.equal(200);
    await take(view, 'Reject', { reason: 'Hồ sơ không đúng thẩm quyền.' });
    const alert = shadow(actionsOf(view)).querySelector('[role=alert]')?.textContent ?? '';
    expect(alert.length).to.be.greaterThan(10);
    expect(alert).not.to.match(/HTTP \d+/, 'the server’s own words');
    expect(view.dossier?.status).to.equal('submitted', 'nothing changed on the page');
    await view.load();
    expect(view.dossier?.status).to.equal('received');
  });

  it('shows the receipt and appointment slip again, to print it for a citizen who lost theirs', async () => {
    const { code } = await fileDossier('Phạm Văn Trang');
    const view = await openDossier(code);
    const button = [...shadow(view).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Giấy tiếp nhận và hẹn trả kết quả') as HTMLButtonElement;
    button.click();
    await until(() => shadow(view).querySelector('motcua-intake-slip') !== null);
    const slip = shadow(view).querySelector('motcua-intake-slip') as HTMLElement & { slip?: { code: string } };
    await until(() => slip.slip !== undefined);
    expect(slip.slip?.code).to.equal(code);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('asks for a supplement (the clock pauses), records the scan the citizen brought (it resumes), and extends with an apology to the citizen', async () => {
    const { code } = await fileDossier('Phạm Văn Trang');
    const view = await openDossier(code);
    await take(view, 'Tiếp nhận');
    await take(view, 'Yêu cầu bổ sung', { reason: 'Thiếu bản sao cần chứng thực.' }, ['ban-sao']);
    expect(view.dossier?.status).to.equal('supplement-requested');
    expect(text(view, '[part=clock]')).to.contain('Tạm dừng: đang chờ công dân bổ sung');
    expect(text(view, 'section[aria-labelledby=supplements]')).to.match(/Thiếu bản sao cần chứng thực\.: Bản sao cần chứng thực \(Đang chờ\)/);
    await take(view, 'Nhận bổ sung', {}, [], { 'supplied:ban-sao': pdfFile('ban-sao.pdf') });
    expect(view.dossier?.status).to.equal('received');
    expect(text(view, '[part=clock]')).not.to.contain('Tạm dừng');
    expect(text(view, 'section[aria-labelledby=supplements]')).to.contain('Đã bổ sung');
    expect(text(view, '[part=documents]')).to.contain('ban-sao.pdf');
    await take(view, 'Gia hạn', { days: '2', reason: 'Cần xác minh với cơ quan cấp bản chính.' });
    const apology = text(view, 'section[aria-labelledby=apologies]');
    expect(apology).to.contain(code);
    expect(apology).to.contain('Cần xác minh với cơ quan cấp bản chính.');
  });
});

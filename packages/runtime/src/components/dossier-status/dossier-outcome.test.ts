import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, loadRuntime, until } from '../../test-support/browser.js';
import { button, filePermit, find, officerActs, pdf, returned, shadow, text, tracking, upload } from './dossier-test-support.js';
import type { MotcuaDossierStatus } from './motcua-dossier-status.component.js';

const noticed = (element: MotcuaDossierStatus) => until(() => shadow(element).querySelector('[part=notice]') !== null);

async function rate(element: MotcuaDossierStatus, rating: string, comment = ''): Promise<void> {
  find<HTMLInputElement>(element, `#rating-${rating}`).click();
  find<HTMLTextAreaElement>(element, '#rating-comment').value = comment;
  find<HTMLButtonElement>(element, '[part=rating] button[type=submit]').click();
  await noticed(element);
}

describe('<motcua-dossier-status> after processing: result, rating, apologies, withdrawal', () => {
  before(loadRuntime);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with a returned dossier, its result to download and the rating form', async () => {
    const result = pdf('giay-phep-gia-han.pdf');
    const element = await tracking(await returned({ method: 'online', resultFile: await upload(result) }));
    expect(shadow(element).querySelector('[part=rating] fieldset legend')).not.to.equal(null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    find<HTMLButtonElement>(element, '[part=rating] button[type=submit]').click();
    await until(() => shadow(element).querySelector('#rating-summary') !== null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('downloads an online result with the secret in a header only, and says whether it was early, on time or late', async () => {
    const result = pdf('giay-phep-gia-han.pdf');
    const dossier = await returned({ method: 'online', resultFile: await upload(result) });
    const element = await tracking(dossier);
    expect(text(element)).to.contain('Đã trả kết quả');
    expect(text(element)).to.match(/Giải quyết (trước hạn|đúng hạn)/);
    const page = location.href;
    const clicked: string[] = [];
    // The browser's download manager is no part of the page; the link's click is where the page hands over to it.
    element.addEventListener('click', (e) => {
      const anchor = e.composedPath()[0];
      if (anchor instanceof HTMLAnchorElement && anchor.hasAttribute('download')) {
        clicked.push(anchor.href);
        e.preventDefault();
      }
    });
    button(element, 'Tải kết quả về').click();
    await until(() => shadow(element).querySelector('[part=result-file]') !== null);
    const link = find<HTMLAnchorElement>(element, '[part=result-file]');
    expect(link.href).to.match(/^blob:/);
    expect(link.href).not.to.contain(dossier.secret);
    expect(link.download).to.equal(`ket-qua-${dossier.code}.pdf`);
    expect(clicked).to.deep.equal([link.href], 'saving starts by itself');
    expect(await (await fetch(link.href)).text()).to.equal(await result.text());
    expect(location.href).to.equal(page, 'the secret never reaches the page’s address or history');
  });

  it('rates once; a second rating (another tab) is told kindly, with the rating on record (English)', async () => {
    const dossier = await returned({ method: 'in-person' });
    const first = await tracking(dossier, 'en');
    const second = await tracking(dossier, 'en');
    expect(text(first)).to.contain('Collect your result at the one-stop counter.');
    await rate(first, 'acceptable', 'Helpful staff, but a long wait.');
    expect(text(first)).to.contain('Thank you for your rating.');
    expect(text(first)).to.contain('Your rating: Acceptable');
    expect(text(first)).to.contain('Comments: Helpful staff, but a long wait.');
    expect(shadow(first).querySelector('#rating-comment')).to.equal(null, 'no second form');
    await rate(second, 'satisfied');
    expect(find(second, '[part=notice]').textContent).to.contain('This dossier was already rated; each dossier is rated once.');
    expect(text(second)).to.contain('Your rating: Acceptable');
    expect(shadow(second).querySelector('#rating-summary')).to.equal(null, 'not an error to fix');
  });

  it('asks for a rating to be chosen before sending', async () => {
    const element = await tracking(await returned({ method: 'postal', trackingNumber: 'EMS-VN-20261122' }));
    expect(text(element)).to.contain('Số hiệu bưu gửi: EMS-VN-20261122');
    find<HTMLButtonElement>(element, '[part=rating] button[type=submit]').click();
    await until(() => shadow(element).querySelector('#rating-summary') !== null);
    expect(shadow(element).activeElement?.id).to.equal('rating-summary');
    find<HTMLAnchorElement>(element, '#rating-summary a').click();
    expect(shadow(element).activeElement?.id).to.equal('rating-satisfied');
  });

  it('names in its history the step each event took the dossier to, in the page’s language', async () => {
    const dossier = await filePermit();
    await officerActs(dossier.code, 'receive', { postedDocumentsReceived: ['giay-phep-da-cap'] });
    await officerActs(dossier.code, 'forward');
    const items = (element: MotcuaDossierStatus) => [...shadow(element).querySelectorAll('h3 + ol > li')].map((li) => li.textContent?.replace(/\s+/g, ' ') ?? '');
    const vi = await tracking(dossier);
    expect(items(vi).at(-1)).to.match(/: Đang xử lý \(Kiểm tra hồ sơ, đối chiếu giấy phép đã cấp\)$/);
    const en = await tracking(dossier, 'en');
    expect(items(en).at(-1)).to.match(/\(Check the dossier against the permit issued\)$/);
  });

  it('shows the agency’s apology in full, in the page’s language', async () => {
    const dossier = await filePermit();
    await officerActs(dossier.code, 'receive', { postedDocumentsReceived: ['giay-phep-da-cap'] });
    await officerActs(dossier.code, 'extend', { days: 2, reason: 'Cần xác minh hiện trạng công trình.' });
    const vi = await tracking(dossier);
    expect(find(vi, '[part=apologies] h4').textContent).to.equal('THƯ XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ');
    expect(text(vi)).to.contain('Lý do: Cần xác minh hiện trạng công trình.');
    const en = await tracking(dossier, 'en');
    expect(find(en, '[part=apologies] h4').textContent).to.equal('LETTER OF APOLOGY AND NEW APPOINTMENT');
    expect(text(en)).to.contain('sincerely apologises that dossier');
  });

  it('withdraws a dossier not yet received, after a confirmation that can be declined', async () => {
    const element = await tracking(await filePermit());
    button(element, 'Rút hồ sơ này').click();
    await until(() => shadow(element).activeElement?.id === 'withdraw-warning');
    button(element, 'Không, giữ hồ sơ').click();
    await until(() => shadow(element).activeElement?.id === 'withdraw-start');
    expect(text(element)).to.contain('Đã nộp, chờ tiếp nhận');
    button(element, 'Rút hồ sơ này').click();
    await until(() => shadow(element).querySelector('#withdraw-reason') !== null);
    find<HTMLTextAreaElement>(element, '#withdraw-reason').value = 'Nộp nhầm thủ tục.';
    button(element, 'Có, rút hồ sơ').click();
    await noticed(element);
    expect(find(element, '[part=notice]').textContent).to.equal('Đã rút hồ sơ.');
    expect(text(element)).to.contain('Nộp nhầm thủ tục.');
    expect(shadow(element).querySelector('[part=withdraw]')).to.equal(null);
  });

  it('a dossier received meanwhile can no longer be withdrawn, and says so (English)', async () => {
    const dossier = await filePermit();
    const element = await tracking(dossier, 'en');
    await officerActs(dossier.code, 'receive', { postedDocumentsReceived: ['giay-phep-da-cap'] });
    button(element, 'Withdraw this dossier').click();
    await until(() => shadow(element).querySelector('#withdraw-reason') !== null);
    button(element, 'Yes, withdraw it').click();
    await noticed(element);
    expect(find(element, '[part=notice]').textContent).to.contain('can no longer be withdrawn');
    expect(text(element)).to.contain('Received');
    expect(text(element)).to.match(/Due date.*working days? left|due today/);
  });
});

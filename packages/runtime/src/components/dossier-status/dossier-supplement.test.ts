import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, loadRuntime, SERVER, until } from '../../test-support/browser.js';
import type { MotcuaDocumentSlot } from '../document-slot/motcua-document-slot.component.js';
import { awaitingSupplement, button, find, officerActs, pdf, shadow, text, tracking, upload } from './dossier-test-support.js';
import type { DossierChangeDetail, MotcuaDossierStatus } from './motcua-dossier-status.component.js';

const slot = (element: MotcuaDossierStatus) => find<MotcuaDocumentSlot>(element, '#supplement-document-don-de-nghi');

/** What a citizen's file picker does, in the upload slot of the document asked for. */
function choose(element: MotcuaDossierStatus, file: File): void {
  const input = (slot(element).shadowRoot as ShadowRoot).querySelector('input[type=file]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const labelled = (element: MotcuaDossierStatus, label: string) => {
  const found = [...shadow(element).querySelectorAll('[part=supplement] label')].find((l) => l.textContent?.trim() === label);
  if (!found) throw new Error(`no field labelled “${label}”`);
  return find<HTMLInputElement>(element, `#${found.getAttribute('for') as string}`);
};

/** The fields typed from the version's form, and the upload slot, which loads when a supplement asks for documents, have arrived. */
const typed = (element: MotcuaDossierStatus) => until(() => shadow(element).querySelector('[part=supplement] fieldset') !== null && slot(element).shadowRoot !== null);

function fill(element: MotcuaDossierStatus, values: Record<string, string>): void {
  for (const [label, value] of Object.entries(values)) labelled(element, label).value = value;
}

async function serverClock(dossier: { code: string; secret: string }) {
  const response = await fetch(`${SERVER}/api/v1/dossiers/${dossier.code}`, { headers: { 'X-Dossier-Secret': dossier.secret } });
  return ((await response.json()) as { status: string; clock: { paused: boolean; workingDaysLeft: number } });
}

describe('<motcua-dossier-status> answering a supplement request', () => {
  before(loadRuntime);
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with a supplement request open, and with its problems shown', async () => {
    const element = await tracking(await awaitingSupplement());
    await typed(element);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    button(element, 'Gửi bổ sung').click();
    await until(() => shadow(element).querySelector('#supplement-summary') !== null);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('shows why, what documents and which fields, typed from the version’s form, and that the clock is paused', async () => {
    const element = await tracking(await awaitingSupplement());
    await typed(element);
    expect(text(element)).to.contain('Cần bổ sung hồ sơ');
    expect(text(element)).to.contain('Đơn đề nghị thiếu chữ ký; số điện thoại không liên lạc được.');
    expect(text(element)).to.contain('Tạm dừng tính thời hạn trong khi chờ Ông/Bà bổ sung hồ sơ');
    expect(slot(element).requirement?.name.vi).to.match(/^Đơn đề nghị gia hạn/);
    expect(labelled(element, 'Số điện thoại').getAttribute('inputmode')).to.equal('tel', 'a phone keypad');
    // The server replaces a top-level answer whole: the address is asked in full, under its own legend.
    expect(find(element, '[part=supplement] legend').textContent).to.equal('Địa chỉ liên hệ');
    expect(['Tỉnh, thành phố', 'Xã, phường, đặc khu', 'Số nhà, đường, thôn, tổ dân phố'].map((l) => labelled(element, l).tagName)).to.deep.equal(['INPUT', 'INPUT', 'INPUT']);
    // Each starts from what was filed, so the citizen corrects rather than types it all again.
    expect(['Số điện thoại', 'Tỉnh, thành phố', 'Xã, phường, đặc khu', 'Số nhà, đường, thôn, tổ dân phố'].map((l) => labelled(element, l).value)).to.deep.equal(['0912345678', 'Hà Nội', 'Phường Ba Đình', '12 Điện Biên Phủ']);
  });

  it('answering with an upload and the corrected fields resumes the clock, and says so', async () => {
    const dossier = await awaitingSupplement();
    expect((await serverClock(dossier)).clock.paused).to.equal(true);
    const element = await tracking(dossier);
    const changes: DossierChangeDetail[] = [];
    element.addEventListener('motcua-dossier-change', (e) => changes.push(e.detail));
    await typed(element);
    choose(element, pdf('don-de-nghi-co-chu-ky.pdf'));
    await until(() => slot(element).value.uploads.length === 1);
    fill(element, { 'Số điện thoại': '0987654321', 'Tỉnh, thành phố': 'Hà Nội', 'Xã, phường, đặc khu': 'Phường Ba Đình', 'Số nhà, đường, thôn, tổ dân phố': '14 Điện Biên Phủ' });
    find<HTMLTextAreaElement>(element, '#supplement-note').value = 'Đã ký đơn.';
    button(element, 'Gửi bổ sung').click();
    await until(() => shadow(element).querySelector('[part=notice]') !== null);
    expect(text(element)).to.contain('Đã gửi phần bổ sung');
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('notice', 'the notice takes focus');
    expect(shadow(element).querySelector('[part=supplement]')).to.equal(null);
    expect(text(element)).not.to.contain('Tạm dừng tính thời hạn');
    expect(text(element)).to.match(/Hạn trả kết quả.*\((còn \d+ ngày làm việc|còn 1 ngày làm việc|đến hạn hôm nay)\)/);
    const after = await serverClock(dossier);
    expect([after.status, after.clock.paused]).to.deep.equal(['received', false]);
    expect(changes.map((c) => [c.action, c.status.status])).to.deep.equal([['supplement', 'received']]);
  });

  it('checks before sending, then maps the server’s refusals to their fields in an error summary (English)', async () => {
    const element = await tracking(await awaitingSupplement(), 'en');
    await typed(element);
    labelled(element, 'Phone number').value = '';
    button(element, 'Send').click();
    await until(() => shadow(element).querySelector('#supplement-summary') !== null);
    const summary = find(element, '#supplement-summary');
    expect(shadow(element).activeElement).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links[0]?.textContent).to.match(/^Upload “Application to extend the permit/);
    expect(links.map((a) => a.textContent)).to.include('Enter “Phone number”');
    links[0]?.click();
    expect(slot(element).shadowRoot?.activeElement?.getAttribute('type')).to.equal('file', 'the link leads to the upload');

    choose(element, pdf());
    await until(() => slot(element).value.uploads.length === 1);
    fill(element, { 'Phone number': '12345', 'Province or city': 'Hà Nội', 'Commune, ward or special zone': 'Phường Ba Đình', 'House number, street, village or residential group': '14 Điện Biên Phủ' });
    button(element, 'Send').click();
    await until(() => labelled(element, 'Phone number').getAttribute('aria-invalid') === 'true' && shadow(element).querySelectorAll('#supplement-summary a').length === 1);
    const phone = labelled(element, 'Phone number');
    const link = find<HTMLAnchorElement>(element, '#supplement-summary a');
    expect(link.getAttribute('href')).to.equal(`#${phone.id}`);
    expect(phone.getAttribute('aria-describedby')).to.contain(`${phone.id}-error`);
    expect(find(element, `#${phone.id}-error`).textContent).to.equal(link.textContent);
    expect(text(element)).to.contain('More documents needed', 'nothing was sent: the request still waits');
    link.click();
    expect(shadow(element).activeElement).to.equal(phone);
  });

  it('a supplement answered meanwhile at the counter is said plainly, with the dossier’s new status', async () => {
    const dossier = await awaitingSupplement();
    const element = await tracking(dossier);
    await typed(element);
    await officerActs(dossier.code, 'supplement', {
      documents: [{ document: 'don-de-nghi', uploads: [await upload(pdf())] }],
      answers: { soDienThoai: '0987654321', diaChiLienHe: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '14 Điện Biên Phủ' } },
    });
    choose(element, pdf());
    await until(() => slot(element).value.uploads.length === 1);
    fill(element, { 'Số điện thoại': '0987654321', 'Tỉnh, thành phố': 'Hà Nội', 'Xã, phường, đặc khu': 'Phường Ba Đình', 'Số nhà, đường, thôn, tổ dân phố': '14 Điện Biên Phủ' });
    button(element, 'Gửi bổ sung').click();
    await until(() => shadow(element).querySelector('[part=notice]') !== null);
    expect(find(element, '[part=notice]').textContent).to.contain('Hồ sơ vừa thay đổi tình trạng');
    expect(shadow(element).querySelector('[part=supplement]')).to.equal(null);
    expect(text(element)).to.contain('Đã tiếp nhận');
  });
});

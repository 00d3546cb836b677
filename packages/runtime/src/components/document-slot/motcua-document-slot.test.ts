import { expect } from '@esm-bundle/chai';
import type { DocumentRequirement } from '@motcua/core';
import { accessibilityViolations, cleanup, fixture, loadRuntime, SERVER, until } from '../../test-support/browser.js';
import type { DocumentChangeDetail, MotcuaDocumentSlot } from './motcua-document-slot.js';

const REQUIREMENT: DocumentRequirement = {
  id: 'ban-chinh',
  source: '/documents/0',
  origin: 'definition',
  name: { vi: 'Bản chính giấy tờ cần chứng thực', en: 'The original to be certified' },
  required: true,
  conditional: false,
  originals: 1,
  copies: 2,
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxSize: 10 * 1024 * 1024,
  template: { url: 'https://example.gov.vn/mau.docx', name: { vi: 'Mẫu tờ khai', en: 'Application form' } },
  mayFollowByPost: false,
  legalBasis: [],
};

const pdf = (name = 'giay-khai-sinh.pdf', extra = '') => new File([`%PDF-1.4\n% ${extra}\n%%EOF\n`], name, { type: 'application/pdf' });
const png = (name: string) => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])], name, { type: 'application/pdf' });

const shadow = (element: MotcuaDocumentSlot) => element.shadowRoot as ShadowRoot;
const text = (element: MotcuaDocumentSlot) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';
const input = (element: MotcuaDocumentSlot) => shadow(element).querySelector('input[type=file]') as HTMLInputElement;
const buttonNamed = (element: MotcuaDocumentSlot, name: string) =>
  [...shadow(element).querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name)) as HTMLButtonElement;

async function slot(requirement: Partial<DocumentRequirement> = {}, attributes = `server="${SERVER}"`): Promise<MotcuaDocumentSlot> {
  const element = fixture<MotcuaDocumentSlot>(`<motcua-document-slot ${attributes}></motcua-document-slot>`);
  element.requirement = { ...REQUIREMENT, ...requirement };
  await element.updateComplete;
  return element;
}

/** What a citizen's file picker does. */
function choose(element: MotcuaDocumentSlot, ...files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input(element).files = transfer.files;
  input(element).dispatchEvent(new Event('change', { bubbles: true }));
}

function changes(element: MotcuaDocumentSlot): DocumentChangeDetail[] {
  const seen: DocumentChangeDetail[] = [];
  element.addEventListener('motcua-document-change', (e) => seen.push(e.detail));
  return seen;
}

const send = XMLHttpRequest.prototype.send;

/** Every upload request the page makes, with the server's answer once it comes; undone after each test. */
function watchUploads(): { answers: unknown[]; sent: number } {
  const watch = { answers: [] as unknown[], sent: 0 };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body) {
    watch.sent += 1;
    this.addEventListener('load', () => watch.answers.push(this.response));
    send.call(this, body);
  };
  return watch;
}

describe('<motcua-document-slot>', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    XMLHttpRequest.prototype.send = send;
  });

  it('passes axe’s WCAG 2.2 AA checks, empty, with an error, and with a file uploaded', async () => {
    const element = await slot({ mayFollowByPost: true });
    expect(await accessibilityViolations(element)).to.deep.equal([]);
    element.setAttribute('error', 'Tải lên bản chính giấy tờ cần chứng thực');
    choose(element, pdf());
    await until(() => element.value.uploads.length === 1);
    expect(await accessibilityViolations(element)).to.deep.equal([]);
  });

  it('labels the input with the document and says how many, which types and how large', async () => {
    const element = await slot();
    const label = shadow(element).querySelector('label[for=file]') as HTMLLabelElement;
    expect(label.textContent).to.equal('Bản chính giấy tờ cần chứng thực');
    expect(input(element).multiple).to.equal(true);
    expect(input(element).accept).to.contain('application/pdf').and.contain('.jpg');
    expect(text(element)).to.contain('Cần: 1 bản chính, 2 bản sao.').and.contain('Loại tệp: PDF, JPEG, PNG; tối đa 10 MB mỗi tệp.');
    expect((shadow(element).querySelector('[part=hint] a') as HTMLAnchorElement).href).to.equal('https://example.gov.vn/mau.docx');
  });

  it('uploads a PDF with a progress bar, then lists it and passes on the server’s upload id', async () => {
    const uploads = watchUploads();
    const element = await slot({}, `server="${SERVER}" procedure="2.000815" version="1"`);
    const seen = changes(element);
    let progressShown = false;
    let uploadingSaid = false;
    new MutationObserver(() => {
      progressShown ||= shadow(element).querySelector('progress[part=progress]') !== null;
      uploadingSaid ||= element.uploading;
    }).observe(shadow(element), { childList: true, subtree: true });
    choose(element, pdf('Giấy khai sinh.pdf'));
    await until(() => seen.length === 1);
    expect(progressShown).to.equal(true);
    expect([uploadingSaid, element.uploading]).to.deep.equal([true, false]);
    const answer = uploads.answers[0] as { id: string; mime: string };
    expect(seen[0]).to.deep.equal({ document: 'ban-chinh', uploads: [{ id: answer.id, name: 'Giấy khai sinh.pdf', size: pdf().size, type: 'application/pdf' }], byPost: false });
    expect(shadow(element).querySelector('[part=file]')?.textContent).to.contain('Giấy khai sinh.pdf').and.contain('Đã tải lên');
    expect(shadow(element).querySelector('[role=status]')?.textContent).to.contain('Đã tải lên “Giấy khai sinh.pdf”');
    expect(element.complete).to.equal(true);
  });

  it('refuses a PNG named .pdf before sending a single byte', async () => {
    const uploads = watchUploads();
    const element = await slot();
    const seen = changes(element);
    choose(element, png('scan.pdf'));
    await until(() => shadow(element).querySelector('#error') !== null);
    expect(shadow(element).querySelector('#error')?.textContent).to.contain('là ảnh PNG, không phải tài liệu PDF');
    expect(input(element).getAttribute('aria-describedby')).to.equal('hint error');
    expect(uploads.sent).to.equal(0);
    expect(seen).to.deep.equal([]);
    expect(element.complete).to.equal(false);
  });

  it('refuses a file over the size limit, saying both sizes', async () => {
    const uploads = watchUploads();
    const element = await slot({ maxSize: 1024 });
    choose(element, pdf('lon.pdf', 'x'.repeat(2000)));
    await until(() => shadow(element).querySelector('#error') !== null);
    expect(text(element)).to.contain('có dung lượng 2 KB, vượt quá mức cho phép 1 KB');
    expect(text(element)).to.contain('tối đa 1 KB mỗi tệp');
    expect(uploads.sent).to.equal(0);
  });

  it('shows a restored draft’s files; removing one says so and leaves no uploads', async () => {
    const element = await slot();
    element.value = { uploads: [{ id: '9b2f5c1e-0000-4000-8000-000000000001', name: 'cccd.pdf', size: 2048, type: 'application/pdf' }] };
    await element.updateComplete;
    expect(text(element)).to.contain('cccd.pdf (2 KB) Đã tải lên');
    expect(element.complete).to.equal(true);
    const seen = changes(element);
    buttonNamed(element, 'Bỏ tệp').click();
    await element.updateComplete;
    expect(seen).to.deep.equal([{ document: 'ban-chinh', uploads: [], byPost: false }]);
    expect(shadow(element).querySelector('[part=file]')).to.equal(null);
    expect(shadow(element).activeElement).to.equal(input(element), 'focus goes back to the input');
    expect(element.complete).to.equal(false);
  });

  it('offers sending by post only where the document allows it, and that completes the slot', async () => {
    const without = await slot();
    expect(shadow(without).querySelector('#by-post')).to.equal(null);
    cleanup();
    const element = await slot({ mayFollowByPost: true });
    const seen = changes(element);
    const box = shadow(element).querySelector('#by-post') as HTMLInputElement;
    expect(shadow(element).querySelector('label[for=by-post]')?.textContent).to.equal('Tôi sẽ gửi giấy tờ này qua bưu chính');
    expect(element.complete).to.equal(false);
    box.click();
    expect(element.complete).to.equal(true);
    expect(seen).to.deep.equal([{ document: 'ban-chinh', uploads: [], byPost: true }]);
    box.click();
    expect(element.complete).to.equal(false);
    expect(seen[1]).to.deep.equal({ document: 'ban-chinh', uploads: [], byPost: false });
  });

  it('shows the form’s error beside the input, tied to it, and focus() lands on the input', async () => {
    const element = await slot({}, `server="${SERVER}" error="Tải lên bản chính giấy tờ cần chứng thực"`);
    const error = shadow(element).querySelector('#error') as HTMLElement;
    expect(error.getAttribute('part')).to.equal('error');
    expect(error.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Lỗi: Tải lên bản chính giấy tờ cần chứng thực');
    expect(input(element).getAttribute('aria-describedby')).to.equal('hint error');
    expect(input(element).getAttribute('aria-invalid')).to.equal('true');
    element.focus();
    expect(shadow(element).activeElement).to.equal(input(element));
    element.removeAttribute('error');
    await element.updateComplete;
    expect(input(element).getAttribute('aria-describedby')).to.equal('hint');
  });

  it('speaks English with locale="en", down to the file check', async () => {
    const element = await slot({ mayFollowByPost: true, required: false }, `server="${SERVER}" locale="en"`);
    expect(shadow(element).querySelector('label[for=file]')?.textContent).to.equal('The original to be certified (optional)');
    expect(text(element)).to.contain('Needed: 1 original, 2 copies.').and.contain('File types: PDF, JPEG, PNG; up to 10 MB each.');
    expect(text(element)).to.contain('Download the form: Application form').and.contain('I will send this document by post');
    choose(element, png('scan.pdf'));
    await until(() => shadow(element).querySelector('#error') !== null);
    expect(text(element)).to.contain('Error: The file “scan.pdf” is a PNG image, not a PDF document');
  });

  it('shows the server’s own refusal of an upload, in the page’s language', async () => {
    const element = await slot({ id: 'khong-co' }, `server="${SERVER}" procedure="2.000815" version="1"`);
    choose(element, pdf());
    await until(() => shadow(element).querySelector('[part=file] [part=error]') !== null);
    expect(text(element)).to.contain('Thủ tục không có giấy tờ “khong-co”.');
    expect(element.value.uploads).to.deep.equal([]);
  });

  it('a server out of reach gets a plain message and a Retry that works once it is back', async () => {
    const element = await slot({}, 'server="http://127.0.0.1:9"');
    const errors: string[] = [];
    element.addEventListener('motcua-error', (e) => errors.push(e.detail.code));
    const seen = changes(element);
    choose(element, pdf('ho-chieu.pdf'));
    await until(() => errors.length > 0);
    expect(errors).to.deep.equal(['document-upload-failed']);
    expect(text(element)).to.contain('Không kết nối được máy chủ, tệp chưa được tải lên');
    expect(shadow(element).querySelector('[role=status]')?.textContent).to.contain('Chưa tải lên được “ho-chieu.pdf”');
    element.server = SERVER;
    buttonNamed(element, 'Thử lại').click();
    await until(() => seen.length === 1);
    expect(seen[0]?.uploads.map((u) => u.name)).to.deep.equal(['ho-chieu.pdf']);
    expect(text(element)).not.to.contain('Không kết nối được máy chủ');
  });
});

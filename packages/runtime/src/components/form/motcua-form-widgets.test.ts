import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, loadRuntime } from '../../test-support/browser.js';
import { choose, control, hasControl, press, settle, summary, text, type, until } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';
import { expectSameVerdicts, labelOf, openFixture, toSubmit } from './schema-test-support.js';


/** The text of the hint an input announces (its aria-describedby), without the error. */
function hintOf(form: MotcuaForm, name: string): string | undefined {
  const ids = control(form, name).getAttribute('aria-describedby')?.split(' ') ?? [];
  const hint = ids.find((id) => id.endsWith('-h'));
  return hint ? (form.shadowRoot?.getElementById(hint)?.textContent ?? undefined) : undefined;
}

function hasError(form: MotcuaForm, name: string): boolean {
  return form.shadowRoot?.getElementById(`${control(form, name).id}-e`) !== null;
}

/** Top-level answers in the order their first controls appear. */
function order(form: MotcuaForm): string[] {
  const names = [...(form.shadowRoot?.querySelectorAll('[name^="/"]') ?? [])].map((c) => c.getAttribute('name')?.split('/')[1] ?? '');
  return [...new Set(names)];
}

describe('<motcua-form> widgets and uiSchema', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('passes axe’s WCAG 2.2 AA checks with every kind of control and notice showing, errors too', async () => {
    for (const name of ['schema-widgets', 'schema-fields', 'schema-unsupported']) {
      const form = await openFixture(name);
      await form.validate();
      // Sections (content-visibility: auto) lay out what came into view on the next frame; axe measures touch targets.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(await accessibilityViolations(form), name).to.deep.equal([]);
      cleanup();
    }
  });

  it('gives dates, e-mail addresses, web addresses, phone numbers and citizen IDs the keyboards and checks they need', async () => {
    const form = await openFixture('schema-widgets');
    expect(control(form, '/ngaySinh').type).to.equal('date');
    expect(control(form, '/email').type).to.equal('email');
    expect(control(form, '/email').autocomplete).to.equal('email');
    expect(control(form, '/trangWeb').type).to.equal('url');
    const phone = control(form, '/soDienThoai');
    expect([phone.type, phone.inputMode, phone.autocomplete]).to.deep.equal(['tel', 'tel', 'tel']);
    const id = control(form, '/soDinhDanh');
    expect([id.type, id.inputMode, id.maxLength, id.autocomplete]).to.deep.equal(['text', 'numeric', 12, 'off']);
    await type(form, '/soDinhDanh', '00109001234');
    expect(hasError(form, '/soDinhDanh')).to.equal(true);
    await type(form, '/soDinhDanh', '001090012345');
    expect(hasError(form, '/soDinhDanh')).to.equal(false);
    // People write phone numbers in groups; the answer is the digits.
    await type(form, '/soDienThoai', '0912 345 678');
    expect(toSubmit(form).soDienThoai).to.equal('0912345678');
    expect(hasError(form, '/soDienThoai')).to.equal(false);
    await type(form, '/email', 'an@');
    expect(text(form)).to.contain('“Thư điện tử” phải là');
    await type(form, '/trangWeb', 'https://dichvucong.gov.vn');
    expect(hasError(form, '/trangWeb')).to.equal(false);
  });

  it('reads money as written in Vietnam and shows it back with its dots once the citizen moves on', async () => {
    const form = await openFixture('schema-widgets');
    const money = control(form, '/thuNhap');
    expect(money.inputMode).to.equal('numeric');
    await type(form, '/thuNhap', '1.500.000');
    expect(toSubmit(form).thuNhap).to.equal(1500000);
    expect(money.value).to.equal('1.500.000');
    await type(form, '/thuNhap', '1500000');
    expect(money.value).to.equal('1.500.000');
    await type(form, '/thuNhap', '2 000 000 đ');
    expect(toSubmit(form).thuNhap).to.equal(2000000);
    expect(money.value).to.equal('2.000.000');
    await type(form, '/thuNhap', 'hai triệu');
    expect(hasError(form, '/thuNhap')).to.equal(true);
  });

  it('follows ui:order with *, ui:title, ui:placeholder, ui:help, ui:enumNames, ui:widget and ui:options', async () => {
    const form = await openFixture('schema-widgets');
    expect(order(form)).to.deep.equal(['hoTen', 'soDinhDanh', 'soDienThoai', 'ngaySinh', 'email', 'trangWeb', 'thuNhap', 'noiCuTru', 'hinhThucNhan', 'giayToKemTheo', 'ghiChu']);
    expect(labelOf(form, '/hoTen')).to.equal('Họ, chữ đệm và tên');
    expect(control(form, '/hoTen').placeholder).to.equal('Nguyễn Văn An');
    expect(hintOf(form, '/hoTen')).to.equal('Viết như trên giấy khai sinh.');
    expect(hintOf(form, '/soDinhDanh')).to.equal('Gồm 12 chữ số, in trên thẻ căn cước.');
    await choose(form, '/hinhThucNhan', 'Bưu điện');
    expect(toSubmit(form).hinhThucNhan).to.equal('buu-dien');
    const notes = control<HTMLTextAreaElement>(form, '/ghiChu');
    expect([notes.tagName, notes.rows, notes.maxLength]).to.deep.equal(['TEXTAREA', 6, 2000]);
    // addable, removable and orderable false: the list is as the schema’s default made it.
    expect(control(form, '/giayToKemTheo/1/ten').value).to.equal('Giấy xác nhận cư trú');
    expect(form.shadowRoot?.querySelector('[data-path="/giayToKemTheo"]')).to.equal(null);
    expect(toSubmit(form).giayToKemTheo).to.deep.equal([{ ten: 'Bản sao căn cước' }, { ten: 'Giấy xác nhận cư trú' }]);
  });

  it('lays out a group in the columns ui:columns asks for', async () => {
    const form = await openFixture('schema-widgets');
    const province = control(form, '/noiCuTru/tinh').getBoundingClientRect();
    const commune = control(form, '/noiCuTru/xa').getBoundingClientRect();
    expect(commune.top).to.equal(province.top);
    expect(commune.left).to.be.greaterThan(province.right);
    const email = control(form, '/email').getBoundingClientRect();
    expect(control(form, '/trangWeb').getBoundingClientRect().top).to.be.greaterThan(email.bottom);
  });

  it('speaks English from form.i18n.en, falling back to the Vietnamese where a text has no translation', async () => {
    const form = await openFixture('schema-widgets', { locale: 'en' });
    expect(labelOf(form, '/hoTen')).to.equal('Full name');
    expect(control(form, '/hoTen').placeholder).to.equal('Nguyen Van An');
    expect(hintOf(form, '/hoTen')).to.equal('As written on the birth certificate.');
    expect(hintOf(form, '/soDinhDanh')).to.equal('12 digits, printed on the identity card.');
    expect(control(form, '/noiCuTru/tinh').closest('fieldset')?.querySelector('legend')?.textContent).to.equal('Place of residence');
    expect(labelOf(form, '/noiCuTru/tinh')).to.equal('Province or city');
    expect(labelOf(form, '/noiCuTru/xa')).to.equal('Xã, phường');
    expect(labelOf(form, '/email')).to.equal('Thư điện tử (optional)');
    await choose(form, '/hinhThucNhan', 'Post');
    expect(toSubmit(form).hinhThucNhan).to.equal('buu-dien');
    await form.validate();
    expect(summary(form)).to.include('Enter “Full name”.');
  });

  it('turns the pages of ui:pages, with their titles in the progress line and conditional questions on the last', async () => {
    const form = await openFixture('schema-pages');
    const progress = () => form.shadowRoot?.querySelector('.progress')?.textContent;
    expect(progress()).to.equal('Bước 1/3: Người khai');
    expect(hasControl(form, '/diaChi')).to.equal(false);
    press(form, 'button[type="submit"]');
    await until(() => summary(form).length > 0);
    expect(summary(form)).to.deep.equal(['Vui lòng nhập “Họ và tên”.', 'Vui lòng nhập “Năm sinh”.']);
    await type(form, '/hoTen', 'Đặng Văn Long');
    await type(form, '/namSinh', '1988');
    press(form, 'button[type="submit"]');
    await until(() => progress() === 'Bước 2/3: Nơi ở');
    expect(form.shadowRoot?.activeElement?.classList.contains('progress')).to.equal(true);
    await type(form, '/diaChi', '5 Điện Biên Phủ, Ba Đình, Hà Nội');
    await choose(form, '/coUyQuyen', 'Nộp thay theo ủy quyền');
    press(form, 'button[type="submit"]');
    await until(() => progress() === 'Bước 3/3: Cam đoan');
    // The question the ticked box brought in has no page of its own: it waits on the last.
    expect(labelOf(form, '/nguoiUyQuyen')).to.equal('Họ tên người ủy quyền');
    await form.validate();
    expect(summary(form)).to.have.members(['Vui lòng nhập “Họ tên người ủy quyền”.', 'Vui lòng nhập “Tôi cam đoan nội dung khai là đúng”.']);
    press(form, '.error-summary a[href$="nguoiUyQuyen"]');
    await settle(form);
    expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('/nguoiUyQuyen');
    press(form, '[data-action="back"]');
    await until(() => progress() === 'Bước 2/3: Nơi ở');
    expect(control(form, '/diaChi').value).to.equal('5 Điện Biên Phủ, Ba Đình, Hà Nội');
    cleanup();
    const english = await openFixture('schema-pages', { locale: 'en' });
    expect(english.shadowRoot?.querySelector('.progress')?.textContent).to.equal('Step 1 of 3: Applicant');
  });

  it('finds the same problems as the server, valid answers and invalid ones', async () => {
    await expectSameVerdicts('schema-widgets', [
      [{ hoTen: 'Đặng Thu Hà', soDinhDanh: '001090012345', noiCuTru: { tinh: 'Hà Nội', xa: 'Ba Đình' } }, []],
      [{}, ['/hoTen', '/noiCuTru/tinh', '/noiCuTru/xa', '/soDinhDanh']],
      [
        { hoTen: 'Hà', soDinhDanh: '0010900123', soDienThoai: '0123', ngaySinh: '2024-02-30', email: 'ha@', trangWeb: 'không phải địa chỉ', thuNhap: -1, noiCuTru: { tinh: 'Hà Nội' }, hinhThucNhan: 'fax', giayToKemTheo: [{ ten: '' }], ghiChu: 'x'.repeat(2001) },
        ['/email', '/ghiChu', '/giayToKemTheo/0/ten', '/hinhThucNhan', '/ngaySinh', '/noiCuTru/xa', '/soDienThoai', '/soDinhDanh', '/thuNhap', '/trangWeb'],
      ],
    ]);
    await expectSameVerdicts('schema-pages', [
      [{ hoTen: 'An', namSinh: 1990, diaChi: 'Huế', camDoan: true }, []],
      [{ hoTen: 'An', namSinh: 1990, diaChi: 'Huế', coUyQuyen: true }, ['/camDoan', '/nguoiUyQuyen']],
      [{ namSinh: '1990', diaChi: '', coUyQuyen: false, nguoiUyQuyen: 'Bình', camDoan: true }, ['/diaChi', '/hoTen', '/namSinh']],
    ]);
  });
});

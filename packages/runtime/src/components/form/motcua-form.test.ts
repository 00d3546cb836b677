import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fixture, loadRuntime, SERVER } from '../../test-support/browser.js';
import type { MotcuaForm } from './motcua-form.component.js';
import { choose, control, hasControl, openForm, press, settle, summary, text, type, until } from './form-test-support.js';

describe('<motcua-form>', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('passes axe’s WCAG 2.2 AA checks, with errors showing', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    expect(await accessibilityViolations(form)).to.deep.equal([]);
    await form.validate();
    expect(summary(form).length).to.be.greaterThan(0);
    expect(await accessibilityViolations(form)).to.deep.equal([]);
  });

  it('renders a catalogue form with labels, hints, optional marks and schema defaults', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    const name = control(form, '/hoTen');
    expect(form.shadowRoot?.querySelector(`label[for="${name.id}"]`)?.textContent).to.equal('Họ và tên người yêu cầu');
    expect(control(form, '/soDienThoai').type).to.equal('tel');
    expect(control(form, '/soDienThoai').placeholder).to.equal('0912345678');
    expect(text(form)).to.contain('Số điện thoại (không bắt buộc)');
    // minItems 1: the group starts with one item, whose soBan takes its default.
    expect(control(form, '/banSao/0/soBan').value).to.equal('1');
  });

  it('checks a field when the citizen leaves it, in plain words wired to the input', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await type(form, '/soDienThoai', '12345');
    const phone = control(form, '/soDienThoai');
    // The wording of errors arrives with the deferred module, right after the first fields.
    await until(() => (form.shadowRoot?.querySelector(`#${phone.id}-e`) ?? null) !== null);
    expect(form.shadowRoot?.querySelector(`#${phone.id}-e`)?.textContent).to.contain('Số điện thoại');
    expect(phone.getAttribute('aria-describedby')).to.contain(`${phone.id}-e`);
    expect(phone.getAttribute('aria-invalid')).to.equal('true');
    await type(form, '/soDienThoai', '0912345678');
    await until(() => (form.shadowRoot?.querySelector(`#${phone.id}-e`) ?? null) === null);
  });

  it('on submit lists every problem in a focused summary whose links focus the fields', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    press(form, 'button[type="submit"]');
    await until(() => summary(form).length > 0);
    expect(form.shadowRoot?.activeElement?.classList.contains('error-summary')).to.equal(true);
    expect(summary(form).join('\n')).to.contain('Họ và tên người yêu cầu');
    press(form, '.error-summary a');
    await settle(form);
    expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('/hoTen');
  });

  it('adds, reorders and removes items of a repeatable group, keeping their answers', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await type(form, '/banSao/0/tenGiayTo', 'Học bạ');
    press(form, '[data-action="add"]');
    await settle(form);
    expect(hasControl(form, '/banSao/1/tenGiayTo')).to.equal(true);
    expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('/banSao/1/tenGiayTo');
    await type(form, '/banSao/1/tenGiayTo', 'Bằng tốt nghiệp');
    press(form, '[data-action="up"][data-index="1"]');
    await settle(form);
    expect(control(form, '/banSao/0/tenGiayTo').value).to.equal('Bằng tốt nghiệp');
    expect(control(form, '/banSao/1/tenGiayTo').value).to.equal('Học bạ');
    press(form, '[data-action="remove"][data-index="0"]');
    await settle(form);
    expect(control(form, '/banSao/0/tenGiayTo').value).to.equal('Học bạ');
    expect(hasControl(form, '/banSao/1/tenGiayTo')).to.equal(false);
    // minItems 1: the last item cannot be removed.
    expect(form.shadowRoot?.querySelector('[data-action="remove"]')).to.equal(null);
  });

  it('keeps the fee and the promised date beside the form current as answers change', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await until(() => form.shadowRoot?.querySelector('[part="fee-total"]') !== null);
    await type(form, '/banSao/0/soTrang', '3');
    await until(() => /5\.000/.test(form.shadowRoot?.querySelector('[part="fee-total"]')?.textContent ?? ''));
    await type(form, '/banSao/0/soBan', '2');
    await until(() => /10\.000/.test(form.shadowRoot?.querySelector('[part="fee-total"]')?.textContent ?? ''));
    expect(form.shadowRoot?.querySelector('[part="promised-date"]')?.textContent).to.match(/\d{4}/);
  });

  it('turns pages of a multi-page form, checking each page before the next', async () => {
    const form = await openForm('procedure="1.000894" agency="phuong-ba-dinh"');
    expect(text(form)).to.contain('Bước 1/3');
    expect(hasControl(form, '/benNam/hoTen')).to.equal(false);
    press(form, 'button[type="submit"]');
    await until(() => summary(form).length > 0);
    expect(summary(form).every((line) => !line.includes('bên nam'))).to.equal(true);
    expect(text(form)).to.contain('Bước 1/3');
    for (const [name, value] of [
      ['/benNu/hoTen', 'Nguyễn Thị Lan'],
      ['/benNu/ngaySinh', '1995-03-08'],
      ['/benNu/danToc', 'Kinh'],
      ['/benNu/soDinhDanh', '001195012345'],
      ['/benNu/noiCuTru/province', 'Hà Nội'],
      ['/benNu/noiCuTru/commune', 'Ba Đình'],
      ['/benNu/noiCuTru/detail', '12 Phan Đình Phùng'],
    ] as const) {
      await type(form, name, value);
    }
    press(form, 'button[type="submit"]');
    await until(() => text(form).includes('Bước 2/3'));
    expect(hasControl(form, '/benNam/hoTen')).to.equal(true);
    expect(form.shadowRoot?.activeElement?.classList.contains('progress')).to.equal(true);
    press(form, '[data-action="back"]');
    await until(() => text(form).includes('Bước 1/3'));
    expect(control(form, '/benNu/hoTen').value).to.equal('Nguyễn Thị Lan');
  });

  it('shows a section only in the case its condition names, and does not submit it otherwise', async () => {
    const form = await openForm('procedure="1.004873" agency="phuong-ba-dinh"');
    expect(hasControl(form, '/nguoiDuDinhKetHon/hoTen')).to.equal(false);
    // Until a case is chosen nothing can be quoted, and the panel says why rather than pretending to load.
    await until(() => (form.shadowRoot?.querySelector('.summary')?.textContent ?? '').includes('Chọn trường hợp'));
    expect(form.shadowRoot?.querySelector('.summary')?.textContent).not.to.contain('Đang tải');
    await choose(form, '$case', 'Xác nhận để đăng ký kết hôn');
    await until(() => hasControl(form, '/nguoiDuDinhKetHon/hoTen'));
    await until(() => form.shadowRoot?.querySelector('[part="fee-total"]') !== null);
    await type(form, '/nguoiDuDinhKetHon/hoTen', 'Đỗ Minh Khoa');
    expect(form.flow?.session.answers()).to.have.nested.property('nguoiDuDinhKetHon.hoTen', 'Đỗ Minh Khoa');
    await choose(form, '$case', 'Cấp lại (giấy đã hết hạn hoặc dùng vào mục đích khác)');
    await until(() => !hasControl(form, '/nguoiDuDinhKetHon/hoTen'));
    expect(form.flow?.session.answers()).not.to.have.property('nguoiDuDinhKetHon');
    // The answer is kept in case the citizen changes their mind.
    await choose(form, '$case', 'Xác nhận để đăng ký kết hôn');
    await until(() => hasControl(form, '/nguoiDuDinhKetHon/hoTen'));
    expect(control(form, '/nguoiDuDinhKetHon/hoTen').value).to.equal('Đỗ Minh Khoa');
  });

  it('speaks English with locale="en", labels from the form’s own translations', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh" locale="en"');
    expect(form.shadowRoot?.querySelector(`label[for="${control(form, '/hoTen').id}"]`)?.textContent).to.equal('Applicant\'s full name');
    await type(form, '/soDienThoai', '12');
    expect(text(form)).to.contain('Phone number');
    expect(text(form)).to.contain('(optional)');
  });

  it('says plainly when the procedure code does not exist, and offers no pointless retry', async () => {
    const errors: string[] = [];
    document.addEventListener('motcua-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code), { once: true });
    const form = fixture<MotcuaForm>(`<motcua-form server="${SERVER}" procedure="9.999999"></motcua-form>`);
    await until(() => form.status === 'failed');
    await settle(form);
    expect(text(form)).to.contain('Không tìm thấy thủ tục mã “9.999999”');
    expect(form.shadowRoot?.querySelector('button')).to.equal(null);
    expect(errors).to.deep.equal(['procedure-not-found']);
  });

  it('reports an agency that does not offer the procedure, and lets the citizen choose one', async () => {
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent<{ code: string }>).detail.code);
    document.addEventListener('motcua-error', listener);
    try {
      const form = await openForm('procedure="2.000815" agency="ha-noi" channel="by-pigeon"');
      expect(errors).to.include('agency-not-offering');
      expect(errors).to.include('attribute-invalid');
      expect(hasControl(form, '$agency')).to.equal(true);
      expect(form.channel).to.equal('online');
    } finally {
      document.removeEventListener('motcua-error', listener);
    }
  });

  it('fits a 320 px wide phone screen without sideways scrolling', async () => {
    const holder = fixture<HTMLDivElement>('<div class="phone"></div>');
    holder.style.width = '320px';
    const form = document.createElement('motcua-form');
    form.setAttribute('server', SERVER);
    form.setAttribute('procedure', '1.000894');
    form.setAttribute('agency', 'phuong-ba-dinh');
    holder.append(form);
    await until(() => (form.shadowRoot?.querySelector('input') ?? null) !== null);
    await settle(form);
    expect(form.scrollWidth).to.be.at.most(320);
    for (const input of form.shadowRoot?.querySelectorAll('input:not([type=radio]):not([type=checkbox])') ?? []) {
      expect(input.getBoundingClientRect().right).to.be.at.most(holder.getBoundingClientRect().right + 0.5);
    }
  });

  it('keeps what was entered when the language changes, even before the autosave has caught up', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await type(form, '/hoTen', 'Trần Thị Bình');
    const autosaved = () => Object.keys(localStorage).some((key) => localStorage.getItem(key)?.includes('Trần Thị Bình'));
    await until(autosaved);
    // Typed again and the language changed at once, within the autosave's pause: what is in hand wins over what was saved.
    await type(form, '/hoTen', 'Nguyễn Văn An');
    form.locale = 'en';
    await until(() => form.shadowRoot?.querySelector(`label[for="${control(form, '/hoTen').id}"]`)?.textContent === 'Applicant\'s full name');
    expect(control(form, '/hoTen').value).to.equal('Nguyễn Văn An');
    expect(form.flow?.session.answers()).to.have.property('hoTen', 'Nguyễn Văn An');
  });
});

import { expect } from '@esm-bundle/chai';
import { cleanup, loadRuntime } from '../../test-support/browser.js';
import { choose, control, hasControl, press, settle, text, type } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';
import { expectSameVerdicts, labelOf, openFixture, toSubmit } from './schema-test-support.js';

function legendOf(form: MotcuaForm, name: string): string | undefined {
  return control(form, name).closest('fieldset')?.querySelector(':scope > legend')?.textContent ?? undefined;
}

function optionsOf(form: MotcuaForm, name: string): string[] {
  const root = form.shadowRoot as ShadowRoot;
  const select = root.querySelector<HTMLSelectElement>(`select[name="${CSS.escape(name)}"]`);
  if (select) return [...select.options].slice(1).map((o) => o.textContent ?? '');
  return [...root.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)].map((i) => root.querySelector(`label[for="${i.id}"]`)?.textContent ?? '');
}

function errorOf(form: MotcuaForm, name: string): string | undefined {
  const field = control(form, name);
  const id = field.closest('fieldset.field')?.id ?? field.id;
  return form.shadowRoot?.querySelector(`#${id}-e`)?.textContent?.replace(/\s+/g, ' ').trim();
}

const selected = (form: MotcuaForm, name: string): string => {
  const select = control<HTMLSelectElement>(form, name);
  return select.selectedOptions[0]?.textContent ?? '';
};

describe('<motcua-form> schema features', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('shows nested objects, $ref’d ones included, as fieldsets with their titles as legends', async () => {
    const form = await openFixture('schema-fields');
    expect(legendOf(form, '/nguoiKhai/hoTen')).to.equal('Người khai');
    expect(legendOf(form, '/nguoiKhai/noiThuongTru/tinh')).to.equal('Nơi thường trú');
    expect(control(form, '/nguoiKhai/noiThuongTru/tinh').closest('fieldset')?.parentElement?.closest('fieldset')?.querySelector('legend')?.textContent).to.equal('Người khai');
    expect(labelOf(form, '/nguoiKhai/noiThuongTru/xa')).to.equal('Xã, phường, đặc khu');
    expect(labelOf(form, '/nguoiKhai/noiThuongTru/chiTiet')).to.equal('Số nhà, đường, thôn, tổ (không bắt buộc)');
    await form.validate();
    // The $defs’ own `required` applies where the $ref is used.
    expect(errorOf(form, '/nguoiKhai/noiThuongTru/tinh')).to.contain('Tỉnh, thành phố');
    expect(hasControl(form, '/nguoiKhai/noiThuongTru/chiTiet')).to.equal(true);
    expect(errorOf(form, '/nguoiKhai/noiThuongTru/chiTiet')).to.equal(undefined);
  });

  it('reads whole and decimal numbers as numbers, says so when they are not, and ticks yes/no', async () => {
    const form = await openFixture('schema-fields');
    expect(control(form, '/nguoiKhai/namSinh').inputMode).to.equal('numeric');
    expect(control(form, '/nguoiKhai/chieuCao').inputMode).to.equal('decimal');
    await type(form, '/nguoiKhai/namSinh', '1990');
    await type(form, '/nguoiKhai/chieuCao', '1,65');
    expect(toSubmit(form)).to.deep.include({ nguoiKhai: { namSinh: 1990, chieuCao: 1.65, noiThuongTru: {} } });
    await type(form, '/nguoiKhai/namSinh', '1990,5');
    expect(errorOf(form, '/nguoiKhai/namSinh')).to.contain('“Năm sinh” phải là một số nguyên');
    await type(form, '/nguoiKhai/chieuCao', 'cao');
    expect(errorOf(form, '/nguoiKhai/chieuCao')).to.contain('phải là một số');
    // Correcting it, the error goes as soon as the text is a number, and what is being typed stays as typed.
    const height = control(form, '/nguoiKhai/chieuCao');
    height.focus();
    height.value = '1,';
    height.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(form);
    expect(errorOf(form, '/nguoiKhai/chieuCao')).to.equal(undefined);
    expect(height.value).to.equal('1,');
    expect(control(form, '/nguoiKhai/daKetHon').type).to.equal('checkbox');
    await choose(form, '/nguoiKhai/daKetHon', 'Đã kết hôn');
    expect(toSubmit(form)).to.have.nested.property('nguoiKhai.daKetHon', true);
  });

  it('offers up to five choices as radios and more as a select, unless ui:widget says otherwise', async () => {
    const form = await openFixture('schema-fields');
    expect(control(form, '/nguoiKhai/gioiTinh').type).to.equal('radio');
    expect(optionsOf(form, '/nguoiKhai/gioiTinh')).to.deep.equal(['Nam', 'Nữ']);
    expect(optionsOf(form, '/nguoiKhai/nhomMau')).to.deep.equal(['A', 'B', 'AB', 'O']);
    expect(control(form, '/danToc').tagName).to.equal('SELECT');
    expect(optionsOf(form, '/danToc')).to.have.length(7);
    // Two options, but ui:widget select; seven, but ui:widget radio.
    expect(control(form, '/loaiGiayTo').tagName).to.equal('SELECT');
    expect(optionsOf(form, '/loaiGiayTo')).to.deep.equal(['Căn cước', 'Hộ chiếu']);
    expect(control(form, '/trinhDo').type).to.equal('radio');
    expect(optionsOf(form, '/trinhDo')).to.have.length(7);
    await choose(form, '/nguoiKhai/gioiTinh', 'Nữ');
    await choose(form, '/danToc', 'Mường');
    await choose(form, '/loaiGiayTo', 'Hộ chiếu');
    await choose(form, '/trinhDo', 'Đại học trở lên');
    expect(toSubmit(form)).to.deep.include({ danToc: 'Mường', loaiGiayTo: 'ho-chieu', trinhDo: 'dai-hoc' });
    expect(toSubmit(form)).to.have.nested.property('nguoiKhai.gioiTinh', 'nu');
  });

  it('asks for several of a list with checkboxes, answering the chosen values in the list’s order', async () => {
    const form = await openFixture('schema-fields');
    expect(legendOf(form, '/mucDich')).to.equal('Mục đích sử dụng');
    expect(optionsOf(form, '/mucDich')).to.deep.equal(['Học tập', 'Làm việc', 'Du lịch', 'Khác']);
    await choose(form, '/mucDich', 'Du lịch');
    await choose(form, '/mucDich', 'Học tập');
    expect(toSubmit(form).mucDich).to.deep.equal(['hoc-tap', 'du-lich']);
    await choose(form, '/mucDich', 'Học tập');
    await choose(form, '/mucDich', 'Du lịch');
    expect(toSubmit(form)).not.to.have.property('mucDich');
    await form.validate();
    expect(errorOf(form, '/mucDich')).to.contain('Mục đích sử dụng');
  });

  it('repeats a group from minItems to maxItems: no Add at the most, no Remove at the least', async () => {
    const form = await openFixture('schema-fields');
    const add = () => form.shadowRoot?.querySelector('[data-action="add"][data-path="/thanhVien"]');
    const removes = () => form.shadowRoot?.querySelectorAll('[data-action="remove"][data-path="/thanhVien"]').length;
    expect(hasControl(form, '/thanhVien/0/hoTen')).to.equal(true);
    expect(removes()).to.equal(0);
    expect(add()?.textContent).to.equal('Thêm: Thành viên hộ gia đình');
    press(form, '[data-action="add"][data-path="/thanhVien"]');
    await settle(form);
    press(form, '[data-action="add"][data-path="/thanhVien"]');
    await settle(form);
    expect(hasControl(form, '/thanhVien/2/hoTen')).to.equal(true);
    expect(add()).to.equal(null);
    expect(removes()).to.equal(3);
    press(form, '[data-action="remove"][data-index="2"]');
    await settle(form);
    expect(hasControl(form, '/thanhVien/2/hoTen')).to.equal(false);
    expect(add()).not.to.equal(null);
  });

  it('moves and removes items with their answers, selects included', async () => {
    const form = await openFixture('schema-fields', { answers: { thanhVien: [{ hoTen: 'Lê Văn Nam' }, { hoTen: 'Phạm Thị Hoa' }] } });
    await choose(form, '/thanhVien/0/quanHe', 'Con');
    await choose(form, '/thanhVien/1/quanHe', 'Vợ');
    press(form, '[data-action="down"][data-index="0"]');
    await settle(form);
    expect(control(form, '/thanhVien/0/hoTen').value).to.equal('Phạm Thị Hoa');
    expect(selected(form, '/thanhVien/0/quanHe')).to.equal('Vợ');
    expect(selected(form, '/thanhVien/1/quanHe')).to.equal('Con');
    expect(toSubmit(form).thanhVien).to.deep.equal([
      { hoTen: 'Phạm Thị Hoa', quanHe: 'Vợ' },
      { hoTen: 'Lê Văn Nam', quanHe: 'Con' },
    ]);
    cleanup();
    const again = await openFixture('schema-fields', { answers: { thanhVien: [{ hoTen: 'Lê Văn Nam' }, { hoTen: 'Phạm Thị Hoa' }] } });
    await choose(again, '/thanhVien/0/quanHe', 'Con');
    press(again, '[data-action="remove"][data-index="0"]');
    await settle(again);
    expect(control(again, '/thanhVien/0/hoTen').value).to.equal('Phạm Thị Hoa');
    expect(selected(again, '/thanhVien/0/quanHe')).to.equal('— Chọn —');
  });

  it('lists plain values, each item labelled with its number, checked on its own, and removed with its answer', async () => {
    const form = await openFixture('schema-fields');
    expect(hasControl(form, '/soDienThoaiKhac/0')).to.equal(false);
    press(form, '[data-action="add"][data-path="/soDienThoaiKhac"]');
    await settle(form);
    expect(labelOf(form, '/soDienThoaiKhac/0')).to.equal('Số điện thoại khác 1');
    expect(form.shadowRoot?.activeElement?.getAttribute('name')).to.equal('/soDienThoaiKhac/0');
    await type(form, '/soDienThoaiKhac/0', '0912345678');
    press(form, '[data-action="add"][data-path="/soDienThoaiKhac"]');
    await settle(form);
    await type(form, '/soDienThoaiKhac/1', '12345');
    expect(errorOf(form, '/soDienThoaiKhac/1')).to.contain('không đúng định dạng');
    expect(errorOf(form, '/soDienThoaiKhac/0')).to.equal(undefined);
    expect(toSubmit(form).soDienThoaiKhac).to.deep.equal(['0912345678', '12345']);
    cleanup();
    const again = await openFixture('schema-fields', { answers: { soDienThoaiKhac: [null, null] } });
    await type(again, '/soDienThoaiKhac/0', '0987654321');
    press(again, '[data-action="remove"][data-index="0"]');
    await settle(again);
    // The box left shows the answer it now holds (none), not what was typed into the one removed.
    expect(control(again, '/soDienThoaiKhac/0').value).to.equal('');
    expect(hasControl(again, '/soDienThoaiKhac/1')).to.equal(false);
  });

  it('starts from the schema’s defaults, shows read-only answers that cannot be changed, and submits both', async () => {
    const form = await openFixture('schema-fields');
    expect(control(form, '/quocTich').value).to.equal('Việt Nam');
    expect(control(form, '/soBan').value).to.equal('1');
    const office = control(form, '/coQuanTiepNhan');
    expect(office.value).to.equal('UBND phường Ba Đình');
    expect(office.readOnly).to.equal(true);
    expect(toSubmit(form)).to.deep.include({ quocTich: 'Việt Nam', soBan: 1, coQuanTiepNhan: 'UBND phường Ba Đình' });
    cleanup();
    const given = await openFixture('schema-fields', { answers: { quocTich: 'Lào' } });
    expect(control(given, '/quocTich').value).to.equal('Lào');
  });

  it('asks the citizen to tick a declaration that must be true, and never ticks it for them', async () => {
    const form = await openFixture('schema-fields');
    const box = control(form, '/camDoan');
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false);
    expect(toSubmit(form)).not.to.have.property('camDoan');
    await form.validate();
    expect(text(form)).to.contain('Tôi cam đoan những nội dung khai trên là đúng sự thật');
    expect(errorOf(form, '/camDoan')).not.to.equal(undefined);
    await choose(form, '/camDoan', 'Tôi cam đoan những nội dung khai trên là đúng sự thật');
    await form.validate();
    expect(errorOf(form, '/camDoan')).to.equal(undefined);
  });

  it('shows a notice for what it cannot render and reports it, while the rest of the form works', async () => {
    const events: CustomEvent<{ code: string; message: string }>[] = [];
    const form = await openFixture('schema-unsupported', { events });
    expect(events.map((e) => e.detail.code)).to.deep.equal(['unsupported-schema', 'unsupported-schema', 'unsupported-schema']);
    const notes = [...(form.shadowRoot?.querySelectorAll('.notice[role="note"]') ?? [])].map((n) => n.closest('fieldset')?.querySelector('legend')?.textContent);
    expect(notes).to.deep.equal(['Thông tin khác', 'Người đại diện', 'Giấy tờ tùy thân']);
    expect(text(form)).to.contain('patternProperties');
    expect(hasControl(form, '/giayTo')).to.equal(false);
    await type(form, '/hoTen', 'Vũ Thị Thu');
    await type(form, '/ghiChu', 'Nộp thay cho mẹ');
    expect(await form.validate()).to.deep.equal([]);
    expect(toSubmit(form)).to.deep.equal({ hoTen: 'Vũ Thị Thu', ghiChu: 'Nộp thay cho mẹ' });
  });

  it('finds the same problems as the server, valid answers and invalid ones', async () => {
    const valid = {
      nguoiKhai: { hoTen: 'Nguyễn Văn An', namSinh: 1990, gioiTinh: 'nam', noiThuongTru: { tinh: 'Hà Nội', xa: 'Ba Đình' } },
      danToc: 'Kinh',
      mucDich: ['lam-viec'],
      thanhVien: [{ hoTen: 'Nguyễn Thị Bình', quanHe: 'Vợ' }],
      camDoan: true,
    };
    await expectSameVerdicts('schema-fields', [
      [valid, []],
      [{}, ['/camDoan', '/danToc', '/mucDich', '/nguoiKhai/gioiTinh', '/nguoiKhai/hoTen', '/nguoiKhai/namSinh', '/nguoiKhai/noiThuongTru/tinh', '/nguoiKhai/noiThuongTru/xa', '/thanhVien/0/hoTen', '/thanhVien/0/quanHe']],
      [
        {
          ...valid,
          nguoiKhai: { hoTen: '', namSinh: 1850, chieuCao: 'cao', gioiTinh: 'khac', noiThuongTru: { tinh: 'Hà Nội', xa: 'Ba Đình' } },
          mucDich: ['lam-viec', 'lam-viec'],
          thanhVien: [{ hoTen: 'A', quanHe: 'Vợ' }, { hoTen: 'B', quanHe: 'Con' }, { hoTen: 'C', quanHe: 'Con' }, { hoTen: 'D', quanHe: 'Bạn' }],
          soDienThoaiKhac: ['0912345678', '123'],
          soBan: 0,
          camDoan: false,
        },
        ['/camDoan', '/mucDich', '/nguoiKhai/chieuCao', '/nguoiKhai/gioiTinh', '/nguoiKhai/hoTen', '/nguoiKhai/namSinh', '/soBan', '/soDienThoaiKhac/1', '/thanhVien', '/thanhVien/3/quanHe'],
      ],
    ]);
    await expectSameVerdicts('schema-unsupported', [
      [{ hoTen: 'Vũ Thị Thu' }, []],
      [{ ghiChu: 'Nộp thay' }, ['/hoTen']],
      // What the form cannot show, it does not send.
      [{ hoTen: 'Vũ Thị Thu', nguoiDaiDien: { loai: 'ca-nhan', soDinhDanh: '1' }, thongTinKhac: { maHoSo: 5 } }, []],
    ]);
  });
});

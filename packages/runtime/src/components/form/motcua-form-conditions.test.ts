import { expect } from '@esm-bundle/chai';
import { cleanup, loadRuntime } from '../../test-support/browser.js';
import { choose, control, hasControl, press, settle, text, type, until } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';
import { expectSameVerdicts, labelOf, openFixture, toSubmit } from './schema-test-support.js';


/** The paths `validate()` finds problems at, in order. */
async function problems(form: MotcuaForm): Promise<string[]> {
  return (await form.validate()).map((issue) => issue.path).sort();
}

describe('<motcua-form> conditions', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('swaps the questions of a root if/then/else as the answer changes, submitting and requiring only those shown', async () => {
    const form = await openFixture('schema-conditions');
    expect(hasControl(form, '/hoTen')).to.equal(true);
    expect(hasControl(form, '/toChuc/tenToChuc')).to.equal(false);
    await choose(form, '/loaiNguoiNop', 'Tổ chức');
    expect(control(form, '/toChuc/tenToChuc').closest('fieldset')?.querySelector('legend')?.textContent).to.equal('Thông tin tổ chức');
    expect(hasControl(form, '/hoTen')).to.equal(false);
    await type(form, '/toChuc/tenToChuc', 'Hợp tác xã Bình Minh');
    expect(await problems(form)).to.include.members(['/toChuc/maSoThue']).and.not.include('/hoTen');
    await choose(form, '/loaiNguoiNop', 'Cá nhân');
    expect(hasControl(form, '/toChuc/tenToChuc')).to.equal(false);
    expect(toSubmit(form)).not.to.have.property('toChuc');
    expect(await problems(form)).to.include('/hoTen').and.not.include('/toChuc/maSoThue');
    await choose(form, '/loaiNguoiNop', 'Tổ chức');
    expect(control(form, '/toChuc/tenToChuc').value).to.equal('Hợp tác xã Bình Minh');
  });

  it('adds questions inside a nested object by its own if', async () => {
    const form = await openFixture('schema-conditions');
    expect(hasControl(form, '/noiO/soHopDong')).to.equal(false);
    await choose(form, '/noiO/hinhThuc', 'Nhà thuê');
    expect(control(form, '/noiO/soHopDong').closest('fieldset')?.id).to.equal(control(form, '/noiO/hinhThuc').closest('fieldset.group')?.id);
    expect(control(form, '/noiO/thueDen').type).to.equal('date');
    expect(await problems(form)).to.include('/noiO/soHopDong');
    await type(form, '/noiO/soHopDong', 'HĐ-2025/117');
    await choose(form, '/noiO/hinhThuc', 'Ở nhờ');
    expect(hasControl(form, '/noiO/soHopDong')).to.equal(false);
    expect(toSubmit(form).noiO).to.deep.equal({ hinhThuc: 'o-nho' });
    expect(await problems(form)).not.to.include('/noiO/soHopDong');
  });

  it('applies each if of an allOf on its own, and hides what hangs on a hidden answer', async () => {
    const form = await openFixture('schema-conditions');
    await choose(form, '/coConNho', 'Có con dưới 6 tuổi');
    expect(hasControl(form, '/soCon')).to.equal(true);
    expect(hasControl(form, '/diaChiNhan')).to.equal(false);
    await choose(form, '/nhanQuaBuuDien', 'Nhận thông báo qua bưu điện');
    expect(hasControl(form, '/diaChiNhan')).to.equal(true);
    expect(await problems(form)).to.include.members(['/soCon', '/diaChiNhan']);
    await type(form, '/soCon', '3');
    await until(() => hasControl(form, '/deNghiHoTro'));
    await choose(form, '/deNghiHoTro', 'Đề nghị hỗ trợ nuôi con');
    await choose(form, '/coConNho', 'Có con dưới 6 tuổi');
    expect(hasControl(form, '/soCon')).to.equal(false);
    // Three children is no longer an answer, so the question it brought in goes with it.
    expect(hasControl(form, '/deNghiHoTro')).to.equal(false);
    expect(hasControl(form, '/diaChiNhan')).to.equal(true);
    expect(toSubmit(form)).to.include({ coConNho: false, nhanQuaBuuDien: true }).and.not.have.any.keys('soCon', 'deNghiHoTro');
  });

  it('decides the if of each item of a list by that item’s answers', async () => {
    const form = await openFixture('schema-conditions');
    press(form, '[data-action="add"][data-path="/nguoiDuocUyQuyen"]');
    await settle(form);
    press(form, '[data-action="add"][data-path="/nguoiDuocUyQuyen"]');
    await settle(form);
    expect(hasControl(form, '/nguoiDuocUyQuyen/0/soGiayUyQuyen')).to.equal(true);
    await choose(form, '/nguoiDuocUyQuyen/0/laNguoiThan', 'Là người thân');
    expect(hasControl(form, '/nguoiDuocUyQuyen/0/quanHe')).to.equal(true);
    expect(hasControl(form, '/nguoiDuocUyQuyen/0/soGiayUyQuyen')).to.equal(false);
    expect(hasControl(form, '/nguoiDuocUyQuyen/1/soGiayUyQuyen')).to.equal(true);
    expect(hasControl(form, '/nguoiDuocUyQuyen/1/quanHe')).to.equal(false);
    const found = await problems(form);
    expect(found).to.include.members(['/nguoiDuocUyQuyen/0/quanHe', '/nguoiDuocUyQuyen/1/soGiayUyQuyen']);
    expect(found).not.to.include.members(['/nguoiDuocUyQuyen/0/soGiayUyQuyen']);
  });

  it('decides an if in $defs where a $ref uses it', async () => {
    const form = await openFixture('schema-conditions');
    expect(control(form, '/lienHe/kenh').closest('fieldset.group')?.querySelector('legend')?.textContent).to.equal('Thông tin liên hệ');
    expect(hasControl(form, '/lienHe/dienThoai')).to.equal(true);
    await choose(form, '/lienHe/kenh', 'Thư điện tử');
    expect(control(form, '/lienHe/email').type).to.equal('email');
    expect(hasControl(form, '/lienHe/dienThoai')).to.equal(false);
    expect(await problems(form)).to.include('/lienHe/email').and.not.include('/lienHe/dienThoai');
  });

  it('speaks English in $defs too: the translations are keyed where each text is written', async () => {
    const form = await openFixture('schema-conditions', { locale: 'en' });
    const legend = control(form, '/lienHe/kenh').closest('fieldset.group')?.querySelector('legend')?.textContent;
    expect(legend).to.equal('Contact details');
    expect(control(form, '/lienHe/kenh').closest('fieldset')?.querySelector('legend')?.textContent).to.equal('Contact by');
    expect(text(form)).to.contain('Phone number');
    await choose(form, '/lienHe/kenh', 'Email');
    expect(labelOf(form, '/lienHe/email')).to.equal('Email address');
  });

  it('asks what dependentSchemas add once the member they depend on is answered, and stops when it is cleared', async () => {
    const form = await openFixture('schema-conditions');
    expect(hasControl(form, '/ngayHetHanHoChieu')).to.equal(false);
    await type(form, '/soHoChieu', 'C1234567');
    await until(() => hasControl(form, '/ngayHetHanHoChieu'));
    expect(control(form, '/ngayHetHanHoChieu').type).to.equal('date');
    expect(await problems(form)).to.include('/ngayHetHanHoChieu');
    await type(form, '/soHoChieu', '');
    await until(() => !hasControl(form, '/ngayHetHanHoChieu'));
    expect(await problems(form)).not.to.include('/ngayHetHanHoChieu');
  });

  it('finds the same problems as the server, hidden answers and all', async () => {
    const person = { loaiNguoiNop: 'ca-nhan', hoTen: 'Trịnh Văn Quyết', noiO: { hinhThuc: 'so-huu' }, lienHe: { kenh: 'dien-thoai', dienThoai: '0912345678' } };
    await expectSameVerdicts('schema-conditions', [
      [person, []],
      [{ ...person, toChuc: { maSoThue: 'sai' }, noiO: { hinhThuc: 'o-nho', soHopDong: '' } }, []],
      [{}, ['/hoTen', '/lienHe/dienThoai', '/lienHe/kenh', '/loaiNguoiNop', '/noiO/hinhThuc']],
      [
        { ...person, loaiNguoiNop: 'to-chuc', toChuc: { tenToChuc: 'HTX', maSoThue: '12' }, noiO: { hinhThuc: 'thue' }, coConNho: true, soCon: 0, nhanQuaBuuDien: true },
        ['/diaChiNhan', '/noiO/soHopDong', '/soCon', '/toChuc/maSoThue'],
      ],
      [
        { ...person, lienHe: { kenh: 'email', email: 'khong-phai-thu', dienThoai: '0912345678' }, nguoiDuocUyQuyen: [{ hoTen: 'A', laNguoiThan: true }, { hoTen: 'B', soGiayUyQuyen: '12/UQ' }], soHoChieu: 'c123' },
        ['/lienHe/email', '/ngayHetHanHoChieu', '/nguoiDuocUyQuyen/0/quanHe', '/soHoChieu'],
      ],
      [{ ...person, coConNho: false, soCon: 4, deNghiHoTro: 'có' }, []],
    ]);
  });
});

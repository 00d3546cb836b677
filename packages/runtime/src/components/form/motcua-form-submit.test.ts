import { expect } from '@esm-bundle/chai';
import { cleanup, loadRuntime } from '../../test-support/browser.js';
import type { Receipt } from './form-submit.js';
import { choose, control, fillCopyRequest, hasControl, openForm, press, settle, submitted, summary, SERVER, text, type, until } from './form-test-support.js';
import type { MotcuaForm } from './motcua-form.component.js';

function pressSubmit(form: MotcuaForm): void {
  press(form, 'button[type="submit"]');
}

describe('<motcua-form> submitting', () => {
  before(loadRuntime);
  afterEach(() => {
    cleanup();
    localStorage.clear();
  });

  it('files a dossier with its upload and shows a receipt with the code, the date and the fee', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    const events: Receipt[] = [];
    form.addEventListener('motcua-submitted', (event) => events.push(event.detail));
    await fillCopyRequest(form);
    pressSubmit(form);
    await submitted(form);
    expect(events).to.have.length(1);
    const receipt = form.shadowRoot?.querySelector('motcua-receipt') as HTMLElement & { updateComplete: Promise<unknown> };
    await receipt.updateComplete;
    const shown = receipt.shadowRoot?.textContent ?? '';
    expect(shown).to.contain(events[0]?.code);
    expect(shown).to.contain(events[0]?.secret);
    expect(shown).to.match(/6\.000\s₫/);
    expect(receipt.shadowRoot?.activeElement?.classList.contains('panel')).to.equal(true);
    const status = await fetch(`${SERVER}/api/v1/dossiers/${events[0]?.code}`, { headers: { 'X-Dossier-Secret': events[0]?.secret ?? '' } });
    expect(status.status).to.equal(200);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('motcua:form:'))).to.deep.equal([]);
  });

  it('after a connection lost on the way back, Retry files nothing twice and shows the first receipt', async () => {
    const form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await fillCopyRequest(form);
    const original = window.fetch;
    const keys: string[] = [];
    let filed: Receipt | undefined;
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.endsWith('/dossiers')) return original(input, init);
      keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
      const response = await original(input, init);
      if (keys.length === 1) {
        filed = (await response.json()) as Receipt;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      pressSubmit(form);
      await until(() => text(form).includes('mất kết nối'));
      expect(form.shadowRoot?.querySelector('[role="alert"]')?.textContent).to.contain('Thử lại');
      press(form, '[data-action="retry"]');
      await submitted(form);
    } finally {
      window.fetch = original;
    }
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(form.flow?.receipt?.code).to.equal(filed?.code);
  });

  it('keeps what was typed across a reload, and can start over', async () => {
    let form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await type(form, '/hoTen', 'Lê Thị Mai');
    await until(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('motcua:form:') && v.includes('Lê Thị Mai')), 3000);
    cleanup();
    form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    expect(control(form, '/hoTen').value).to.equal('Lê Thị Mai');
    expect(text(form)).to.contain('Đã khôi phục');
    press(form, '[data-action="reset"]');
    await settle(form);
    expect(control(form, '/hoTen').value).to.equal('');
  });

  it('saves to the server for later and resumes from the code on another page', async () => {
    let form = await openForm('procedure="2.000815" agency="phuong-ba-dinh"');
    await type(form, '/hoTen', 'Phạm Quốc Anh');
    press(form, '[data-action="save"]');
    await until(() => text(form).includes('Mã tiếp tục'));
    const code = /Mã tiếp tục của bạn là ([0-9A-Z-]+)/.exec(text(form))?.[1] ?? '';
    expect(code).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    cleanup();
    localStorage.clear();
    form = await openForm(`procedure="2.000815" agency="phuong-ba-dinh" resume="${code}"`);
    await until(() => control(form, '/hoTen').value === 'Phạm Quốc Anh');
  });

  it('asks for the postal address when the result is to be posted, as the server requires', async () => {
    const form = await openForm('procedure="2.000635" agency="ha-noi"');
    await until(() => hasControl(form, '$delivery'));
    await choose(form, '$delivery', 'Nhận qua bưu chính (có thể mất phí gửi)');
    await until(() => hasControl(form, '$address/recipient'));
    await form.validate();
    const problems = summary(form).join('\n');
    expect(problems).to.contain('Họ tên người nhận');
    expect(problems).to.contain('Số nhà, đường');
    await type(form, '$address/phone', '123');
    expect(text(form)).to.contain('Số điện thoại có 10 chữ số');
  });

  it('chooses the agency when the procedure is offered by several and none is named', async () => {
    const form = await openForm('procedure="2.000815"');
    const agencies = [...control<HTMLSelectElement>(form, '$agency').options].map((o) => o.textContent);
    expect(agencies.length).to.be.greaterThan(2);
    await form.validate();
    expect(summary(form)).to.include('Vui lòng chọn nơi nộp hồ sơ.');
  });
});

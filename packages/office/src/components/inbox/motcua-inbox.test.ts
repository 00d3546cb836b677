import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, actOn, cleanup, fileAtCounter, fileDossier, fixture, loadOffice, shadow, signIn, until } from '../../test-support/browser.js';
import type { MotcuaInbox } from './motcua-inbox.component.js';

/** Every applicant of this file is a "Hộp Thư": a search for them finds this file's dossiers alone. */
const APPLICANT = 'Lê Thị Hộp Thư';

const rows = (inbox: MotcuaInbox) => [...shadow(inbox).querySelectorAll('tbody tr')];
const codes = (inbox: MotcuaInbox) => rows(inbox).map((row) => row.querySelector('td button')?.textContent?.trim());
const status = (inbox: MotcuaInbox) => shadow(inbox).querySelector('[role=status]')?.textContent?.trim();

async function openInbox(locale = 'vi'): Promise<MotcuaInbox> {
  const inbox = fixture<MotcuaInbox>(`<motcua-inbox agency="phuong-ba-dinh" locale="${locale}"></motcua-inbox>`);
  await until(() => inbox.page !== undefined);
  await inbox.updateComplete;
  return inbox;
}

/** Fills the filter form as an officer does and presses Filter; waits for the new page. */
async function filter(inbox: MotcuaInbox, values: Record<string, string>): Promise<void> {
  const form = shadow(inbox).querySelector('form') as HTMLFormElement;
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value = value;
  const before = inbox.page;
  form.requestSubmit();
  await until(() => inbox.page !== before);
  await inbox.updateComplete;
}

describe('<motcua-inbox>', () => {
  const filed: string[] = [];
  let received: string;
  let walkIn: string;
  before(async () => {
    await loadOffice();
    await signIn();
    for (let i = 1; i <= 21; i += 1) filed.push((await fileDossier(`${APPLICANT} ${i}`)).code);
    received = filed[0] as string;
    const receipt = await actOn(received, 'receive');
    if (receipt.status !== 200) throw new Error(JSON.stringify(receipt.body));
    walkIn = (await fileAtCounter(`${APPLICANT} tại quầy`, 'in-person')).code;
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with its filters and rows', async () => {
    const inbox = await openInbox();
    expect(rows(inbox).length).to.be.greaterThan(0);
    expect(await accessibilityViolations(inbox)).to.deep.equal([]);
  });

  it('searches by applicant without diacritics, or by code, and shows each row’s procedure, applicant, channel, status and due date', async () => {
    const inbox = await openInbox();
    await filter(inbox, { q: 'le thi hop thu 7' });
    expect(codes(inbox)).to.deep.equal([filed[6]]);
    const cells = [...(rows(inbox)[0]?.querySelectorAll('td') ?? [])].map((td) => td.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells[1]).to.match(/^2\.000815 Chứng thực bản sao/);
    expect(cells[2]).to.equal(`${APPLICANT} 7`);
    expect(cells[3]).to.equal('Trực tuyến');
    await until(() => rows(inbox)[0]?.querySelector('.step')?.textContent !== 'tiep-nhan');
    expect(cells[4]).to.match(/^Mới nộp/);
    expect(rows(inbox)[0]?.querySelector('.step')?.textContent).to.equal('Tiếp nhận, kiểm tra bản chính và bản sao', 'the step by its name');
    expect(cells[5]).to.equal('Chưa tính', 'not received: no due date yet');
    await filter(inbox, { q: walkIn });
    expect(codes(inbox)).to.deep.equal([walkIn]);
  });

  it('filters by status, channel and step, and clears the filters', async () => {
    const inbox = await openInbox();
    await filter(inbox, { q: 'hop thu', status: 'received' });
    expect(codes(inbox)).to.deep.equal([received]);
    expect(rows(inbox)[0]?.textContent).to.contain('Đã tiếp nhận');
    await filter(inbox, { status: '', channel: 'in-person' });
    expect(codes(inbox)).to.deep.equal([walkIn]);
    expect(rows(inbox)[0]?.textContent).to.contain('Trực tiếp');
    await until(() => shadow(inbox).querySelector('datalist#steps option[value=tiep-nhan]') !== null);
    expect(shadow(inbox).querySelector('datalist#steps option[value=tiep-nhan]')?.textContent, 'steps suggested by name').to.equal('Tiếp nhận, kiểm tra bản chính và bản sao');
    await filter(inbox, { channel: '', step: 'tiep-nhan', status: 'received' });
    expect(codes(inbox)).to.deep.equal([received]);
    (shadow(inbox).querySelectorAll('form button')[1] as HTMLButtonElement).click();
    await until(() => inbox.page !== undefined && inbox.page.total > 2);
    expect((shadow(inbox).querySelector('[name=q]') as HTMLInputElement).value).to.equal('');
  });

  it('pages through 22 matches twenty at a time', async () => {
    const inbox = await openInbox();
    await filter(inbox, { q: 'hop thu' });
    expect(status(inbox)).to.equal('Hồ sơ 1–20 trên tổng số 22');
    expect(rows(inbox)).to.have.length(20);
    const [previous, next] = [...shadow(inbox).querySelectorAll('nav button')] as HTMLButtonElement[];
    expect(previous?.disabled).to.equal(true);
    next?.click();
    await until(() => status(inbox) === 'Hồ sơ 21–22 trên tổng số 22');
    expect(rows(inbox)).to.have.length(2);
    expect(next?.disabled).to.equal(true);
    expect(new Set(codes(inbox))).to.have.property('size', 2);
  });

  it('marks a dossier past its due date as overdue, and lists only overdue or soon-due ones on demand', async () => {
    const inbox = await openInbox('en');
    await filter(inbox, { q: 'hop thu', status: 'received' });
    expect(rows(inbox)[0]?.textContent).not.to.contain('Overdue');
    inbox.now = new Date(Date.now() + 365 * 86_400_000);
    await inbox.updateComplete;
    expect(rows(inbox)[0]?.querySelector('.overdue')?.textContent).to.equal('⚠ Overdue');
    await filter(inbox, { status: '', due: 'overdue' });
    expect(codes(inbox)).to.deep.equal([], 'the server’s clock: nothing of ours is overdue yet');
    expect(status(inbox)).to.equal('No dossiers.');
    await filter(inbox, { due: 'soon' });
    expect(codes(inbox)).to.include(received);
    expect(codes(inbox).every((code) => code === received || !filed.includes(code as string)), 'dossiers not received have no due date').to.equal(true);
  });

  it('opens a dossier from its code', async () => {
    const inbox = await openInbox();
    await filter(inbox, { q: filed[2] as string });
    const opened: string[] = [];
    inbox.addEventListener('motcua-open', (event) => opened.push((event as CustomEvent<{ code: string }>).detail.code));
    (shadow(inbox).querySelector('tbody td button') as HTMLButtonElement).click();
    expect(opened).to.deep.equal([filed[2]]);
  });
});

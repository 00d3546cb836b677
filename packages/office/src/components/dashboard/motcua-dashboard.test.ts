import { expect } from '@esm-bundle/chai';
import { accessibilityViolations, cleanup, fileAtCounter, fileDossier, fixture, loadOffice, shadow, signIn, until } from '../../test-support/browser.js';
import type { MotcuaDashboard } from './motcua-dashboard.component.js';

const AGENCIES = [
  { id: 'phuong-ba-dinh', name: { vi: 'Trung tâm Phục vụ hành chính công phường Ba Đình' } },
  { id: 'phuong-hoan-kiem', name: { vi: 'Phường Hoàn Kiếm' } },
];

async function openDashboard(attributes = ''): Promise<MotcuaDashboard> {
  const dashboard = fixture<MotcuaDashboard>(`<motcua-dashboard ${attributes}></motcua-dashboard>`);
  dashboard.agencies = AGENCIES;
  await until(() => dashboard.statistics !== undefined || dashboard.problem !== undefined);
  await dashboard.updateComplete;
  return dashboard;
}

/** Sets the picker as an officer does and presses Show; waits for the answer. */
async function pick(dashboard: MotcuaDashboard, values: Record<string, string>): Promise<void> {
  const form = shadow(dashboard).querySelector('form[part=period]') as HTMLFormElement;
  for (const [name, value] of Object.entries(values)) (form.elements.namedItem(name) as HTMLInputElement).value = value;
  const before = [dashboard.statistics, dashboard.problem];
  form.requestSubmit();
  await until(() => dashboard.statistics !== before[0] || (dashboard.problem !== undefined && dashboard.problem !== before[1]));
  await dashboard.updateComplete;
}

/** A table's body as rows of cell texts. */
const table = (dashboard: MotcuaDashboard, id: string) =>
  [...shadow(dashboard).querySelectorAll(`caption#${id} ~ tbody tr`)].map((tr) => [...tr.children].map((cell) => cell.textContent?.trim()));

/** Whether anything was painted on the canvas. */
function painted(canvas: HTMLCanvasElement): boolean {
  const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height);
  return data.some((value, i) => i % 4 === 3 && value > 0);
}

describe('<motcua-dashboard>', () => {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const month = today.slice(0, 7);
  before(async () => {
    await loadOffice();
    await signIn();
    await fileAtCounter('Hoàng Thị Số Liệu', 'in-person', false, 'phuong-hoan-kiem');
    await fileAtCounter('Hoàng Văn Số Liệu', 'in-person', false, 'phuong-hoan-kiem');
    await fileDossier('Hoàng Thị Trực Tuyến', { agency: 'phuong-hoan-kiem' });
  });
  afterEach(cleanup);

  it('passes axe’s WCAG 2.2 AA checks with its picker, totals, charts and tables', async () => {
    const dashboard = await openDashboard();
    expect(dashboard.statistics).not.to.equal(undefined);
    expect(await accessibilityViolations(dashboard)).to.deep.equal([]);
  });

  it('shows one agency’s period: received by channel (two at the counter, one online), the share online, in totals, by month and by procedure, as the server counts them', async () => {
    const dashboard = await openDashboard();
    await pick(dashboard, { from: `${today.slice(0, 4)}-01-01`, to: today, agency: 'phuong-hoan-kiem' });
    const cards = [...shadow(dashboard).querySelectorAll<HTMLElement>('[part=totals] > div')].map((card) => card.innerText.trim().split(/\s*\n\s*/).join(' | '));
    expect(cards[0]).to.equal('Hồ sơ tiếp nhận | 3 | Trực tiếp 2 · Trực tuyến 1 · Bưu chính 0');
    expect(cards[1]).to.equal('Tỷ lệ nộp trực tuyến | 33,3%');
    expect(cards[3]).to.equal('Tỷ lệ đúng hạn | —', 'nothing resolved yet: no rate');
    const thisMonth = table(dashboard, 'by-month').find((row) => row[0] === month);
    expect(thisMonth?.slice(0, 6)).to.deep.equal([month, '3', '2', '1', '0', '33,3%']);
    const procedures = table(dashboard, 'by-procedure');
    expect(procedures.map((row) => row[1])).to.deep.equal(['3']);
    expect(procedures[0]?.[0]).to.match(/^2\.000815 Chứng thực bản sao từ bản chính/);
    expect(table(dashboard, 'by-agency').map((row) => row.slice(1, 2))).to.deep.equal([['3']], 'one agency, its own name from the server');
  });

  it('draws both charts, each with a text alternative pointing to the table of its figures', async () => {
    const dashboard = await openDashboard('locale="en"');
    const canvases = [...shadow(dashboard).querySelectorAll('canvas')];
    expect(canvases).to.have.length(2);
    await until(() => canvases.every(painted));
    expect(canvases.map((c) => c.getAttribute('aria-label'))).to.deep.equal([
      'Dossiers received by month and channel. The figures are in the “By month” table below.',
      'Dossiers resolved by month: early, on time, late. The figures are in the “By month” table below.',
    ]);
  });

  it('links the CSV downloads for the period shown, headed in the officer’s language', async () => {
    const dashboard = await openDashboard();
    await pick(dashboard, { agency: 'phuong-hoan-kiem' });
    const links = [...shadow(dashboard).querySelectorAll<HTMLAnchorElement>('ul.downloads a')];
    expect(links.map((a) => new URL(a.href).pathname)).to.deep.equal(['/api/v1/admin/statistics.csv', '/api/v1/admin/dossiers.csv']);
    expect(new URL(links[0]?.href ?? '').searchParams.get('agency')).to.equal('phuong-hoan-kiem');
    expect(new URL(links[0]?.href ?? '').searchParams.get('lang')).to.equal('vi');
    const csv = await fetch(links[1]?.href ?? '');
    expect(csv.headers.get('content-type')).to.match(/^text\/csv/);
    const rows = (await csv.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(rows).to.have.length(4, 'a header row and our three dossiers');
  });

  it('shows the server’s refusal of a period that ends before it starts', async () => {
    const dashboard = await openDashboard('locale="en"');
    await pick(dashboard, { from: '2026-06-01', to: '2026-05-01' });
    expect(shadow(dashboard).querySelector('[role=alert]')?.textContent).to.match(/period|before|after/i);
    expect(shadow(dashboard).querySelector('canvas')).to.equal(null);
  });
});

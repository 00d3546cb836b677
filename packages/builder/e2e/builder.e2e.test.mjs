// End to end in Debian's Chromium, driven by playwright-core: a reform officer signs in to the
// builder the server serves, creates a procedure from scratch and builds it through the visual
// editors only (the form designer, the documents and fees editors), by keyboard and mouse on
// their labelled controls; publishes it and takes its embed snippet; an agency's page on another
// origin embeds it; a citizen fills it in, uploads the documents and submits; an officer finds the
// dossier in the back office's inbox. One server, one browser, the steps in order (each a test, so
// a failure says which step).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS, freePort, startServer } from '../../../scripts/web-test-server.mjs';
import { addQuestion, formDesigner, nameQuestion, selectQuestion } from './form-designer-actions.mjs';

const ADMIN = { email: 'e2e@motcua.test', password: 'mật khẩu của phép thử đầu cuối' };
const CODE = `E2E.${Date.now().toString(36)}`;
const NAME = { vi: 'Chứng thực bản sao (thử đầu cuối)', en: 'Certified copies (end-to-end test)' };
const AGENCY = 'phuong-ba-dinh';
const STEP_MS = 60_000;
/** A PDF as small as the server's content check accepts. */
const PDF = Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n');
/** The server looks for the apps it serves from its working directory, which here is the builder's. */
const PACKAGES = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
/** What the server serves, and the command that makes each when it is missing. */
const BUNDLES = [
  ['builder/dist/public/builder.js', 'the builder is not bundled: run `pnpm --filter @motcua/builder run build` (or `pnpm build` at the root)'],
  ['runtime/dist/motcua.js', 'the runtime is not bundled: run `pnpm --filter @motcua/runtime run build` (or `pnpm build` at the root); the agency’s page loads motcua.js'],
  ['office/dist/public/office.js', 'the back office is not bundled: run `pnpm --filter @motcua/office run build` (or `pnpm build` at the root); the officer finds the dossier at /office'],
];

let server;
let stopServer;
let browser;
let officer;
let site;
let siteOrigin;
let snippet;
let receipt;

before(async () => {
  const missing = BUNDLES.filter(([path]) => !existsSync(PACKAGES(path))).map(([, why]) => why);
  if (missing.length > 0) throw new Error(missing.join('\n'));
  const port = await freePort();
  ({ url: server, stop: stopServer } = await startServer({
    name: 'builder-e2e',
    pageUrl: `http://127.0.0.1:${port}`,
    env: { PORT: String(port), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BUILDER_DIR: PACKAGES('builder/dist'), RUNTIME_DIR: PACKAGES('runtime/dist'), OFFICE_DIR: PACKAGES('office/dist') },
  }));
  browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
  // The officer's copy button writes to the clipboard; the test reads back what it wrote.
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  officer = await context.newPage();
  // The agency's own site: another host name and port, so another origin than the server's.
  site = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Phường Ba Đình: dịch vụ công</title></head><body><h1>Dịch vụ công trực tuyến</h1>\n${snippet}\n</body></html>`);
  });
  const sitePort = await freePort();
  await new Promise((resolve) => site.listen(sitePort, '127.0.0.1', resolve));
  siteOrigin = `http://localhost:${sitePort}`;
});

after(async () => {
  await browser?.close();
  site?.close();
  stopServer?.();
});

test('an officer signs in to /builder', { timeout: STEP_MS }, async () => {
  await officer.goto(`${server}/builder`);
  await officer.getByLabel('Thư điện tử').fill(ADMIN.email);
  await officer.getByLabel('Mật khẩu').fill(ADMIN.password);
  await officer.getByRole('button', { name: 'Đăng nhập' }).click();
  await officer.getByText('Đang đăng nhập: Administrator').waitFor();
  await officer.getByRole('button', { name: 'Mở 2.000815' }).waitFor();
});

test('creates a procedure from scratch, which opens in the form designer', { timeout: STEP_MS }, async () => {
  await officer.getByRole('button', { name: 'Tạo thủ tục mới' }).click();
  await officer.getByLabel('Mã thủ tục').fill(CODE);
  await officer.getByLabel('Tên thủ tục (tiếng Việt)').fill(NAME.vi);
  await officer.getByLabel('Tên thủ tục (tiếng Anh)').fill(NAME.en);
  await officer.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await officer.getByRole('tab', { name: 'Biểu mẫu', selected: true }).waitFor();
  await formDesigner(officer).canvas.getByRole('button', { name: 'Họ và tên Văn bản ngắn' }).waitFor();
});

test('designs the first section: adds it, moves it up by keyboard, and moves the starter question into it', { timeout: STEP_MS }, async () => {
  const { canvas } = formDesigner(officer);
  await addQuestion(officer, 'Nhóm câu hỏi', 'Cuối biểu mẫu');
  await nameQuestion(officer, { vi: 'Người yêu cầu', en: 'Applicant' });
  await canvas.getByRole('button', { name: 'Người yêu cầu Nhóm câu hỏi' }).press('Alt+ArrowUp');
  await officer.getByText('Đã chuyển “Người yêu cầu” tới vị trí 1 trên 2 trong “biểu mẫu”.').waitFor({ state: 'attached' });
  await selectQuestion(officer, 'Họ và tên');
  await canvas.getByRole('button', { name: 'Vào nhóm phía trên' }).click();
  await officer.getByText('Đã chuyển “Họ và tên” tới vị trí 1 trên 1 trong “Người yêu cầu”.').waitFor({ state: 'attached' });
});

test('designs a repeatable group of papers with a required name and a number of pages in each', { timeout: STEP_MS }, async () => {
  const { inspector } = formDesigner(officer);
  await addQuestion(officer, 'Danh sách lặp lại', 'Cuối biểu mẫu');
  await nameQuestion(officer, { vi: 'Giấy tờ cần chứng thực', en: 'Papers to certify' });
  await inspector.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
  const entry = inspector.getByRole('group', { name: 'Tên của mỗi mục', exact: true });
  await entry.getByRole('textbox', { name: 'Tiếng Việt', exact: true }).fill('Giấy tờ');
  await entry.getByRole('textbox', { name: 'Tiếng Anh', exact: true }).fill('Paper');
  await addQuestion(officer, 'Văn bản ngắn', 'Bên trong nhóm đang chọn');
  await nameQuestion(officer, { vi: 'Tên giấy tờ', en: 'Name of the paper' });
  await inspector.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
  await addQuestion(officer, 'Số', 'Sau câu hỏi đang chọn');
  await nameQuestion(officer, { vi: 'Số trang', en: 'Number of pages' });
  await inspector.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
  await inspector.getByLabel('Giá trị nhỏ nhất').fill('1');
  const preview = officer.locator('motcua-procedure-editor motcua-form');
  await preview.getByRole('textbox', { name: 'Số trang', exact: true }).waitFor();
});

test('designs a yes/no question and a second section shown only when it is yes', { timeout: STEP_MS }, async () => {
  const { canvas, inspector } = formDesigner(officer);
  await addQuestion(officer, 'Có hoặc không', 'Cuối biểu mẫu');
  await nameQuestion(officer, { vi: 'Nộp thay theo ủy quyền', en: 'Filed on someone’s behalf' });
  await addQuestion(officer, 'Nhóm câu hỏi', 'Cuối biểu mẫu');
  await nameQuestion(officer, { vi: 'Người ủy quyền', en: 'The person represented' });
  await addQuestion(officer, 'Văn bản ngắn', 'Bên trong nhóm đang chọn');
  await nameQuestion(officer, { vi: 'Họ và tên người ủy quyền', en: 'Full name of the person represented' });
  await inspector.getByRole('checkbox', { name: 'Bắt buộc trả lời' }).check();
  await selectQuestion(officer, 'Người ủy quyền');
  await inspector.getByRole('radio', { name: 'Chỉ khi một câu trả lời khác thoả điều kiện' }).check();
  await inspector.getByRole('combobox', { name: 'Câu hỏi' }).selectOption({ label: 'Nộp thay theo ủy quyền' });
  await inspector.getByRole('combobox', { name: 'Phép so sánh' }).selectOption({ label: 'là' });
  await inspector.getByRole('combobox', { name: 'Giá trị' }).selectOption({ label: 'Có' });
  await inspector.getByRole('button', { name: 'Áp dụng điều kiện' }).click();
  await canvas.getByRole('button', { name: 'Người ủy quyền Nhóm câu hỏi hiện khi Nộp thay theo ủy quyền là Có' }).waitFor();
  // The preview follows: the section appears only once the officer answers yes there.
  const preview = officer.locator('motcua-procedure-editor motcua-form');
  const represented = preview.getByRole('textbox', { name: 'Họ và tên người ủy quyền' });
  await represented.waitFor({ state: 'detached' });
  await preview.getByRole('group', { name: /^Nộp thay theo ủy quyền/ }).getByRole('radio', { name: 'Có' }).check();
  await represented.waitFor();
});

test('adds a tiered fee charged for each paper by its number of pages, which the preview charges', { timeout: STEP_MS }, async () => {
  await officer.getByRole('tab', { name: 'Phí, lệ phí' }).click();
  await officer.getByRole('button', { name: 'Thêm khoản phí' }).click();
  const fee = officer.getByRole('group', { name: /^Khoản 1: / });
  await fee.getByLabel('Tên khoản (tiếng Việt)').fill('Phí chứng thực');
  await fee.getByLabel('Tên khoản (tiếng Anh)').fill('Certification fee');
  await fee.getByLabel('Cách tính').selectOption({ label: 'Lũy tiến theo bậc' });
  // The quantity is read in each paper, so the group comes first.
  await fee.getByLabel('Tính cho từng mục của').selectOption({ label: 'Giấy tờ cần chứng thực' });
  await fee.getByLabel('Số lượng lấy từ câu trả lời').selectOption({ label: 'Số trang' });
  await fee.getByLabel('Đơn vị tính (tiếng Việt)').fill('trang');
  await fee.getByLabel('Đơn vị tính (tiếng Anh)').fill('page');
  await fee.getByLabel('Đến đơn vị thứ (để trống ở bậc cuối)').fill('2');
  await fee.getByLabel('Đơn giá của bậc (đồng)').fill('2000');
  await fee.getByRole('button', { name: 'Thêm bậc' }).click();
  await fee.getByLabel('Đơn giá của bậc (đồng)').nth(1).fill('1000');
  await fee.getByLabel('Đơn giá của bậc (đồng)').nth(1).press('Tab');
  // Core's problem with the fee before its quantity was chosen is gone.
  await fee.getByText('Lỗi:').waitFor({ state: 'detached' });
  // The preview charges it as a citizen would be: one paper of four pages, 2 × 2,000 ₫ + 2 × 1,000 ₫.
  const preview = officer.locator('motcua-procedure-editor motcua-form');
  await preview.getByRole('textbox', { name: 'Số trang', exact: true }).fill('4');
  await preview.locator('[part="fee-total"]').filter({ hasText: /6\.000/ }).waitFor();
});

test('lists the documents: the original papers always, a power of attorney only when filed on someone’s behalf', { timeout: STEP_MS }, async () => {
  await officer.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
  await officer.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  const originals = officer.getByRole('group', { name: /^Giấy tờ 1: / });
  await originals.getByLabel('Tên giấy tờ (tiếng Việt)').fill('Bản chính giấy tờ');
  await originals.getByLabel('Tên giấy tờ (tiếng Anh)').fill('The original papers');
  await officer.getByRole('button', { name: 'Thêm giấy tờ' }).click();
  const attorney = officer.getByRole('group', { name: /^Giấy tờ 2: / });
  await attorney.getByLabel('Tên giấy tờ (tiếng Việt)').fill('Giấy ủy quyền');
  await attorney.getByLabel('Tên giấy tờ (tiếng Anh)').fill('Power of attorney');
  const when = attorney.getByRole('group', { name: 'Giấy tờ này cần nộp' });
  await when.getByRole('radio', { name: 'Chỉ khi' }).check();
  await when.getByLabel('Điều gì').selectOption({ label: 'Câu trả lời “Nộp thay theo ủy quyền”' });
  await when.getByLabel('So sánh').selectOption({ label: 'là' });
  await when.getByLabel('Giá trị').selectOption({ label: 'Có' });
  // The preview asks for it because the officer answered yes there; no sooner.
  const slots = officer.locator('motcua-procedure-editor motcua-form motcua-document-slot');
  await slots.filter({ hasText: 'Giấy ủy quyền' }).waitFor();
  const preview = officer.locator('motcua-procedure-editor motcua-form');
  await preview.getByRole('group', { name: /^Nộp thay theo ủy quyền/ }).getByRole('radio', { name: 'Không' }).check();
  await slots.filter({ hasText: 'Giấy ủy quyền' }).waitFor({ state: 'detached' });
  await slots.filter({ hasText: 'Bản chính giấy tờ' }).waitFor();
});

test('names the procedure’s one case and gives it an id of its own in the Cases tab', { timeout: STEP_MS }, async () => {
  await officer.getByRole('tab', { name: 'Trường hợp' }).click();
  const only = () => officer.getByRole('group', { name: /^Trường hợp 1: / });
  await only().locator('[id$="root_name_vi"]').fill('Chứng thực bản sao');
  await only().locator('[id$="root_name_en"]').fill('Certified copies');
  await officer.getByRole('group', { name: 'Trường hợp 1: Chứng thực bản sao' }).waitFor();
  const id = only().getByLabel('Mã trường hợp');
  await id.fill('ban-sao');
  await id.press('Enter');
  await officer.getByText('Đã đổi mã trường hợp thành “ban-sao”.').waitFor();
});

test('the whole definition is valid and the draft has saved itself; the JSON view shows what was built', { timeout: STEP_MS }, async () => {
  await officer.getByText('Định nghĩa hợp lệ.').waitFor();
  await officer.getByText(/^Đã lưu bản nháp lúc \S+\.$/).waitFor();
  await officer.getByRole('tab', { name: 'JSON' }).click();
  const definition = JSON.parse(await officer.getByLabel('Định nghĩa thủ tục (JSON)').inputValue());
  assert.equal(definition.code, CODE);
  const properties = definition.form.schema.properties;
  const titles = Object.values(properties).map((question) => question.title);
  assert.deepEqual(titles, ['Người yêu cầu', 'Giấy tờ cần chứng thực', 'Nộp thay theo ủy quyền'], 'the questions shown always, in order');
  const [conditional] = definition.form.schema.allOf;
  assert.deepEqual(Object.values(conditional.then.properties).map((question) => question.title), ['Người ủy quyền']);
  assert.deepEqual(definition.fees[0].rule.tiers, [{ upTo: 2, amount: 2000 }, { amount: 1000 }]);
  assert.ok(definition.documents[1].when, 'the power of attorney has its condition');
  assert.equal(definition.documents[0].when, undefined);
  assert.deepEqual(definition.cases, [{ id: 'ban-sao', name: { vi: 'Chứng thực bản sao', en: 'Certified copies' } }]);
});

test('publishes it after the server’s check', { timeout: STEP_MS }, async () => {
  await officer.getByRole('button', { name: 'Kiểm tra trước khi công bố' }).click();
  await officer.getByText('Chưa có phiên bản nào được công bố: đây sẽ là phiên bản đầu tiên.').waitFor();
  await officer.getByRole('button', { name: 'Công bố phiên bản mới' }).click();
  await officer.getByText(/^Đã công bố phiên bản 1, có hiệu lực từ /).waitFor();
  await officer.getByRole('cell', { name: 'Administrator' }).waitFor();
});

test('has an agency offer it, allows the agency’s site, and copies the embed snippet', { timeout: STEP_MS }, async () => {
  await officer.getByLabel('Cơ quan thực hiện thủ tục').selectOption(AGENCY);
  await officer.getByRole('button', { name: 'Thêm cơ quan thực hiện' }).click();
  await officer.getByLabel('Địa chỉ trang cần cho phép').fill(siteOrigin);
  await officer.getByRole('button', { name: 'Cho phép trang này' }).click();
  await officer.getByRole('button', { name: `Gỡ ${siteOrigin}` }).waitFor();
  await officer.getByRole('button', { name: /^Chép mã nhúng cho / }).click();
  await officer.getByText(/^Đã chép mã nhúng cho /).waitFor({ state: 'attached' });
  snippet = await officer.evaluate(() => navigator.clipboard.readText());
  assert.equal(snippet, `<script type="module" src="${server}/motcua.js"></script>\n<motcua-form procedure="${CODE}" agency="${AGENCY}"></motcua-form>`);
});

test('a citizen on the agency’s site fills the form in, uploads the documents asked for and submits', { timeout: STEP_MS }, async () => {
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto(siteOrigin);
  const form = citizen.locator('motcua-form');
  await form.getByRole('textbox', { name: 'Họ và tên', exact: true }).fill('Nguyễn Thị Lan');
  await form.getByRole('textbox', { name: 'Tên giấy tờ' }).fill('Giấy khai sinh');
  await form.getByRole('textbox', { name: 'Số trang', exact: true }).fill('4');
  await form.getByRole('textbox', { name: 'Số trang', exact: true }).press('Tab');
  const represented = form.getByRole('textbox', { name: 'Họ và tên người ủy quyền' });
  assert.equal(await represented.count(), 0, 'hidden until the condition holds');
  assert.equal(await form.locator('motcua-document-slot').filter({ hasText: 'Giấy ủy quyền' }).count(), 0, 'not asked for yet');
  await form.getByRole('group', { name: /^Nộp thay theo ủy quyền/ }).getByRole('radio', { name: 'Có' }).check();
  await represented.fill('Nguyễn Văn Minh');
  await represented.press('Tab');
  // Two pages at 2,000 ₫ and two at 1,000 ₫.
  await form.locator('[part="fee-total"]').filter({ hasText: /6\.000/ }).waitFor();
  for (const [document, file] of [['Bản chính giấy tờ', 'giay-khai-sinh.pdf'], ['Giấy ủy quyền', 'uy-quyen.pdf']]) {
    const slot = form.locator('motcua-document-slot').filter({ hasText: document });
    await slot.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'application/pdf', buffer: PDF });
    await slot.getByText(`Đã tải lên “${file}”.`).waitFor({ state: 'attached' });
  }
  await form.getByRole('group', { name: 'Bạn muốn nhận kết quả bằng cách nào?' }).getByRole('radio', { name: 'Nhận trực tiếp tại nơi nộp hồ sơ' }).check();
  await citizen.evaluate(() => {
    document.querySelector('motcua-form').addEventListener('motcua-submitted', (event) => (window.receipt = event.detail));
  });
  await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await citizen.locator('motcua-receipt').waitFor();
  receipt = await citizen.evaluate(() => window.receipt);
  assert.match(receipt.code, /^BADINH-\d{4}-\d+$/);
});

test('an officer finds the dossier in the back office’s inbox and opens it', { timeout: STEP_MS }, async () => {
  await officer.goto(`${server}/office`);
  // The same session as the builder's; an administrator chooses among every agency.
  await officer.getByText('Đang đăng nhập: Administrator').waitFor();
  await officer.getByRole('combobox', { name: 'Cơ quan', exact: true }).selectOption(AGENCY);
  const inbox = officer.locator('motcua-inbox');
  const row = inbox.getByRole('row').filter({ hasText: receipt.code });
  await row.getByText(`${CODE} ${NAME.vi}`).waitFor();
  await inbox.getByRole('button', { name: `Mở hồ sơ ${receipt.code}` }).click();
  const dossier = officer.locator('motcua-dossier-view');
  await dossier.getByText(CODE).first().waitFor();
  // The answers under the labels the officer gave them, the one the condition brought in among them, and both documents.
  await dossier.getByText('Họ và tên người ủy quyền').waitFor();
  await dossier.getByText('Nguyễn Văn Minh').waitFor();
  await dossier.getByText('Giấy ủy quyền').first().waitFor();
});

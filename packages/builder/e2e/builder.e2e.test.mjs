// End to end in Debian's Chromium, driven by playwright-core: a reform officer signs in to the
// builder the server serves, creates a procedure, edits it, publishes it and takes its embed
// snippet; an agency's page on another origin embeds it; a citizen fills it in, uploads a
// document and submits; the dossier is in the agency's list. One server, one browser, the steps
// in order (each a test, so a failure says which step).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS, freePort, startServer } from '../../../scripts/web-test-server.mjs';
import { e2eDefinition, PDF } from './e2e-definition.mjs';

const ADMIN = { email: 'e2e@motcua.test', password: 'mật khẩu của phép thử đầu cuối' };
const CODE = `E2E.${Date.now().toString(36)}`;
const NAME = { vi: 'Chứng thực bản sao (thử đầu cuối)', en: 'Certified copies (end-to-end test)' };
const AGENCY = 'phuong-ba-dinh';
const STEP_MS = 60_000;
/** The server looks for the builder and the runtime it serves from its working directory, which here is the builder's. */
const PACKAGES = (path) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

let server;
let stopServer;
let browser;
let officer;
let site;
let siteOrigin;
let snippet;
let receipt;

before(async () => {
  if (!existsSync(PACKAGES('runtime/dist/motcua.js'))) throw new Error('the runtime is not bundled: run `pnpm build` at the root first (the agency’s page loads motcua.js)');
  const port = await freePort();
  ({ url: server, stop: stopServer } = await startServer({ name: 'builder-e2e', pageUrl: `http://127.0.0.1:${port}`, env: { PORT: String(port), ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, BUILDER_DIR: PACKAGES('builder/dist'), RUNTIME_DIR: PACKAGES('runtime/dist') } }));
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

test('creates a procedure from scratch, which opens in the editor', { timeout: STEP_MS }, async () => {
  await officer.getByRole('button', { name: 'Tạo thủ tục mới' }).click();
  await officer.getByLabel('Mã thủ tục').fill(CODE);
  await officer.getByLabel('Tên thủ tục (tiếng Việt)').fill(NAME.vi);
  await officer.getByLabel('Tên thủ tục (tiếng Anh)').fill(NAME.en);
  await officer.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await officer.getByRole('tab', { name: 'JSON' }).click();
  const json = officer.getByLabel('Định nghĩa thủ tục (JSON)');
  await json.waitFor();
  assert.equal(JSON.parse(await json.inputValue()).code, CODE);
});

test('edits it in the JSON view: two sections, a condition, a repeatable group, a tiered fee, a conditional document; the draft saves itself', { timeout: STEP_MS }, async () => {
  await officer.getByLabel('Định nghĩa thủ tục (JSON)').fill(JSON.stringify(e2eDefinition(CODE, NAME), null, 2));
  const preview = officer.locator('motcua-procedure-editor motcua-form');
  await preview.getByText('Giấy tờ cần chứng thực', { exact: true }).waitFor();
  await officer.getByText('Định nghĩa hợp lệ.').waitFor();
  await officer.getByText(/^Đã lưu bản nháp lúc \S+\.$/).waitFor();
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
  await form.locator('[name="/nguoiYeuCau/hoTen"]').fill('Nguyễn Thị Lan');
  await form.locator('[name="/giayTo/banSao/0/tenGiayTo"]').fill('Giấy khai sinh');
  await form.locator('[name="/giayTo/banSao/0/soTrang"]').fill('4');
  await form.locator('[name="/giayTo/banSao/0/soTrang"]').press('Tab');
  assert.equal(await form.locator('[name="/giayTo/nguoiUyQuyen"]').count(), 0, 'hidden until the condition holds');
  assert.equal(await form.locator('motcua-document-slot').filter({ hasText: 'Giấy ủy quyền' }).count(), 0, 'not asked for yet');
  await form.locator('[name="/giayTo/uyQuyen"]').check();
  await form.locator('[name="/giayTo/nguoiUyQuyen"]').fill('Nguyễn Văn Minh');
  await form.locator('[name="/giayTo/nguoiUyQuyen"]').press('Tab');
  // Two pages at 2,000 ₫ and two at 1,000 ₫.
  await form.locator('[part="fee-total"]').filter({ hasText: /6\.000/ }).waitFor();
  for (const [document, file] of [['Bản chính giấy tờ', 'giay-khai-sinh.pdf'], ['Giấy ủy quyền', 'uy-quyen.pdf']]) {
    const slot = form.locator('motcua-document-slot').filter({ hasText: document });
    await slot.locator('input[type=file]').setInputFiles({ name: file, mimeType: 'application/pdf', buffer: PDF });
    await slot.getByText(`Đã tải lên “${file}”.`).waitFor({ state: 'attached' });
  }
  await citizen.evaluate(() => {
    document.querySelector('motcua-form').addEventListener('motcua-submitted', (event) => (window.receipt = event.detail));
  });
  await form.locator('button[type=submit]').click();
  await citizen.locator('motcua-receipt').waitFor();
  receipt = await citizen.evaluate(() => window.receipt);
  assert.match(receipt.code, /^BADINH-\d{4}-\d+$/);
});

test('the dossier is in the agency’s list for its officers', { timeout: STEP_MS }, async () => {
  const response = await officer.request.get(`${server}/api/v1/admin/agencies/${AGENCY}/dossiers`);
  assert.equal(response.status(), 200);
  const { items } = await response.json();
  const dossier = items.find((item) => item.code === receipt.code);
  assert.ok(dossier, `${receipt.code} is listed`);
  const detail = await (await officer.request.get(`${server}/api/v1/admin/dossiers/${receipt.code}`)).json();
  assert.equal(JSON.stringify(detail).includes(CODE), true, 'filed under the procedure built here');
  assert.equal(JSON.stringify(detail).includes('Nguyễn Văn Minh'), true, 'with the answer the condition brought in');
});

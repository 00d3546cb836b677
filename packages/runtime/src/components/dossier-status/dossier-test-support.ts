import { expect } from '@esm-bundle/chai';
import { fixture, SERVER, until } from '../../test-support/browser.js';
import type { MotcuaDossierStatus } from './motcua-dossier-status.component.js';

declare global {
  interface Window {
    /** The `Authorization` of the test server's admin (web-test-runner.config.mjs), for the officers' side. */
    MOTCUA_OFFICER: string;
  }
}

/** 1.013227, extending a construction permit at Ba Đình: 5 working days; receive → examine → sign → return. */
export const PERMIT = '1.013227';

const PERMIT_ANSWERS = {
  tenChuDauTu: 'Trần Thị Bình',
  soDienThoai: '0912345678',
  email: 'binh@example.vn',
  diaChiLienHe: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
  soGiayPhep: '123/GPXD',
  ngayCapGiayPhep: '2025-09-01',
  diaDiemXayDung: { province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' },
  lyDoDeNghi: 'Chưa khởi công được do thời tiết.',
  soLanDaGiaHan: 0,
};

/** A small PDF, different each time (the server stores files by content, and an upload belongs to one dossier). */
export const pdf = (name = 'don-de-nghi.pdf') => new File([`%PDF-1.4\n% ${name} ${crypto.randomUUID()}\n%%EOF\n`], name, { type: 'application/pdf' });

export async function upload(file: File): Promise<string> {
  const form = new FormData();
  form.set('file', file, file.name);
  const response = await fetch(`${SERVER}/api/v1/uploads`, { method: 'POST', body: form });
  expect(response.status).to.equal(201);
  return ((await response.json()) as { id: string }).id;
}

/** Files a permit extension online, as a citizen's form does, its paper permit announced by post. */
export async function filePermit(): Promise<{ code: string; secret: string }> {
  const response = await fetch(`${SERVER}/api/v1/procedures/${PERMIT}/dossiers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `status-tests-${crypto.randomUUID()}` },
    body: JSON.stringify({
      version: 1,
      agency: 'phuong-ba-dinh',
      channel: 'online',
      delivery: 'in-person',
      answers: PERMIT_ANSWERS,
      documents: [{ document: 'don-de-nghi', uploads: [await upload(pdf())] }, { document: 'giay-phep-da-cap', byPost: true }],
    }),
  });
  const receipt = (await response.json()) as { code: string; secret: string };
  expect(response.status, JSON.stringify(receipt)).to.equal(201);
  return receipt;
}

/** An officer's action through the admin routes, on the revision just read (If-Match), as the back office sends it. */
export async function officerActs(code: string, action: string, body: Record<string, unknown> = {}): Promise<void> {
  const authorization = { Authorization: window.MOTCUA_OFFICER };
  const seen = await fetch(`${SERVER}/api/v1/admin/dossiers/${code}`, { headers: authorization });
  expect(seen.status).to.equal(200);
  const response = await fetch(`${SERVER}/api/v1/admin/dossiers/${code}/${action}`, {
    method: 'POST',
    headers: { ...authorization, 'Content-Type': 'application/json', 'If-Match': seen.headers.get('ETag') ?? '' },
    body: JSON.stringify(body),
  });
  expect(response.status, `${action}: ${await response.clone().text()}`).to.equal(200);
}

/** Received (the clock runs), then a supplement asked for: the application again, and the phone number and contact address corrected. */
export async function awaitingSupplement(): Promise<{ code: string; secret: string }> {
  const dossier = await filePermit();
  await officerActs(dossier.code, 'receive', { postedDocumentsReceived: ['giay-phep-da-cap'] });
  await officerActs(dossier.code, 'request-supplement', {
    reason: 'Đơn đề nghị thiếu chữ ký; số điện thoại không liên lạc được.',
    documents: ['don-de-nghi'],
    fields: ['/soDienThoai', '/diaChiLienHe/detail'],
  });
  return dossier;
}

/** Through every step to the return of its result. */
export async function returned(body: Record<string, unknown>): Promise<{ code: string; secret: string }> {
  const dossier = await filePermit();
  await officerActs(dossier.code, 'receive', { postedDocumentsReceived: ['giay-phep-da-cap'] });
  await officerActs(dossier.code, 'forward');
  await officerActs(dossier.code, 'forward');
  await officerActs(dossier.code, 'approve');
  await officerActs(dossier.code, 'return', body);
  return dossier;
}

export const shadow = (element: MotcuaDossierStatus) => element.shadowRoot as ShadowRoot;
export const text = (element: MotcuaDossierStatus) => shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';
export const find = <T extends Element = HTMLElement>(element: MotcuaDossierStatus, selector: string): T => {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

/** The button whose text starts with `name`. */
export const button = (element: MotcuaDossierStatus, name: string) => {
  const found = [...shadow(element).querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name));
  if (!found) throw new Error(`no button “${name}”`);
  return found;
};

/** The element with the dossier looked up, as a citizen does it with their receipt. */
export async function tracking(dossier: { code: string; secret: string }, locale = 'vi'): Promise<MotcuaDossierStatus> {
  const element = fixture<MotcuaDossierStatus>(`<motcua-dossier-status server="${SERVER}" locale="${locale}"></motcua-dossier-status>`);
  await element.updateComplete;
  find<HTMLInputElement>(element, '#code').value = dossier.code;
  find<HTMLInputElement>(element, '#secret').value = dossier.secret;
  find<HTMLButtonElement>(element, 'form[part=form] button[type=submit]').click();
  await until(() => shadow(element).querySelector('[part=status]') !== null);
  return element;
}

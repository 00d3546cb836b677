/**
 * Document templates refused: uploads by the wrong people, from the wrong place, of the wrong
 * content, name or size, in the wrong shape; downloads of what is not there.
 */
import { formWith, pdf, pdfOf, png } from '../test-support/sample-files.js';
import type { BadCase, Req } from './harness.js';
import { elf, exe, get, text, zip } from './requests.js';

/** Officers' sessions and a stored template, made while setting up. */
export interface TemplateCtx {
  /** The server's own origin, which the builder's requests carry. */
  origin: string;
  reform: Record<string, string>;
  agency: Record<string, string>;
  known: { id: string; name: string };
}

const TEMPLATES = '/api/v1/admin/templates';
const NO_SUCH = '00000000-0000-4000-8000-000000000000';
const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const notFound = { status: 404, code: 'not-found' };

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

export function templateCases(p: () => TemplateCtx): BadCase[] {
  /** A template upload as the builder sends it, from a reform officer unless `headers` says otherwise. */
  const send = (body: RequestInit['body'], headers: Record<string, string> = {}): Req => ({ path: TEMPLATES, method: 'POST', body, headers: { ...p().reform, Origin: p().origin, ...headers } });
  const file = (bytes: Uint8Array, name: string) => send(formWith(bytes, name));
  const download = (id: string, name: string) => get(`/api/v1/templates/${id}/${encodeURIComponent(name)}`);
  return [
    // Who may upload, and from where. (“Sign in first.” has none of the words the harness tells English by, so both 401s ask for Vietnamese.)
    { name: 'upload: no session', request: () => ({ path: TEMPLATES, method: 'POST', body: formWith(pdf(), 'mau.pdf'), headers: { Origin: p().origin } }), expect: { status: 401, code: 'unauthenticated' } },
    { name: 'upload: a session that does not exist', lang: 'vi', request: () => send(formWith(pdf(), 'mau.pdf'), { Cookie: 'motcua_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }), expect: { status: 401, code: 'unauthenticated' } },
    { name: 'upload: an agency officer', request: () => send(formWith(pdf(), 'mau.pdf'), p().agency), expect: { status: 403, code: 'forbidden' } },
    { name: 'upload: the session from another site', request: () => send(formWith(pdf(), 'mau.pdf'), { Origin: 'https://evil.example' }), expect: { status: 403, code: 'origin-not-allowed' } },
    { name: 'upload: a form posted with the session and no Origin', request: () => ({ path: TEMPLATES, method: 'POST', body: formWith(pdf(), 'mau.pdf'), headers: p().reform }), expect: { status: 403, code: 'origin-not-allowed' } },
    // Content that is not what the name says, or no document at all.
    { name: 'upload: a Windows executable named .docx', request: () => file(exe(), 'mau-don.docx'), expect: { status: 422, code: 'file-type-unknown' } },
    { name: 'upload: a Linux executable named .pdf', request: () => file(elf(), 'to-khai.pdf'), expect: { status: 422, code: 'file-type-unknown' } },
    { name: 'upload: an HTML page with a script named .pdf', request: () => file(text('<html><script>alert(document.cookie)</script></html>'), 'mau.pdf'), expect: { status: 422, code: 'file-type-unknown' } },
    { name: 'upload: an SVG with an onload handler', request: () => file(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'mau.svg'), expect: { status: 422, code: 'file-type-unknown' } },
    { name: 'upload: a plain zip named .xlsx', request: () => file(zip('macro.vbs', text('MsgBox 1')), 'bang-ke.xlsx'), expect: { status: 422, code: 'file-type-unknown' } },
    { name: 'upload: a PNG named .pdf', request: () => file(png(), 'mau.pdf'), expect: { status: 422, code: 'file-name-mismatch' } },
    { name: 'upload: a Word document named .odt', request: () => file(zip('word/document.xml', text('<w:document/>')), 'mau.odt'), expect: { status: 422, code: 'file-name-mismatch' } },
    { name: 'upload: an empty file', request: () => file(new Uint8Array(0), 'mau.pdf'), expect: { status: 422, code: 'file-empty' } },
    { name: 'upload: a name of only dots', request: () => file(pdf(), '...'), expect: { status: 422, code: 'file-name-invalid' } },
    { name: 'upload: a name of 5,000 characters', request: () => file(pdf(), `${'m'.repeat(5000)}.pdf`), expect: { status: 422, code: 'file-name-invalid' } },
    { name: 'upload: a name of invisible characters only', request: () => file(pdf(), '\u202e\u200b'), expect: { status: 422, code: 'file-name-invalid' } },
    // Size.
    { name: 'upload: a PDF one byte over UPLOAD_LIMIT_BYTES', request: () => file(pdfOf(8193), 'lon.pdf'), expect: { status: 413, code: 'file-too-large' } },
    { name: 'upload: a 200 KB PDF (beyond the limit and its framing)', request: () => file(pdfOf(200_000), 'lon.pdf'), expect: { status: 413, code: 'body-too-large' } },
    // The form around the file.
    { name: 'upload: no file field', request: () => send(form([])), expect: invalid('/form/file') },
    { name: 'upload: two file fields', request: () => send(form([['file', new File([pdf('1')], 'a.pdf')], ['file', new File([pdf('2')], 'b.pdf')]])), expect: invalid('/form/file') },
    { name: 'upload: text where the file should be', request: () => send(form([['file', '%PDF-1.4 not a file']])), expect: invalid('/form/file') },
    { name: 'upload: a name field beside the file', request: () => send(formWith(pdf(), 'mau.pdf', { name: 'khac.pdf' })), expect: invalid('/form/name') },
    { name: 'upload: a __proto__ field', request: () => send(form([['file', new File([pdf()], 'a.pdf')], ['__proto__', 'x']])), expect: invalid('/form/__proto__') },
    { name: 'upload: a JSON body', request: () => send('{"file":"JVBERi0xLjQ="}', { 'Content-Type': 'application/json' }), expect: { status: 415, code: 'unsupported-media-type' } },
    { name: 'upload: multipart cut off in the middle of the file', request: () => send('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 abc', { 'Content-Type': 'multipart/form-data; boundary=XyZ' }), expect: { status: 400, code: 'invalid-multipart' } },
    // Downloads.
    { name: 'download: an id no template has', request: () => download(NO_SUCH, 'mau.pdf'), expect: notFound },
    { name: 'download: a template under another name', request: () => download(p().known.id, 'khac.pdf'), expect: notFound },
    { name: 'download: a template under its name with another extension', request: () => download(p().known.id, p().known.name.replace(/\.pdf$/, '.exe')), expect: notFound },
    { name: 'download: an id that is not a UUID', request: () => download('mau-don', 'mau.pdf'), expect: invalid('/params/id') },
    { name: 'download: an encoded path traversal as the id', request: () => get('/api/v1/templates/..%2F..%2Fetc/passwd'), expect: invalid('/params/id') },
    { name: 'download: a name of 1,001 characters', request: () => download(p().known.id, 'm'.repeat(1001)), expect: invalid('/params/name') },
    { name: 'download: no name', request: () => get(`/api/v1/templates/${p().known.id}`), expect: notFound },
    { name: 'download: POST to a template', request: () => ({ ...download(p().known.id, p().known.name), method: 'POST' }), expect: { status: 405, code: 'method-not-allowed', header: ['allow', /^GET$/] } },
    { name: 'download: DELETE of a template', request: () => ({ ...download(p().known.id, p().known.name), method: 'DELETE' }), expect: { status: 405, code: 'method-not-allowed', header: ['allow', /^GET$/] } },
  ];
}

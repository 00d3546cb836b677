/**
 * Uploads refused by their content, their name, their size or the shape of
 * the multipart body. (A name that only needs cleaning — a path, a NUL, an
 * RTL override — is accepted under a safe name: see accepted.test.ts.)
 */
import { formWith, pdf, png } from '../test-support/sample-files.js';
import type { BadCase, Req } from './harness.js';
import { elf, exe, text, upload, zip } from './requests.js';

const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const unknownType = { status: 422, code: 'file-type-unknown' };
const unsupported = { status: 415, code: 'unsupported-media-type' };
const invalidMultipart = { status: 400, code: 'invalid-multipart' };

function form(entries: [string, string | File][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

function multipart(body: string, boundary = 'XyZ'): Req {
  return { path: '/api/v1/uploads', method: 'POST', headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body };
}

export const uploadCases: BadCase[] = [
  // Content that is not what the name says, or no document at all.
  { name: 'a PNG named .pdf', request: () => upload(formWith(png(), 'scan.pdf')), expect: { status: 422, code: 'file-name-mismatch' } },
  { name: 'a PDF named .jpg', request: () => upload(formWith(pdf(), 'anh.jpg')), expect: { status: 422, code: 'file-name-mismatch' } },
  { name: 'a Windows executable named .pdf', request: () => upload(formWith(exe(), 'giay-khai-sinh.pdf')), expect: unknownType },
  { name: 'a Linux executable named .pdf', request: () => upload(formWith(elf(), 'giay-khai-sinh.pdf')), expect: unknownType },
  { name: 'a shell script named .pdf', request: () => upload(formWith(text('#!/bin/sh\nrm -rf /\n'), 'x.pdf')), expect: unknownType },
  { name: 'an HTML page with a script named .pdf', request: () => upload(formWith(text('<html><script>alert(document.cookie)</script></html>'), 'x.pdf')), expect: unknownType },
  { name: 'an SVG with an onload handler', request: () => upload(formWith(text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'x.svg')), expect: unknownType },
  { name: 'a plain zip named .docx', request: () => upload(formWith(zip('run.sh', text('rm -rf /')), 'don.docx')), expect: unknownType },
  { name: 'a plain zip named .zip', request: () => upload(formWith(zip('../../etc/passwd', text('root::0:0')), 'hoso.zip')), expect: unknownType },
  { name: 'an empty file', request: () => upload(formWith(new Uint8Array(0), 'empty.pdf')), expect: { status: 422, code: 'file-empty' } },
  // Names with nothing usable left.
  { name: 'a name of only dots', request: () => upload(formWith(pdf(), '..')), expect: { status: 422, code: 'file-name-invalid' } },
  { name: 'a name that is only a path', request: () => upload(formWith(pdf(), '../../etc/')), expect: { status: 422, code: 'file-name-invalid' } },
  { name: 'a name of 5,000 characters', request: () => upload(formWith(pdf(), `${'a'.repeat(5000)}.pdf`)), expect: { status: 422, code: 'file-name-invalid' } },
  { name: 'a name of invisible characters only', request: () => upload(formWith(pdf(), '\u202e\u200b\u2066')), expect: { status: 422, code: 'file-name-invalid' } },
  // The form around the file.
  { name: 'no file field', request: () => upload(form([['procedure', '2.000815']])), expect: invalid('/form/file') },
  { name: 'two file fields', request: () => upload(form([['file', new File([pdf('1')], 'a.pdf')], ['file', new File([pdf('2')], 'b.pdf')]])), expect: invalid('/form/file') },
  { name: 'text where the file should be', request: () => upload(form([['file', '%PDF-1.4 not a file']])), expect: invalid('/form/file') },
  { name: 'a file in an unknown field beside the file', request: () => upload(form([['file', new File([pdf()], 'a.pdf')], ['extra', new File([pdf('x')], 'b.pdf')]])), expect: invalid('/form/extra') },
  { name: 'an unknown text field', request: () => upload(formWith(pdf(), 'a.pdf', { colour: 'red' })), expect: invalid('/form/colour') },
  { name: 'a __proto__ field', request: () => upload(form([['file', new File([pdf()], 'a.pdf')], ['__proto__', 'x']])), expect: invalid('/form/__proto__') },
  { name: 'a text field given twice', request: () => upload(form([['file', new File([pdf()], 'a.pdf')], ['procedure', '2.000815'], ['procedure', '2.000815']])), expect: invalid('/form/procedure') },
  { name: 'a version that is not a number', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: '2.000815', version: 'một', document: 'ban-chinh' })), expect: invalid('/form/version') },
  { name: 'a document without its procedure and version', request: () => upload(formWith(pdf(), 'a.pdf', { document: 'ban-chinh' })), expect: invalid('/form') },
  { name: 'a procedure code that is a path', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: '../../etc', version: '1', document: 'passwd' })), expect: invalid('/form/procedure') },
  { name: 'a procedure version that does not exist', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: '2.000815', version: '9', document: 'ban-chinh' })), expect: { status: 404, code: 'not-found' } },
  { name: 'a document the procedure does not have', request: () => upload(formWith(pdf(), 'a.pdf', { procedure: '2.000815', version: '1', document: 'so-do' })), expect: { status: 422, code: 'document-unknown' } },
  { name: 'a PDF for a document that takes photos only', request: () => upload(formWith(pdf(), 'anh.pdf', { procedure: '1.001456', version: '1', document: 'anh-chan-dung' })), expect: { status: 422, code: 'file-type-not-accepted' } },
  // Not multipart, or broken multipart.
  { name: 'a JSON body', request: () => ({ path: '/api/v1/uploads', method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"file":"JVBERi0xLjQ="}' }), expect: unsupported },
  { name: 'a form-urlencoded body', request: () => ({ path: '/api/v1/uploads', method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'file=%25PDF-1.4' }), expect: unsupported },
  { name: 'multipart without a boundary', request: () => ({ path: '/api/v1/uploads', method: 'POST', headers: { 'Content-Type': 'multipart/form-data' }, body: '--x\r\n' }), expect: unsupported },
  { name: 'raw bytes with no Content-Type', request: () => ({ path: '/api/v1/uploads', method: 'POST', body: new Blob([pdf()]) }), expect: unsupported },
  { name: 'multipart cut off in the middle of the file', request: () => multipart('--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 abc'), expect: invalidMultipart },
  { name: 'multipart with another boundary than declared', request: () => multipart('--AbC\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--AbC--\r\n'), expect: invalidMultipart },
];

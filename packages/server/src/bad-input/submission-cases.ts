/**
 * Submissions that are JSON but wrong: every body member of the wrong type,
 * members that do not exist, answers that break the form one JSON Schema
 * keyword at a time, a context the procedure lacks, documents and uploads
 * that do not fit, and Idempotency-Keys that are missing, malformed or
 * already taken.
 */
import type { BadCase } from './harness.js';
import { COPY, dossiersOf, gif, json, NO_SUCH_UPLOAD, PERMIT, REISSUE, submit } from './requests.js';

const invalid = (path: string) => ({ status: 400, code: 'invalid-request', path });
const answers = (path: string) => ({ status: 422, code: 'answers-invalid', path: `/answers${path}` });
const ADDRESS = { recipient: 'Trần Thị Bình', phone: '0912345678', province: 'Hà Nội', commune: 'Phường Ba Đình', detail: '12 Điện Biên Phủ' };
const keyRequired = { status: 400, code: 'idempotency-key-required' };
const reused = { status: 409, code: 'idempotency-key-reused' };

export const submissionCases: BadCase[] = [
  // Wrong types, one member at a time.
  { name: 'version as a string', request: async (x) => submit(x, await x.copy({ version: '1' })), expect: invalid('/body/version') },
  { name: 'version as a fraction', request: async (x) => submit(x, await x.copy({ version: 1.5 })), expect: invalid('/body/version') },
  { name: 'version as a boolean', request: async (x) => submit(x, await x.copy({ version: true })), expect: invalid('/body/version') },
  { name: 'version zero', request: async (x) => submit(x, await x.copy({ version: 0 })), expect: invalid('/body/version') },
  { name: 'version negative', request: async (x) => submit(x, await x.copy({ version: -1 })), expect: invalid('/body/version') },
  { name: 'agency as a number', request: async (x) => submit(x, await x.copy({ agency: 123 })), expect: invalid('/body/agency') },
  { name: 'agency as a path', request: async (x) => submit(x, await x.copy({ agency: '../ha-noi' })), expect: invalid('/body/agency') },
  { name: 'case as an array', request: async (x) => submit(x, await x.copy({ case: ['mac-dinh'] })), expect: invalid('/body/case') },
  { name: 'channel outside the enum', request: async (x) => submit(x, await x.copy({ channel: 'fax' })), expect: invalid('/body/channel') },
  { name: 'channel null', request: async (x) => submit(x, await x.copy({ channel: null })), expect: invalid('/body/channel') },
  { name: 'delivery as a number', request: async (x) => submit(x, await x.copy({ delivery: 1 })), expect: invalid('/body/delivery') },
  { name: 'answers null where an object is expected', request: async (x) => submit(x, await x.copy({ answers: null })), expect: invalid('/body/answers') },
  { name: 'answers as an array', request: async (x) => submit(x, await x.copy({ answers: [] })), expect: invalid('/body/answers') },
  { name: 'answers as a string', request: async (x) => submit(x, await x.copy({ answers: 'hoTen=An' })), expect: invalid('/body/answers') },
  { name: 'documents as an object', request: async (x) => submit(x, await x.copy({ documents: { 'ban-chinh': NO_SUCH_UPLOAD } })), expect: invalid('/body/documents') },
  { name: 'documents holding null', request: async (x) => submit(x, await x.copy({ documents: [null] })), expect: invalid('/body/documents/0') },
  { name: 'a document entry without its id', request: async (x) => submit(x, await x.copy({ documents: [{ uploads: [await x.upload()] }] })), expect: invalid('/body/documents/0/document') },
  { name: 'uploads as a string', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: await x.upload() }] })), expect: invalid('/body/documents/0/uploads') },
  { name: 'uploads empty', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [] }] })), expect: invalid('/body/documents/0/uploads') },
  { name: 'the same upload twice in one document', request: async (x) => { const id = await x.upload(); return submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [id, id] }] })); }, expect: invalid('/body/documents/0/uploads') },
  { name: 'byPost false', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', byPost: false }] })), expect: invalid('/body/documents/0/byPost') },
  { name: 'both uploads and byPost', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [await x.upload()], byPost: true }] })), expect: invalid('/body/documents/0') },
  { name: 'deliveryAddress null', request: async (x) => submit(x, await x.permit({}, { delivery: 'postal', deliveryAddress: null }), PERMIT), expect: invalid('/body/deliveryAddress') },
  { name: 'deliveryAddress with a phone that is no phone', request: async (x) => submit(x, await x.permit({}, { delivery: 'postal', deliveryAddress: { ...ADDRESS, phone: '12345' } }), PERMIT), expect: invalid('/body/deliveryAddress/phone') },
  { name: 'deliveryAddress without its detail', request: async (x) => submit(x, await x.permit({}, { delivery: 'postal', deliveryAddress: { ...ADDRESS, detail: undefined } }), PERMIT), expect: invalid('/body/deliveryAddress/detail') },
  { name: 'applicantCategory as a number', request: async (x) => submit(x, await x.copy({ applicantCategory: 5 })), expect: invalid('/body/applicantCategory') },
  { name: 'an empty object', request: (x) => submit(x, {}), expect: invalid('/body/version') },
  // Members that do not exist.
  { name: 'an unknown member holding a script', request: async (x) => submit(x, await x.copy({ note: '<script>alert(1)</script>' })), expect: invalid('/body/note') },
  { name: 'a top-level __proto__ member', request: async (x) => submit(x, JSON.parse(JSON.stringify(await x.copy()).replace('{', '{"__proto__":{"status":"approved"},'))), expect: invalid('/body/__proto__') },
  { name: 'a top-level constructor member', request: async (x) => submit(x, await x.copy({ constructor: { prototype: { status: 'approved' } } })), expect: invalid('/body/constructor') },
  { name: 'an unknown member in a document entry (a server path)', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [await x.upload()], path: '/etc/passwd' }] })), expect: invalid('/body/documents/0/path') },
  { name: 'an unknown member in the delivery address', request: async (x) => submit(x, await x.permit({}, { delivery: 'postal', deliveryAddress: { ...ADDRESS, floor: 3 } }), PERMIT), expect: invalid('/body/deliveryAddress/floor') },
  { name: 'a server-computed fee sent by the client', request: async (x) => submit(x, await x.copy({ fee: { total: 0 } })), expect: invalid('/body/fee') },
  { name: '201 document entries (maxItems)', request: async (x) => submit(x, await x.copy({ documents: Array.from({ length: 201 }, () => ({ document: 'ban-sao', byPost: true })) })), expect: invalid('/body/documents') },
  // Answers that break the form, one keyword at a time (1.013227 has every kind; 1.013228 an enum).
  { name: 'form: a required answer missing', request: async (x) => submit(x, await x.permit({ tenChuDauTu: undefined }), PERMIT), expect: answers('/tenChuDauTu') },
  { name: 'form: a nested required answer missing', request: async (x) => submit(x, await x.permit({ diaChiLienHe: { province: 'Hà Nội', detail: '12' } }), PERMIT), expect: answers('/diaChiLienHe/commune') },
  { name: 'form: a number given as text', request: async (x) => submit(x, await x.permit({ soLanDaGiaHan: '0' }), PERMIT), expect: answers('/soLanDaGiaHan') },
  { name: 'form: an object given as text', request: async (x) => submit(x, await x.permit({ diaDiemXayDung: '12 Điện Biên Phủ' }), PERMIT), expect: answers('/diaDiemXayDung') },
  { name: 'form: a phone that breaks the pattern', request: async (x) => submit(x, await x.permit({ soDienThoai: '12345' }), PERMIT), expect: answers('/soDienThoai') },
  { name: 'form: a citizen ID of 11 digits (pattern)', request: async (x) => submit(x, await x.permit({ soDinhDanh: '00109001234' }), PERMIT), expect: answers('/soDinhDanh') },
  { name: 'form: 30 February (format date)', request: async (x) => submit(x, await x.permit({ ngayCapGiayPhep: '2025-02-30' }), PERMIT), expect: answers('/ngayCapGiayPhep') },
  { name: 'form: a date written the Vietnamese way (format date)', request: async (x) => submit(x, await x.permit({ ngayCapGiayPhep: '01/09/2025' }), PERMIT), expect: answers('/ngayCapGiayPhep') },
  { name: 'form: an email without a domain (format email)', request: async (x) => submit(x, await x.permit({ email: 'binh@' }), PERMIT), expect: answers('/email') },
  { name: 'form: a count below its minimum', request: async (x) => submit(x, await x.permit({ soLanDaGiaHan: -1 }), PERMIT), expect: answers('/soLanDaGiaHan') },
  { name: 'form: a count above its maximum', request: async (x) => submit(x, await x.permit({ soLanDaGiaHan: 5 }), PERMIT), expect: answers('/soLanDaGiaHan') },
  { name: 'form: a text beyond its maxLength', request: async (x) => submit(x, await x.permit({ lyDoDeNghi: 'x'.repeat(2001) }), PERMIT), expect: answers('/lyDoDeNghi') },
  { name: 'form: an empty text (minLength)', request: async (x) => submit(x, await x.permit({ soGiayPhep: '' }), PERMIT), expect: answers('/soGiayPhep') },
  { name: 'form: a choice outside its options (enum)', request: async (x) => submit(x, await x.permit({ lyDoCapLai: 'bi-chay' }, { documents: [{ document: 'don-de-nghi', uploads: [await x.upload()] }] }), REISSUE), expect: answers('/lyDoCapLai') },
  { name: 'form: an empty list (minItems)', request: async (x) => submit(x, await x.copy({ answers: { hoTen: 'An', banSao: [] } })), expect: answers('/banSao') },
  { name: 'form: required answers smuggled in through __proto__', request: async (x) => submit(x, JSON.parse(`{"version":1,"agency":"phuong-ba-dinh","channel":"online","delivery":"in-person","answers":{"__proto__":{"hoTen":"An","banSao":[{"tenGiayTo":"x","soTrang":1,"soBan":1}]}},"documents":[{"document":"ban-chinh","uploads":["${await x.upload()}"]}]}`)), expect: answers('/hoTen') },
  { name: 'form: answers that crash a naive uniqueItems ({"valueOf":1} twice)', request: async (x) => submit(x, await x.copy({ answers: { hoTen: 'An', banSao: [{ valueOf: 1 }, { valueOf: 1 }] } })), expect: { status: 422, code: 'answers-invalid' } },
  // A context the procedure does not have.
  { name: 'an agency that does not offer the procedure', request: async (x) => submit(x, await x.copy({ agency: 'ha-noi' })), expect: { status: 422, code: 'agency-not-offering' } },
  { name: 'an agency that does not exist', request: async (x) => submit(x, await x.copy({ agency: 'phuong-khong-co' })), expect: { status: 422, code: 'agency-not-offering' } },
  { name: 'a channel the procedure lacks', request: async (x) => submit(x, await x.copy({ channel: 'postal' })), expect: { status: 422, code: 'channel-not-offered', path: '/channel' } },
  { name: 'a delivery the procedure lacks', request: async (x) => submit(x, await x.copy({ delivery: 'postal' })), expect: { status: 422, code: 'delivery-not-offered', path: '/delivery' } },
  { name: 'an applicant category the procedure lacks', request: async (x) => submit(x, await x.copy({ applicantCategory: 'ho-ngheo' })), expect: { status: 422, code: 'category-unknown', path: '/applicantCategory' } },
  { name: 'a case the procedure lacks', request: async (x) => submit(x, await x.copy({ case: 'cap-lai' })), expect: { status: 422, code: 'case-unknown' } },
  { name: 'postal delivery without an address', request: async (x) => submit(x, await x.permit({}, { delivery: 'postal' }), PERMIT), expect: { status: 422, code: 'delivery-address-required', path: '/deliveryAddress' } },
  { name: 'a version that does not exist', request: async (x) => submit(x, await x.copy({ version: 2 })), expect: { status: 409, code: 'version-not-in-force' } },
  { name: 'a huge version', request: async (x) => submit(x, await x.copy({ version: 1e20 })), expect: { status: 409, code: 'version-not-in-force' } },
  { name: 'a procedure that does not exist', request: async (x) => submit(x, await x.copy(), '9.999999'), expect: { status: 404, code: 'not-found' } },
  { name: 'a procedure code that is a path', request: async (x) => json('/api/v1/procedures/..%2F..%2Fetc/dossiers', await x.copy(), { 'Idempotency-Key': x.key() }), expect: invalid('/params/code') },
  // Documents and uploads.
  { name: 'a required document missing', request: async (x) => submit(x, await x.copy({ documents: [] })), expect: { status: 422, code: 'document-missing' } },
  { name: 'a document the procedure does not have', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [await x.upload()] }, { document: 'so-do', uploads: [await x.upload()] }] })), expect: { status: 422, code: 'document-unknown' } },
  { name: 'a document listed twice', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [await x.upload()] }, { document: 'ban-chinh', uploads: [await x.upload()] }] })), expect: { status: 422, code: 'document-duplicate' } },
  { name: 'a document by post where it may not follow by post', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', byPost: true }] })), expect: { status: 422, code: 'document-not-by-post' } },
  { name: 'an upload id that does not exist', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [NO_SUCH_UPLOAD] }] })), expect: { status: 422, code: 'upload-unknown' } },
  { name: 'an upload id that is no uuid', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: ['../../etc/passwd'] }] })), expect: invalid('/body/documents/0/uploads/0') },
  { name: 'an upload id that is SQL', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: ["' OR 1=1 --"] }] })), expect: invalid('/body/documents/0/uploads/0') },
  { name: 'an upload already in another dossier', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [x.filed.upload] }] })), expect: { status: 422, code: 'upload-already-used' } },
  { name: 'one upload for two documents', request: async (x) => { const id = await x.upload(); return submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [id] }, { document: 'ban-sao', uploads: [id] }] })); }, expect: { status: 422, code: 'upload-already-used' } },
  { name: 'a GIF where the document takes PDF, JPEG or PNG', request: async (x) => submit(x, await x.copy({ documents: [{ document: 'ban-chinh', uploads: [await x.upload(gif(), 'anh.gif')] }] })), expect: { status: 422, code: 'file-type-not-accepted' } },
  // Idempotency-Keys.
  { name: 'no Idempotency-Key', request: async (x) => json(dossiersOf(COPY), await x.copy()), expect: keyRequired },
  { name: 'an empty Idempotency-Key', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': '' }), expect: keyRequired },
  { name: 'an Idempotency-Key of 7 characters', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': 'abcdefg' }), expect: keyRequired },
  { name: 'an Idempotency-Key of 201 characters', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': 'k'.repeat(201) }), expect: keyRequired },
  { name: 'an Idempotency-Key with spaces', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': 'my retry key 1' }), expect: keyRequired },
  { name: 'an Idempotency-Key with a slash', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': '../../../etc/passwd' }), expect: keyRequired },
  { name: 'an Idempotency-Key with Latin-1 letters', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': 'cl\u00e9-de-r\u00e9essai' }), expect: keyRequired },
  { name: 'the key of a filed dossier with a different body', request: async (x) => submit(x, await x.copy(), COPY, { 'Idempotency-Key': x.filed.key }), expect: reused },
  { name: 'the key of a filed dossier with one answer changed', request: (x) => submit(x, { ...x.filed.body, answers: { hoTen: 'Nguyễn Văn Bình', banSao: [{ tenGiayTo: 'Học bạ', soTrang: 3, soBan: 2 }] } }, COPY, { 'Idempotency-Key': x.filed.key }), expect: reused },
  { name: 'the key of a filed dossier, the same body, another procedure', request: (x) => submit(x, x.filed.body, PERMIT, { 'Idempotency-Key': x.filed.key }), expect: reused },
];

// What the bench submits: "Đăng ký thành lập doanh nghiệp tư nhân" (2.001610,
// offered by ha-noi), the catalogue procedure whose form a citizen really
// fills to about 3 KB (a private enterprise with 20 business lines of the
// Vietnamese industry classification), and whose documents fit both cases:
//   - one document: keKhaiSoDinhDanh (the owner gives a personal ID number)
//     and nguoiNop "chu-doanh-nghiep" (the owner files): only "giay-de-nghi"
//     applies, so each dossier needs exactly one upload of its own (an upload
//     joins one dossier only, so the bench uploads one per planned dossier
//     before the timed run; every procedure of the catalogue has at least one
//     document that cannot follow by post, so none can be filed without one);
//   - three documents: no ID number (the owner's legal papers,
//     "giay-to-phap-ly-chu-dn") and filed by an authorised person (the
//     authorisation, "van-ban-uy-quyen"): three documents, 200 KB each.

export const PROCEDURE = '2.001610';
export const AGENCY = 'ha-noi';

const LINES = [
  ['4711', 'Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào chiếm tỷ trọng lớn trong các cửa hàng kinh doanh tổng hợp'],
  ['4722', 'Bán lẻ thực phẩm trong các cửa hàng chuyên doanh'],
  ['4723', 'Bán lẻ đồ uống trong các cửa hàng chuyên doanh'],
  ['4632', 'Bán buôn thực phẩm'],
  ['4633', 'Bán buôn đồ uống'],
  ['5610', 'Nhà hàng và các dịch vụ ăn uống phục vụ lưu động'],
  ['5621', 'Cung cấp dịch vụ ăn uống theo hợp đồng không thường xuyên với khách hàng'],
  ['5630', 'Dịch vụ phục vụ đồ uống'],
  ['1071', 'Sản xuất các loại bánh từ bột'],
  ['1079', 'Sản xuất thực phẩm khác chưa được phân vào đâu'],
  ['4933', 'Vận tải hàng hóa bằng đường bộ'],
  ['5229', 'Hoạt động dịch vụ hỗ trợ khác liên quan đến vận tải'],
  ['8230', 'Tổ chức giới thiệu và xúc tiến thương mại'],
  ['4791', 'Bán lẻ theo yêu cầu đặt hàng qua bưu điện hoặc internet'],
  ['4610', 'Đại lý, môi giới, đấu giá hàng hóa'],
  ['4649', 'Bán buôn đồ dùng khác cho gia đình'],
  ['4773', 'Bán lẻ hàng hóa khác mới trong các cửa hàng chuyên doanh'],
  ['5510', 'Dịch vụ lưu trú ngắn ngày'],
  ['7310', 'Quảng cáo'],
  ['8299', 'Hoạt động dịch vụ hỗ trợ kinh doanh khác còn lại chưa được phân vào đâu'],
];

const ANSWERS_ONE_DOCUMENT = {
  tenDoanhNghiep: 'Doanh nghiệp tư nhân Thương mại và Dịch vụ Ẩm thực Phố Cổ Hà Nội',
  tenTiengNuocNgoai: 'Ha Noi Old Quarter Food Trading and Services Private Enterprise',
  tenVietTat: 'PHO CO FOOD',
  diaChiTruSo: { province: 'Thành phố Hà Nội', commune: 'Phường Hoàn Kiếm', detail: 'Số 36 phố Hàng Bạc, tổ dân phố số 5' },
  soDienThoai: '0912345678',
  email: 'lienhe@phocofood.vn',
  nganhNghe: LINES.map(([maNganh, tenNganh], i) => ({ maNganh, tenNganh, laNganhChinh: i === 5 })),
  vonDauTu: 2_500_000_000,
  hoTenChuDoanhNghiep: 'Nguyễn Thị Thu Hương',
  ngaySinhChuDoanhNghiep: '1986-04-12',
  keKhaiSoDinhDanh: true,
  soDinhDanh: '001186012345',
  nguoiNop: 'chu-doanh-nghiep',
};

const { soDinhDanh: _none, ...withoutId } = ANSWERS_ONE_DOCUMENT;
const ANSWERS_THREE_DOCUMENTS = { ...withoutId, keKhaiSoDinhDanh: false, nguoiNop: 'uy-quyen-ca-nhan' };

export const ANSWER_BYTES = Buffer.byteLength(JSON.stringify(ANSWERS_ONE_DOCUMENT));

const envelope = { version: 1, agency: AGENCY, case: 'co-ban', channel: 'online', delivery: 'in-person' };

/** The JSON body of a dossier with one document: one upload of its own. */
export function oneDocumentBody(uploadId) {
  return JSON.stringify({ ...envelope, answers: ANSWERS_ONE_DOCUMENT, documents: [{ document: 'giay-de-nghi', uploads: [uploadId] }] });
}

export const THREE_DOCUMENTS = ['giay-de-nghi', 'giay-to-phap-ly-chu-dn', 'van-ban-uy-quyen'];

/** The JSON body of a dossier with three documents, one upload each. */
export function threeDocumentBody(uploadIds) {
  return JSON.stringify({ ...envelope, answers: ANSWERS_THREE_DOCUMENTS, documents: THREE_DOCUMENTS.map((document, i) => ({ document, uploads: [uploadIds[i]] })) });
}

const BOUNDARY = '----motcua-bench-7d1f0c';
export const MULTIPART_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

/** One file as a multipart/form-data body, the way a browser's FormData sends it. */
export function multipart(bytes, name) {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** A one-page PDF of about a hundred bytes; every small upload sends these same bytes. */
export const SMALL_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Giấy đề nghị đăng ký doanh nghiệp\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const SCAN_BYTES = 200 * 1024;

/** A PDF of 200 KB whose body is a scan-like stream of incompressible bytes; `mark` makes each one unique. */
export function scanPdf() {
  const head = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /XObject /Subtype /Image /Filter /DCTDecode /Length ${SCAN_BYTES - 200} >>\nstream\n`);
  const tail = Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const bytes = Buffer.alloc(SCAN_BYTES);
  let seed = 0x2545f491;
  for (let i = 0; i < bytes.length; i += 1) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    bytes[i] = seed & 0xff;
  }
  head.copy(bytes, 0);
  tail.copy(bytes, bytes.length - tail.length);
  const markAt = head.length + 16;
  return (mark) => {
    const copy = Buffer.from(bytes);
    copy.write(mark.padEnd(32, '.'), markAt, 'latin1');
    return copy;
  };
}

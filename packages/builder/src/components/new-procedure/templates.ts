import type { Bilingual, ProcedureDefinition } from '@motcua/core';
import { starterDefinition } from './starter-definition.js';

/**
 * A starting point for a new procedure: a common shape of form, documents and fees that the
 * officer then adapts. Templates are data shipped with the builder rather than published
 * procedures marked as such: any published procedure can already be duplicated, and a template
 * must be generic (no agency's real fee or legal citation to forget to change), valid on its own
 * and the same on every server.
 */
export interface ProcedureTemplate {
  id: string;
  name: Bilingual;
  description: Bilingual;
  make(code: string, name: Bilingual): ProcedureDefinition;
}

const text = (vi: string, en: string): Bilingual => ({ vi, en });

/** Who is applying: the first section of most forms. */
const applicantSection = {
  type: 'object',
  title: 'Thông tin người yêu cầu',
  properties: {
    hoTen: { type: 'string', title: 'Họ, chữ đệm và tên', minLength: 1, maxLength: 100 },
    soDinhDanh: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' },
    soDienThoai: { type: 'string', title: 'Số điện thoại', pattern: '^(0|\\+84)(3|5|7|8|9)[0-9]{8}$' },
  },
  required: ['hoTen', 'soDinhDanh'],
};
const applicantI18n = {
  '/schema/properties/nguoiYeuCau/title': 'Applicant',
  '/schema/properties/nguoiYeuCau/properties/hoTen/title': 'Full name',
  '/schema/properties/nguoiYeuCau/properties/soDinhDanh/title': 'Personal identification number',
  '/schema/properties/nguoiYeuCau/properties/soDienThoai/title': 'Phone number',
};

export const TEMPLATES: readonly ProcedureTemplate[] = [
  {
    id: 'certificate',
    name: text('Cấp giấy xác nhận', 'A certificate request'),
    description: text('Người dân đề nghị cấp một giấy xác nhận, có lệ phí cố định cho mỗi bản.', 'A citizen asks for a certificate, with a fixed fee for each copy.'),
    make: (code, name) => ({
      ...starterDefinition(code, name),
      sector: 'ho-tich',
      form: {
        schema: {
          type: 'object',
          properties: {
            nguoiYeuCau: applicantSection,
            noiDung: { type: 'object', title: 'Nội dung đề nghị', properties: { mucDich: { type: 'string', title: 'Mục đích sử dụng', minLength: 1, maxLength: 500 }, soBan: { type: 'integer', title: 'Số bản', minimum: 1, maximum: 20, default: 1 } }, required: ['mucDich', 'soBan'] },
          },
          required: ['nguoiYeuCau', 'noiDung'],
        },
        i18n: { en: { ...applicantI18n, '/schema/properties/noiDung/title': 'The request', '/schema/properties/noiDung/properties/mucDich/title': 'What it is for', '/schema/properties/noiDung/properties/soBan/title': 'Number of copies' } },
      },
      fees: [{ id: 'le-phi', kind: 'fee', label: text('Lệ phí cấp giấy xác nhận', 'Certificate fee'), rule: { type: 'per-unit', quantity: '/noiDung/soBan', amount: 10000, unit: text('bản', 'copy') } }],
      documents: [{ id: 'to-khai', name: text('Tờ khai theo mẫu', 'The request form'), originals: 1, copies: 0 }],
    }),
  },
  {
    id: 'registration',
    name: text('Đăng ký có danh sách thành viên', 'A registration with a list of members'),
    description: text('Đăng ký kèm danh sách người (thành viên, người lao động…) nhập thành nhóm lặp lại; lệ phí tính cho mỗi thành viên.', 'A registration with a repeatable group of people (members, workers…); a fee for each member.'),
    make: (code, name) => ({
      ...starterDefinition(code, name),
      sector: 'ho-kinh-doanh',
      form: {
        schema: {
          type: 'object',
          properties: {
            nguoiYeuCau: applicantSection,
            thanhVien: {
              type: 'array',
              title: 'Danh sách thành viên',
              minItems: 1,
              maxItems: 100,
              items: { type: 'object', title: 'Thành viên', properties: { hoTen: { type: 'string', title: 'Họ và tên', minLength: 1, maxLength: 100 }, ngaySinh: { type: 'string', title: 'Ngày sinh', format: 'date' } }, required: ['hoTen'] },
            },
          },
          required: ['nguoiYeuCau', 'thanhVien'],
        },
        i18n: { en: { ...applicantI18n, '/schema/properties/thanhVien/title': 'Members', '/schema/properties/thanhVien/items/title': 'Member', '/schema/properties/thanhVien/items/properties/hoTen/title': 'Full name', '/schema/properties/thanhVien/items/properties/ngaySinh/title': 'Date of birth' } },
      },
      fees: [{ id: 'le-phi', kind: 'fee', label: text('Lệ phí đăng ký', 'Registration fee'), each: '/thanhVien', rule: { type: 'fixed', amount: 20000 }, note: text('Mức thu mẫu: hãy sửa theo văn bản quy định.', 'A sample amount: set it as the law does.') }],
      documents: [{ id: 'danh-sach', name: text('Danh sách thành viên có chữ ký', 'The signed list of members'), originals: 1, copies: 0 }],
    }),
  },
  {
    id: 'renewal',
    name: text('Gia hạn giấy phép', 'A licence renewal'),
    description: text('Gia hạn một giấy phép còn hoặc đã hết hạn; giấy phép bị mất thì cần thêm đơn trình báo.', 'Renewing a licence that is about to or has expired; a lost licence needs a loss report as well.'),
    make: (code, name) => ({
      ...starterDefinition(code, name),
      sector: 'xay-dung',
      form: {
        schema: {
          type: 'object',
          properties: {
            nguoiYeuCau: applicantSection,
            giayPhep: { type: 'object', title: 'Giấy phép cần gia hạn', properties: { soGiayPhep: { type: 'string', title: 'Số giấy phép', minLength: 1, maxLength: 50 }, ngayHetHan: { type: 'string', title: 'Ngày hết hạn', format: 'date' }, biMat: { type: 'boolean', title: 'Giấy phép đã bị mất' } }, required: ['soGiayPhep', 'ngayHetHan'] },
          },
          required: ['nguoiYeuCau', 'giayPhep'],
        },
        i18n: { en: { ...applicantI18n, '/schema/properties/giayPhep/title': 'The licence to renew', '/schema/properties/giayPhep/properties/soGiayPhep/title': 'Licence number', '/schema/properties/giayPhep/properties/ngayHetHan/title': 'Expiry date', '/schema/properties/giayPhep/properties/biMat/title': 'The licence has been lost' } },
      },
      fees: [{ id: 'le-phi', kind: 'fee', label: text('Lệ phí gia hạn', 'Renewal fee'), rule: { type: 'fixed', amount: 50000 } }],
      documents: [
        { id: 'don-de-nghi', name: text('Đơn đề nghị gia hạn', 'The renewal application'), originals: 1, copies: 0 },
        { id: 'don-trinh-bao', name: text('Đơn trình báo mất giấy phép', 'A report of the lost licence'), originals: 1, copies: 0, when: { properties: { answers: { properties: { giayPhep: { properties: { biMat: { const: true } }, required: ['biMat'] } }, required: ['giayPhep'] } }, required: ['answers'] } },
      ],
    }),
  },
];

import type { ProcedureDefinition } from '../procedure.types.js';

/** Conditions as reform officers write them, for tests. */
export const when = {
  channel: (kind: string) => ({ properties: { channel: { const: kind } }, required: ['channel'] }),
  category: (...ids: string[]) => ({ properties: { applicantCategory: { enum: ids } }, required: ['applicantCategory'] }),
  answer: (name: string, value: unknown) => ({
    properties: { answers: { properties: { [name]: { const: value } }, required: [name] } },
    required: ['answers'],
  }),
  delivery: (kind: string) => ({ properties: { delivery: { const: kind } }, required: ['delivery'] }),
};

/**
 * A small but complete definition: every kind of fee rule and adjustment
 * can be added to it by a test, and its form has the answers they read.
 */
export function testDefinition(overrides: Partial<ProcedureDefinition> = {}): ProcedureDefinition {
  return {
    formatVersion: 1,
    code: 'T.000001',
    name: { vi: 'Thủ tục thử', en: 'Test procedure' },
    sector: 'chung-thuc',
    tier: 'commune',
    agency: { vi: 'Ủy ban nhân dân cấp xã', en: 'Commune People’s Committee' },
    applicants: ['citizen'],
    applicantCategories: [
      { id: 'hoc-sinh', name: { vi: 'Học sinh, sinh viên', en: 'Students' } },
      { id: 'tre-em', name: { vi: 'Trẻ em', en: 'Children' } },
    ],
    onlineLevel: 'full',
    channels: [{ kind: 'in-person' }, { kind: 'online' }, { kind: 'postal' }],
    serviceLevel: { amount: 5, unit: 'working-days' },
    fees: [],
    documents: [],
    steps: [
      { id: 'tiep-nhan', name: { vi: 'Tiếp nhận' }, role: 'receiver', duration: { amount: 1, unit: 'working-days' } },
      { id: 'xu-ly', name: { vi: 'Xử lý' }, role: 'specialist', duration: { amount: 3, unit: 'working-days' } },
      { id: 'phe-duyet', name: { vi: 'Phê duyệt' }, role: 'approver', duration: { amount: 1, unit: 'working-days' } },
    ],
    caseSelection: 'choice',
    cases: [{ id: 'mac-dinh', name: { vi: 'Mặc định' } }],
    form: {
      schema: {
        type: 'object',
        properties: {
          hoTen: { type: 'string', title: 'Họ và tên', minLength: 1 },
          soTrang: { type: 'integer', title: 'Số trang', minimum: 0 },
          soBan: { type: 'integer', title: 'Số bản', minimum: 1 },
          dienTich: { type: 'number', title: 'Diện tích' },
          coCon: { type: 'boolean', title: 'Có con chưa thành niên' },
          banSao: {
            type: 'array',
            title: 'Giấy tờ',
            items: {
              type: 'object',
              properties: {
                soTrang: { type: 'integer', title: 'Số trang', minimum: 1 },
                soBan: { type: 'integer', title: 'Số bản', minimum: 1 },
              },
              required: ['soTrang', 'soBan'],
            },
          },
          diaChiNhan: {
            type: 'object',
            title: 'Địa chỉ nhận kết quả',
            properties: { chiTiet: { type: 'string', title: 'Địa chỉ' } },
            required: ['chiTiet'],
          },
        },
        required: ['hoTen'],
      },
      i18n: { en: { '/schema/properties/hoTen/title': 'Full name' } },
    },
    result: { name: { vi: 'Giấy chứng nhận' }, delivery: ['in-person', 'online', 'postal'] },
    legalBasis: [
      { number: '226/2016/TT-BTC', title: { vi: 'Thông tư về phí chứng thực' } },
      { number: '244/2016/TT-BTC', title: { vi: 'Thông tư về phí lý lịch tư pháp' } },
    ],
    ...overrides,
  };
}

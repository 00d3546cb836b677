// The procedure the end-to-end test builds: two sections, a condition, a repeatable group, a
// tiered fee and a document required only when a condition holds; the rest is what a procedure
// created from scratch starts with.
import { starterDefinition } from '../dist/components/new-procedure/starter-definition.js';

/** A PDF as small as the server's content check accepts. */
export const PDF = Buffer.from('%PDF-1.4\n% e2e\n%%EOF\n');

/** The definition typed into the builder's JSON view, under the code and names chosen at creation. */
export function e2eDefinition(code, name) {
  return {
    ...starterDefinition(code, name),
    form: {
      schema: {
        type: 'object',
        properties: {
          nguoiYeuCau: {
            type: 'object',
            title: 'Người yêu cầu',
            properties: { hoTen: { type: 'string', title: 'Họ và tên', minLength: 1, maxLength: 100 } },
            required: ['hoTen'],
          },
          giayTo: {
            type: 'object',
            title: 'Giấy tờ cần chứng thực',
            properties: {
              banSao: {
                type: 'array',
                title: 'Danh sách giấy tờ',
                minItems: 1,
                maxItems: 20,
                items: {
                  type: 'object',
                  title: 'Giấy tờ',
                  properties: { tenGiayTo: { type: 'string', title: 'Tên giấy tờ', minLength: 1, maxLength: 200 }, soTrang: { type: 'integer', title: 'Số trang', minimum: 1, maximum: 500 } },
                  required: ['tenGiayTo', 'soTrang'],
                },
              },
              uyQuyen: { type: 'boolean', title: 'Nộp thay theo ủy quyền' },
            },
            required: ['banSao'],
            allOf: [{ if: { properties: { uyQuyen: { const: true } }, required: ['uyQuyen'] }, then: { properties: { nguoiUyQuyen: { type: 'string', title: 'Họ và tên người ủy quyền', minLength: 1, maxLength: 100 } }, required: ['nguoiUyQuyen'] } }],
          },
        },
        required: ['nguoiYeuCau', 'giayTo'],
      },
      i18n: {
        en: {
          '/schema/properties/nguoiYeuCau/title': 'Applicant',
          '/schema/properties/nguoiYeuCau/properties/hoTen/title': 'Full name',
          '/schema/properties/giayTo/title': 'Papers to certify',
          '/schema/properties/giayTo/properties/banSao/title': 'Papers',
          '/schema/properties/giayTo/properties/banSao/items/title': 'Paper',
          '/schema/properties/giayTo/properties/banSao/items/properties/tenGiayTo/title': 'Name of the paper',
          '/schema/properties/giayTo/properties/banSao/items/properties/soTrang/title': 'Number of pages',
          '/schema/properties/giayTo/properties/uyQuyen/title': 'Filed on someone’s behalf',
          '/schema/properties/giayTo/allOf/0/then/properties/nguoiUyQuyen/title': 'Full name of the person represented',
        },
      },
    },
    fees: [
      {
        id: 'phi-chung-thuc',
        kind: 'fee',
        label: { vi: 'Phí chứng thực', en: 'Certification fee' },
        each: '/giayTo/banSao',
        rule: { type: 'tiered', quantity: '/soTrang', unit: { vi: 'trang', en: 'page' }, tiers: [{ upTo: 2, amount: 2000 }, { amount: 1000 }] },
      },
    ],
    documents: [
      { id: 'ban-chinh', name: { vi: 'Bản chính giấy tờ', en: 'The original papers' }, originals: 1, copies: 0, mayFollowByPost: false },
      {
        id: 'giay-uy-quyen',
        name: { vi: 'Giấy ủy quyền', en: 'Power of attorney' },
        originals: 1,
        copies: 0,
        mayFollowByPost: false,
        when: { properties: { answers: { properties: { giayTo: { properties: { uyQuyen: { const: true } }, required: ['uyQuyen'] } }, required: ['giayTo'] } }, required: ['answers'] },
      },
    ],
    // One way to receive the result, so the citizen is not asked.
    result: { name: { vi: 'Bản sao được chứng thực', en: 'The certified copies' }, delivery: ['in-person'] },
  };
}

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-condition-field>` shows, in both languages. */
export const CONDITION_FIELD_TEXT = {
  always: { vi: 'Luôn luôn', en: 'Always' },
  onlyWhen: { vi: 'Chỉ khi', en: 'Only when' },
  subject: { vi: 'Điều gì', en: 'What' },
  operator: { vi: 'So sánh', en: 'Comparison' },
  value: { vi: 'Giá trị', en: 'Value' },
  values: { vi: 'Các giá trị', en: 'Values' },
  'op.is': { vi: 'là', en: 'is' },
  'op.is-not': { vi: 'không phải là', en: 'is not' },
  'op.one-of': { vi: 'là một trong', en: 'is one of' },
  'op.greater-than': { vi: 'lớn hơn', en: 'is greater than' },
  'subject.applicantCategory': { vi: 'Đối tượng người nộp', en: 'Applicant category' },
  'subject.channel': { vi: 'Cách thức nộp', en: 'How the dossier is submitted' },
  'subject.delivery': { vi: 'Cách nhận kết quả', en: 'How the result is returned' },
  'subject.case': { vi: 'Trường hợp', en: 'Case' },
  answer: { vi: 'Câu trả lời “{label}”', en: 'Answer “{label}”' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  handWritten: {
    vi: 'Điều kiện này được viết tay theo JSON Schema; hãy sửa nó trong khung JSON, hoặc chọn lại ở trên để thay bằng điều kiện đơn giản.',
    en: 'This condition was written by hand in JSON Schema: edit it in the JSON view, or choose again above to replace it with a simple one.',
  },
  replace: { vi: 'Thay bằng điều kiện đơn giản', en: 'Replace with a simple condition' },
  nothingToTest: { vi: 'Thủ tục chưa có gì để đặt điều kiện (đối tượng, cách thức, trường hợp hay câu hỏi).', en: 'The procedure has nothing to test yet (categories, channels, cases or questions).' },
} as const satisfies Record<string, Bilingual>;

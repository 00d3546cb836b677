import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-condition-editor>` shows, in both languages. */
export const CONDITION_EDITOR_TEXT = {
  legend: { vi: 'Khi nào hiện câu hỏi này?', en: 'When is this question shown?' },
  always: { vi: 'Luôn hiện', en: 'Always' },
  when: { vi: 'Chỉ khi một câu trả lời khác thoả điều kiện', en: 'Only when another answer meets a condition' },
  noSubjects: {
    vi: 'Chưa có câu hỏi nào bên cạnh câu hỏi này để đặt điều kiện (có/không, lựa chọn, số hoặc văn bản).',
    en: 'No question beside this one can be tested yet (yes/no, choice, number or text).',
  },
  byHand: {
    vi: 'Điều kiện của câu hỏi này được viết tay; hãy sửa nó trong phần JSON, hoặc chọn một điều kiện mới ở đây để thay nó.',
    en: 'This question’s condition was written by hand; edit it in the JSON view, or choose a new one here to replace it.',
  },
  lost: {
    vi: 'Điều kiện đang xét câu hỏi “{name}”, nhưng câu hỏi đó không còn ở bên cạnh câu hỏi này; hãy chọn câu hỏi khác, hoặc cho luôn hiện.',
    en: 'The condition tests the question “{name}”, which is no longer beside this one; choose another question, or show this one always.',
  },
  subject: { vi: 'Câu hỏi', en: 'Question' },
  operator: { vi: 'Phép so sánh', en: 'Test' },
  value: { vi: 'Giá trị', en: 'Value' },
  values: { vi: 'Các giá trị', en: 'Values' },
  apply: { vi: 'Áp dụng điều kiện', en: 'Apply the condition' },
  error: { vi: 'Lỗi:', en: 'Error:' },
  'missing.number': { vi: 'Nhập một con số', en: 'Enter a number' },
  'missing.text': { vi: 'Nhập giá trị cần so sánh', en: 'Enter the value to compare with' },
  'missing.values': { vi: 'Đánh dấu ít nhất một giá trị', en: 'Tick at least one value' },
  'op.is': { vi: 'là', en: 'is' },
  'op.is-not': { vi: 'không phải là', en: 'is not' },
  'op.is-one-of': { vi: 'là một trong', en: 'is one of' },
  'op.greater-than': { vi: 'lớn hơn', en: 'is greater than' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
} as const satisfies Record<string, Bilingual>;

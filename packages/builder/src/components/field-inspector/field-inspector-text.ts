import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-field-inspector>` shows, in both languages. */
export const FIELD_INSPECTOR_TEXT = {
  nothingSelected: { vi: 'Chọn một câu hỏi trong khung biểu mẫu để sửa thuộc tính của nó.', en: 'Select a question in the form to edit its properties.' },
  notEditable: {
    vi: 'Câu hỏi này được viết tay theo cách trình thiết kế không đọc được; hãy sửa nó trong phần JSON.',
    en: 'This question was written by hand in a way the designer cannot read; edit it in the JSON view.',
  },
  answerName: { vi: 'Tên dữ liệu của câu trả lời', en: 'Answer name' },
  answerNameHint: {
    vi: 'Là khoá của câu trả lời trong dữ liệu của mọi hồ sơ; điều kiện, lệ phí và giấy tờ dựa vào câu trả lời này được đổi theo. Các phiên bản đã công bố vẫn giữ tên cũ.',
    en: 'The key of the answer in every dossier’s data; the conditions, fees and documents that depend on it follow the new name. Published versions keep their names.',
  },
  rename: { vi: 'Đổi tên', en: 'Rename' },
  renameError: { vi: 'Chưa đổi tên:', en: 'Not renamed:' },
  fieldError: { vi: 'Chưa lưu thay đổi:', en: 'Not saved:' },
  pageEarlier: { vi: 'Đưa trang lên trước', en: 'Move the page earlier' },
  pageLater: { vi: 'Đưa trang ra sau', en: 'Move the page later' },
  removePage: { vi: 'Xoá trang này (các câu hỏi chuyển sang trang bên cạnh)', en: 'Delete this page (its questions move to the page beside it)' },
} as const satisfies Record<string, Bilingual>;

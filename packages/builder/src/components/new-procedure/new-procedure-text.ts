import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-new-procedure>` shows, in both languages. */
export const NEW_PROCEDURE_TEXT = {
  create: { vi: 'Tạo thủ tục mới', en: 'Create a new procedure' },
  duplicate: { vi: 'Nhân bản thủ tục {code}', en: 'Duplicate procedure {code}' },
  code: { vi: 'Mã thủ tục', en: 'Procedure code' },
  codeHint: { vi: 'Chữ, số, dấu chấm, gạch dưới hoặc gạch ngang, ví dụ 2.000815.', en: 'Letters, digits, dots, underscores or hyphens, for example 2.000815.' },
  nameVi: { vi: 'Tên thủ tục (tiếng Việt)', en: 'Name (Vietnamese)' },
  nameEn: { vi: 'Tên thủ tục (tiếng Anh)', en: 'Name (English)' },
  startFrom: { vi: 'Bắt đầu từ', en: 'Start from' },
  empty: { vi: 'Thủ tục trống', en: 'An empty procedure' },
  emptyHint: { vi: 'Một biểu mẫu một câu hỏi, hai bước xử lý; tự điền phần còn lại.', en: 'A one-question form and two steps; fill in the rest yourself.' },
  submit: { vi: 'Tạo bản nháp', en: 'Create the draft' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  creating: { vi: 'Đang tạo…', en: 'Creating…' },
  summary: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  error: { vi: 'Lỗi:', en: 'Error:' },
  'missing.code': { vi: 'Nhập mã thủ tục', en: 'Enter a procedure code' },
  'pattern.code': { vi: 'Mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch dưới hoặc gạch ngang, tối đa 40 ký tự', en: 'A procedure code must be letters, digits, dots, underscores or hyphens, at most 40 characters' },
  'taken.code': { vi: 'Mã {code} đã được dùng cho một thủ tục khác', en: 'Code {code} is already used by another procedure' },
  'missing.nameVi': { vi: 'Nhập tên thủ tục bằng tiếng Việt', en: 'Enter the procedure’s name in Vietnamese' },
  'missing.nameEn': { vi: 'Nhập tên thủ tục bằng tiếng Anh', en: 'Enter the procedure’s name in English' },
} as const satisfies Record<string, Bilingual>;

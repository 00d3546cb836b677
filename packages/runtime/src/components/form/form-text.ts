import type { Bilingual } from '@motcua/core';

/** The strings `<motcua-form>` shows before anything is submitted or uploaded, in both languages. */
export const FORM_TEXT = {
  optional: { vi: '(không bắt buộc)', en: '(optional)' },
  errorPrefix: { vi: 'Lỗi:', en: 'Error:' },
  add: { vi: 'Thêm', en: 'Add' },
  remove: { vi: 'Xóa', en: 'Remove' },
  moveUp: { vi: 'Chuyển lên', en: 'Move up' },
  moveDown: { vi: 'Chuyển xuống', en: 'Move down' },
  yes: { vi: 'Có', en: 'Yes' },
  no: { vi: 'Không', en: 'No' },
  choose: { vi: '— Chọn —', en: '— Choose —' },
  item: { vi: 'Mục', en: 'Item' },
  currency: { vi: 'đồng', en: 'VND' },
  unsupported: { vi: 'Biểu mẫu này dùng một tính năng chưa hiển thị được ở đây:', en: 'This form uses a feature that cannot be shown here:' },
  problem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  caseLegend: { vi: 'Trường hợp của bạn', en: 'Your case' },
  categoryLegend: { vi: 'Bạn có thuộc đối tượng được miễn, giảm phí không?', en: 'Are you in a group that pays less or nothing?' },
  categoryNone: { vi: 'Không thuộc đối tượng nào', en: 'None of these' },
  agencyLabel: { vi: 'Nơi nộp hồ sơ', en: 'Where to file' },
  page: { vi: 'Bước {n}/{total}', en: 'Step {n} of {total}' },
  next: { vi: 'Tiếp tục', en: 'Continue' },
  back: { vi: 'Quay lại', en: 'Back' },
  submit: { vi: 'Nộp hồ sơ', en: 'Submit' },
  submitting: { vi: 'Đang nộp hồ sơ…', en: 'Submitting…' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  saveForLater: { vi: 'Lưu để nộp sau', en: 'Save and continue later' },
  restored: { vi: 'Đã khôi phục thông tin bạn nhập lần trước.', en: 'What you entered last time has been restored.' },
  startOver: { vi: 'Xóa và làm lại từ đầu', en: 'Clear and start again' },
  loadFailed: { vi: 'Không tải được biểu mẫu. Vui lòng thử lại.', en: 'The form could not be loaded. Please try again.' },
  loading: { vi: 'Đang tải biểu mẫu…', en: 'Loading the form…' },
} as const satisfies Record<string, Bilingual>;

export type FormTextKey = keyof typeof FORM_TEXT;

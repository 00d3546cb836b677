import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-procedure-editor>` shows, in both languages. */
export const PROCEDURE_EDITOR_TEXT = {
  loading: { vi: 'Đang tải thủ tục…', en: 'Loading the procedure…' },
  json: { vi: 'Định nghĩa thủ tục (JSON)', en: 'Procedure definition (JSON)' },
  jsonHint: { vi: 'Được kiểm tra ngay khi gõ.', en: 'Checked as you type.' },
  valid: { vi: 'Định nghĩa hợp lệ.', en: 'The definition is valid.' },
  problems: { vi: '{count} lỗi cần sửa', en: '{count} problems to fix' },
  whole: { vi: '(toàn bộ)', en: '(whole text)' },
  save: { vi: 'Lưu bản nháp', en: 'Save the draft' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  saved: { vi: 'Đã lưu bản nháp lúc {time}.', en: 'Draft saved at {time}.' },
  savedInvalid: { vi: 'Đã lưu bản nháp lúc {time}, còn {count} lỗi.', en: 'Draft saved at {time}, with {count} problems.' },
  notJson: { vi: 'Chỉ lưu được khi nội dung là một đối tượng JSON.', en: 'Only a JSON object can be saved.' },
  preview: { vi: 'Xem trước biểu mẫu', en: 'Form preview' },
  stale: { vi: 'Bản nháp đang có lỗi: bản xem trước là bản hợp lệ gần nhất.', en: 'The draft has problems: the preview shows the last valid version.' },
  previewWidth: { vi: 'Chiều rộng màn hình', en: 'Screen width' },
  phone: { vi: 'Điện thoại (360 px)', en: 'Phone (360 px)' },
  desktop: { vi: 'Máy tính', en: 'Desktop' },
  previewLanguage: { vi: 'Ngôn ngữ của biểu mẫu', en: 'Language of the form' },
  noPreview: { vi: 'Chưa có bản hợp lệ để xem trước.', en: 'No valid version to preview yet.' },
} as const satisfies Record<string, Bilingual>;

/** Each language's own name, the same whichever language the builder speaks. */
export const PREVIEW_LANGUAGES = { vi: 'Tiếng Việt', en: 'English' } as const satisfies Bilingual;

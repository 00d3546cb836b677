import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-procedure-editor>` shows, in both languages. */
export const PROCEDURE_EDITOR_TEXT = {
  loading: { vi: 'Đang tải thủ tục…', en: 'Loading the procedure…' },
  views: { vi: 'Các phần của định nghĩa', en: 'Parts of the definition' },
  toolbar: { vi: 'Chỉnh sửa', en: 'Editing' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  redo: { vi: 'Làm lại', en: 'Redo' },
  undone: { vi: 'Đã hoàn tác.', en: 'Undone.' },
  redone: { vi: 'Đã làm lại.', en: 'Redone.' },
  valid: { vi: 'Định nghĩa hợp lệ.', en: 'The definition is valid.' },
  problems: { vi: '{count} lỗi cần sửa', en: '{count} problems to fix' },
  whole: { vi: '(toàn bộ)', en: '(whole definition)' },
  save: { vi: 'Lưu ngay', en: 'Save now' },
  pending: { vi: 'Có thay đổi chưa lưu; sẽ tự động lưu.', en: 'Unsaved changes; they will be saved automatically.' },
  unparsed: { vi: 'Nội dung JSON đang gõ chưa hợp lệ nên chưa được lưu.', en: 'The JSON being typed is not valid yet, so it is not saved.' },
  saving: { vi: 'Đang lưu…', en: 'Saving…' },
  saved: { vi: 'Đã lưu bản nháp lúc {time}.', en: 'Draft saved at {time}.' },
  savedInvalid: { vi: 'Đã lưu bản nháp lúc {time}, còn {count} lỗi.', en: 'Draft saved at {time}, with {count} problems.' },
  retrying: { vi: 'Chưa lưu được ({message}); đang thử lại. Các thay đổi vẫn được giữ ở đây.', en: 'Could not save ({message}); retrying. Your changes are kept here.' },
  failed: { vi: 'Không lưu được: {message} Các thay đổi vẫn được giữ ở đây.', en: 'Could not save: {message} Your changes are kept here.' },
  takeTheirs: { vi: 'Tải bản của họ (bỏ thay đổi của tôi)', en: 'Load their version (drop my changes)' },
  keepMine: { vi: 'Giữ bản của tôi (thay bản của họ)', en: 'Keep mine (replace theirs)' },
  tookTheirs: { vi: 'Đã tải bản nháp hiện có trên máy chủ.', en: 'Loaded the draft as the server has it.' },
  keptMine: { vi: 'Đã lưu bản của bạn thay bản kia.', en: 'Your version was saved in place of the other.' },
  offline: { vi: 'không kết nối được máy chủ', en: 'the server could not be reached' },
  leave: { vi: 'Bạn có thay đổi chưa lưu. Rời trang sẽ mất các thay đổi này.', en: 'You have unsaved changes. Leaving will lose them.' },
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

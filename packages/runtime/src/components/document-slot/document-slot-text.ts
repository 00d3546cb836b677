import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-document-slot>` shows, in both languages. */
export const DOCUMENT_SLOT_TEXT = {
  template: { vi: 'Tải mẫu', en: 'Download the form' },
  optional: { vi: 'không bắt buộc', en: 'optional' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  oneOriginal: { vi: '1 bản chính', en: '1 original' },
  manyOriginals: { vi: '{n} bản chính', en: '{n} originals' },
  oneCopy: { vi: '1 bản sao', en: '1 copy' },
  manyCopies: { vi: '{n} bản sao', en: '{n} copies' },
  howMany: { vi: 'Cần: {count}.', en: 'Needed: {count}.' },
  fileRule: { vi: 'Loại tệp: {types}; tối đa {size} mỗi tệp.', en: 'File types: {types}; up to {size} each.' },
  templateNamed: { vi: 'Tải mẫu: {name}', en: 'Download the form: {name}' },
  errorPrefix: { vi: 'Lỗi:', en: 'Error:' },
  fileList: { vi: 'Tệp đã chọn cho {document}', en: 'Files chosen for {document}' },
  uploaded: { vi: 'Đã tải lên', en: 'Uploaded' },
  uploadedName: { vi: 'Đã tải lên “{name}”.', en: '“{name}” uploaded.' },
  waiting: { vi: 'Đang chờ tải lên', en: 'Waiting to upload' },
  uploading: { vi: 'Đang tải lên {percent}%', en: 'Uploading, {percent}%' },
  progressOf: { vi: 'Tiến độ tải lên “{name}”', en: 'Upload progress of “{name}”' },
  failedName: { vi: 'Chưa tải lên được “{name}”: {message}', en: '“{name}” was not uploaded: {message}' },
  removedName: { vi: 'Đã bỏ “{name}”.', en: '“{name}” removed.' },
  removeFile: { vi: 'Bỏ tệp', en: 'Remove' },
  network: {
    vi: 'Không kết nối được máy chủ, tệp chưa được tải lên. Hãy kiểm tra kết nối mạng rồi bấm “Thử lại”.',
    en: 'The server could not be reached, so the file was not uploaded. Check your connection and select “Try again”.',
  },
  serverFailed: { vi: 'Máy chủ không nhận được tệp. Vui lòng thử lại.', en: 'The server could not take the file. Please try again.' },
  unreadable: {
    vi: 'Không đọc được tệp “{name}” trên máy của bạn. Vui lòng chọn lại tệp.',
    en: 'The file “{name}” could not be read from your device. Please choose it again.',
  },
  byPostLabel: { vi: 'Tôi sẽ gửi giấy tờ này qua bưu chính', en: 'I will send this document by post' },
  byPostHint: { vi: 'Khi đó không cần tải tệp lên.', en: 'You then need not upload a file.' },
} as const satisfies Record<string, Bilingual>;

export type DocumentSlotTextKey = keyof typeof DOCUMENT_SLOT_TEXT;

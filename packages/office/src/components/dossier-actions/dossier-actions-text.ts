import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-dossier-actions>` shows, in both languages. */
export const DOSSIER_ACTIONS_TEXT = {
  heading: { vi: 'Xử lý hồ sơ', en: 'Process the dossier' },
  none: { vi: 'Bạn không có thao tác nào với hồ sơ ở trạng thái này.', en: 'You have no action on this dossier in its present state.' },
  reason: { vi: 'Lý do', en: 'Reason' },
  lateReason: { vi: 'Lý do chậm trễ (bắt buộc: hồ sơ đã quá hạn)', en: 'Reason for the delay (required: the dossier is overdue)' },
  lateHint: { vi: 'Công dân sẽ nhận thư xin lỗi nêu lý do này.', en: 'The citizen receives an apology notice giving this reason.' },
  note: { vi: 'Ghi chú (không bắt buộc)', en: 'Note (optional)' },
  nextStep: { vi: 'Bước kế tiếp', en: 'The next step' },
  postedReceived: { vi: 'Bản giấy đã nhận qua bưu chính', en: 'Papers received by post' },
  resultFile: { vi: 'Tệp kết quả (khi trả trực tuyến)', en: 'Result file (for an online return)' },
  supplied: { vi: 'Bản quét: {name}', en: 'Scan: {name}' },
  fieldsOnline: { vi: 'Các trường cần sửa ({fields}) do công dân sửa khi bổ sung trực tuyến.', en: 'The fields to correct ({fields}) are corrected by the citizen online.' },
  toStep: { vi: 'Chuyển đến bước', en: 'Forward to the step' },
  toAgency: { vi: 'Hoặc chuyển đến cơ quan (mã cơ quan)', en: 'Or forward to the agency (its id)' },
  missingDocuments: { vi: 'Giấy tờ cần bổ sung', en: 'Documents to supply' },
  days: { vi: 'Số ngày gia hạn', en: 'Days added' },
  method: { vi: 'Hình thức trả kết quả', en: 'How the result is returned' },
  inPerson: { vi: 'Trực tiếp tại bộ phận một cửa', en: 'In person at the counter' },
  online: { vi: 'Tải về trực tuyến', en: 'Online download' },
  postal: { vi: 'Qua bưu chính', en: 'By post' },
  tracking: { vi: 'Số vận đơn bưu chính', en: 'Postal tracking number' },
  confirm: { vi: 'Xác nhận: {action}', en: 'Confirm: {action}' },
  cancel: { vi: 'Huỷ', en: 'Cancel' },
  working: { vi: 'Đang gửi…', en: 'Sending…' },
  done: { vi: 'Đã thực hiện: {action}.', en: 'Done: {action}.' },
} as const satisfies Record<string, Bilingual>;

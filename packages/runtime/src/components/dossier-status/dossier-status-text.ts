import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-dossier-status>` shows, in both languages. */
export const DOSSIER_STATUS_TEXT = {
  code: { vi: 'Mã thủ tục', en: 'Procedure code' },
  agency: { vi: 'Cơ quan thực hiện', en: 'Agency' },
  trackTitle: { vi: 'Tra cứu hồ sơ', en: 'Track a dossier' },
  dossierCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  dossierCodeHint: { vi: 'Trên giấy biên nhận, ví dụ BADINH-2026-000123', en: 'On your receipt, for example BADINH-2026-000123' },
  secret: { vi: 'Mã bí mật', en: 'Secret' },
  secretHint: { vi: 'Chuỗi ký tự in trên giấy biên nhận, cạnh mã hồ sơ', en: 'The characters printed on your receipt, next to the dossier code' },
  look: { vi: 'Tra cứu', en: 'Look up' },
  problem: { vi: 'Có lỗi cần sửa', en: 'There is a problem' },
  codeMissing: { vi: 'Nhập mã hồ sơ', en: 'Enter the dossier code' },
  codeInvalid: { vi: 'Mã hồ sơ có dạng TÊNCƠQUAN-NĂM-SỐ, ví dụ BADINH-2026-000123', en: 'A dossier code looks like AGENCY-YEAR-NUMBER, for example BADINH-2026-000123' },
  secretMissing: { vi: 'Nhập mã bí mật', en: 'Enter the secret' },
  notFound: { vi: 'Không tìm thấy hồ sơ với mã hồ sơ và mã bí mật này. Vui lòng kiểm tra lại giấy biên nhận.', en: 'No dossier has this code and secret. Check them against your receipt.' },
  unreachable: { vi: 'Không kết nối được máy chủ. Vui lòng thử lại.', en: 'The server could not be reached. Please try again.' },
  status: { vi: 'Tình trạng', en: 'Status' },
  submittedAt: { vi: 'Ngày nộp', en: 'Submitted' },
  expectedDate: { vi: 'Ngày hẹn trả (dự kiến)', en: 'Expected date' },
  dueDate: { vi: 'Hạn trả kết quả', en: 'Due date' },
  history: { vi: 'Quá trình xử lý', en: 'History' },
  'status.submitted': { vi: 'Đã nộp, chờ tiếp nhận', en: 'Submitted, waiting to be received' },
  'status.received': { vi: 'Đã tiếp nhận', en: 'Received' },
  'status.in-process': { vi: 'Đang xử lý', en: 'Being processed' },
  'status.supplement-requested': { vi: 'Cần bổ sung hồ sơ', en: 'More documents needed' },
  'status.result-ready': { vi: 'Đã có kết quả', en: 'Result ready' },
  'status.returned': { vi: 'Đã trả kết quả', en: 'Result returned' },
  'status.rejected': { vi: 'Bị từ chối', en: 'Refused' },
  'status.withdrawn': { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
} as const satisfies Record<string, Bilingual>;

export type DossierStatusTextKey = keyof typeof DOSSIER_STATUS_TEXT;

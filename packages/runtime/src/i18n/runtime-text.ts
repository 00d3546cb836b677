import type { Bilingual, Locale, LocalText } from '@motcua/core';

/** A definition's text in the reader's language, Vietnamese when it has no English. */
export function textIn(text: LocalText | undefined, locale: Locale): string {
  if (!text) return '';
  return locale === 'en' ? (text.en ?? text.vi) : text.vi;
}

/** Amounts in VND as people read them: "200.000 ₫" in Vietnamese, "VND 200,000" in English. */
export function money(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amount);
}

/** Every string the runtime itself shows, in both languages. */
export const RUNTIME_TEXT = {
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  loadFailed: { vi: 'Không tải được thông tin thủ tục. Vui lòng thử lại.', en: 'The procedure could not be loaded. Please try again.' },
  retry: { vi: 'Thử lại', en: 'Try again' },
  code: { vi: 'Mã thủ tục', en: 'Procedure code' },
  agency: { vi: 'Cơ quan thực hiện', en: 'Agency' },
  offeredBy: { vi: 'Nơi tiếp nhận', en: 'Where to file' },
  applicants: { vi: 'Đối tượng thực hiện', en: 'Who may apply' },
  case: { vi: 'Trường hợp', en: 'Case' },
  timeLimit: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  channels: { vi: 'Cách thức thực hiện', en: 'How to file' },
  fees: { vi: 'Phí, lệ phí', en: 'Fees' },
  free: { vi: 'Không mất phí', en: 'Free' },
  documents: { vi: 'Thành phần hồ sơ', en: 'Documents' },
  steps: { vi: 'Trình tự thực hiện', en: 'Steps' },
  result: { vi: 'Kết quả', en: 'Result' },
  requirements: { vi: 'Yêu cầu, điều kiện', en: 'Requirements' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  originals: { vi: 'bản chính', en: 'original' },
  copies: { vi: 'bản sao', en: 'copy' },
  optional: { vi: 'không bắt buộc', en: 'optional' },
  onlyWhen: { vi: 'chỉ trong một số trường hợp', en: 'only in some cases' },
  byPost: { vi: 'có thể gửi sau qua bưu chính', en: 'may follow by post' },
  template: { vi: 'Tải mẫu', en: 'Download the form' },
  setLocally: { vi: 'Do Hội đồng nhân dân cấp tỉnh quy định', en: 'Set by the provincial People’s Council' },
  perUnit: { vi: '{amount} / {unit}', en: '{amount} per {unit}' },
  tier: { vi: 'từ {unit} thứ {from}: {amount}', en: 'from {unit} {from}: {amount}' },
  tierUpTo: { vi: '{unit} {from}–{to}: {amount}', en: '{unit} {from}–{to}: {amount}' },
  atMost: { vi: 'tối đa {amount}', en: 'at most {amount}' },
  atLeast: { vi: 'tối thiểu {amount}', en: 'at least {amount}' },
  exempt: { vi: 'Miễn', en: 'Exempt' },
  percentOff: { vi: 'Giảm {value}%', en: '{value}% off' },
  setAmount: { vi: 'Còn {amount}', en: 'Reduced to {amount}' },
  amountOff: { vi: 'Giảm {amount}', en: '{amount} off' },
  withinTheDay: { vi: 'Trong ngày', en: 'Within the day' },
  workingDays: { vi: '{n} ngày làm việc', en: '{n} working days' },
  workingHours: { vi: '{n} giờ làm việc', en: '{n} working hours' },
  calendarDays: { vi: '{n} ngày', en: '{n} days' },
  receivedAfter: { vi: 'hồ sơ nhận sau {time} tính từ ngày làm việc tiếp theo', en: 'dossiers received after {time} count from the next working day' },
  'channel.in-person': { vi: 'Trực tiếp', en: 'In person' },
  'channel.online': { vi: 'Trực tuyến', en: 'Online' },
  'channel.postal': { vi: 'Qua bưu chính', en: 'By post' },
  'role.receiver': { vi: 'Tiếp nhận', en: 'Reception' },
  'role.specialist': { vi: 'Chuyên viên xử lý', en: 'Processing' },
  'role.approver': { vi: 'Lãnh đạo phê duyệt', en: 'Approval' },
  'applicant.citizen': { vi: 'Công dân', en: 'Citizens' },
  'applicant.business': { vi: 'Doanh nghiệp', en: 'Businesses' },
  'applicant.organisation': { vi: 'Tổ chức', en: 'Organisations' },
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

export type RuntimeTextKey = keyof typeof RUNTIME_TEXT;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-receipt>` shows, in both languages. */
export const RECEIPT_TEXT = {
  title: { vi: 'Đã nộp hồ sơ', en: 'Dossier submitted' },
  codeIs: { vi: 'Mã hồ sơ của bạn', en: 'Your dossier code' },
  secret: { vi: 'Mã bí mật để tra cứu', en: 'Secret to track it' },
  secretHint: { vi: 'Hãy ghi lại hoặc in giấy biên nhận này: cần cả mã hồ sơ và mã bí mật để tra cứu.', en: 'Write it down or print this receipt: tracking needs both the code and the secret.' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  agency: { vi: 'Cơ quan tiếp nhận', en: 'Agency' },
  case: { vi: 'Trường hợp', en: 'Case' },
  submittedAt: { vi: 'Thời điểm nộp', en: 'Submitted' },
  expected: { vi: 'Ngày hẹn trả kết quả (dự kiến)', en: 'Result expected' },
  noDate: { vi: 'Cơ quan sẽ thông báo', en: 'The agency will tell you' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  free: { vi: 'Không mất phí', en: 'Free' },
  feeMore: { vi: 'cơ quan sẽ báo thêm khoản còn lại', en: 'the agency will tell you the rest' },
  byPost: { vi: 'Số giấy tờ sẽ gửi qua bưu chính', en: 'Documents to send by post' },
  next: { vi: 'Tiếp theo', en: 'What happens next' },
  print: { vi: 'In giấy biên nhận', en: 'Print the receipt' },
} as const satisfies Record<string, Bilingual>;

export type ReceiptTextKey = keyof typeof RECEIPT_TEXT;

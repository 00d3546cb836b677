import type { Bilingual, FeeBreakdown, LocalText } from '@motcua/core';

/** What the citizen keeps after submitting: enough to pay, to follow the dossier and to know what comes next. */
export interface Receipt {
  code: string;
  /** With the code, opens the dossier's status; shown once and kept by the citizen. */
  secret: string;
  status: 'submitted';
  procedure: { code: string; version: number; name: LocalText };
  agency: { id: string; name: LocalText };
  case: { id: string; name: LocalText };
  channel: string;
  delivery: string;
  submittedAt: string;
  /** The date promised if the dossier is received as complete when submitted; the binding due date is set on receipt. */
  expectedDate: string | null;
  fee: FeeBreakdown;
  documentsByPost: string[];
  next: Bilingual;
}

export function nextSteps(byPost: readonly string[], fee: number): Bilingual {
  const vi = ['Hồ sơ đã được gửi. Cán bộ một cửa sẽ kiểm tra và tiếp nhận hồ sơ; thời hạn giải quyết được tính từ khi hồ sơ được tiếp nhận đầy đủ.'];
  const en = ['Your dossier has been sent. A one-stop officer will check it and receive it; the time limit runs from when it is received complete.'];
  if (byPost.length > 0) {
    vi.push(`Gửi bản giấy của ${byPost.length} giấy tờ qua bưu chính, ghi mã hồ sơ trên phong bì.`);
    en.push(`Post the paper copies of ${byPost.length} document(s), with the dossier code on the envelope.`);
  }
  if (fee > 0) {
    vi.push('Phí, lệ phí được nộp theo hướng dẫn của cơ quan khi tiếp nhận hồ sơ.');
    en.push('Pay the fees as the agency instructs when it receives the dossier.');
  }
  vi.push('Dùng mã hồ sơ và mã bí mật để theo dõi tình trạng hồ sơ.');
  en.push('Use the dossier code and the secret to follow your dossier.');
  return { vi: vi.join(' '), en: en.join(' ') };
}

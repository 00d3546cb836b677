import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-intake-slip>` shows, in both languages. */
export const INTAKE_SLIP_TEXT = {
  country: { vi: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIETNAM' },
  motto: { vi: 'Độc lập – Tự do – Hạnh phúc', en: 'Independence – Freedom – Happiness' },
  title: { vi: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', en: 'RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT' },
  code: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  secret: { vi: 'Mã tra cứu', en: 'Tracking secret' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  applicant: { vi: 'Người nộp hồ sơ', en: 'Applicant' },
  channel: { vi: 'Hình thức nộp', en: 'Filed' },
  delivery: { vi: 'Nhận kết quả', en: 'Result by' },
  receivedAt: { vi: 'Thời điểm tiếp nhận', en: 'Received' },
  documents: { vi: 'Thành phần hồ sơ đã nhận', en: 'Documents received' },
  files: { vi: '{name} ({n} tệp)', en: '{name} ({n} files)' },
  byPost: { vi: '{name} (gửi qua bưu chính)', en: '{name} (sent by post)' },
  noDocuments: { vi: 'Không có giấy tờ kèm theo.', en: 'No documents attached.' },
  fee: { vi: 'Phí, lệ phí', en: 'Fees' },
  appointment: { vi: 'Ngày hẹn trả kết quả', en: 'Result promised on' },
  noAppointment: { vi: 'Sẽ thông báo sau khi hồ sơ được tiếp nhận đầy đủ', en: 'Given once the dossier is received complete' },
  track: { vi: 'Tra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu trên cổng dịch vụ công.', en: 'Track the dossier online with its code and tracking secret.' },
  applicantSigns: { vi: 'Người nộp hồ sơ', en: 'The applicant' },
  officerSigns: { vi: 'Cán bộ tiếp nhận', en: 'The receiving officer' },
  signHint: { vi: '(Ký, ghi rõ họ tên)', en: '(Signature and full name)' },
  print: { vi: 'In giấy tiếp nhận', en: 'Print the receipt' },
  loading: { vi: 'Đang chuẩn bị giấy tiếp nhận…', en: 'Preparing the receipt…' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-counter-intake>` shows, in both languages. */
export const COUNTER_INTAKE_TEXT = {
  heading: { vi: 'Tiếp nhận hồ sơ tại quầy', en: 'Counter intake' },
  intro: {
    vi: 'Nộp hồ sơ thay cho công dân đến trực tiếp hoặc gửi qua bưu chính: điền tờ khai, đính kèm bản quét giấy tờ, rồi in giấy tiếp nhận và hẹn trả kết quả.',
    en: 'File a dossier for a citizen who came in person or posted it: fill in the form, attach the scanned documents, then print the receipt and appointment slip.',
  },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  choose: { vi: 'Chọn thủ tục', en: 'Choose a procedure' },
  applicant: { vi: 'Người nộp hồ sơ', en: 'The applicant' },
  name: { vi: 'Họ và tên', en: 'Full name' },
  idNumber: { vi: 'Số định danh cá nhân (không bắt buộc)', en: 'Personal ID number (optional)' },
  phone: { vi: 'Số điện thoại (không bắt buộc)', en: 'Phone (optional)' },
  address: { vi: 'Địa chỉ (không bắt buộc)', en: 'Address (optional)' },
  receive: { vi: 'Tiếp nhận ngay: hồ sơ đầy đủ, bắt đầu tính thời hạn', en: 'Receive at once: the dossier is complete, the clock starts' },
  channel: { vi: 'Hồ sơ đến qua', en: 'The dossier came' },
  inPerson: { vi: 'Trực tiếp tại quầy', en: 'In person at the counter' },
  postal: { vi: 'Bưu chính', en: 'By post' },
  start: { vi: 'Mở tờ khai', en: 'Open the form' },
  loading: { vi: 'Đang tải danh sách thủ tục…', en: 'Loading the procedures…' },
  none: { vi: 'Cơ quan chưa cung cấp thủ tục nào.', en: 'The agency offers no procedure yet.' },
  another: { vi: 'Tiếp nhận hồ sơ khác', en: 'Take another dossier' },
  back: { vi: 'Chọn thủ tục khác', en: 'Choose another procedure' },
  filed: { vi: 'Đã tiếp nhận hồ sơ {code}.', en: 'Dossier {code} is filed.' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-office>` shows, in both languages. */
export const OFFICE_TEXT = {
  title: { vi: 'Một Cửa: xử lý hồ sơ', en: 'Một Cửa: back office' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signedInAs: { vi: 'Đang đăng nhập: {name}', en: 'Signed in as {name}' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  languageLabel: { vi: 'Switch to English', en: 'Chuyển sang tiếng Việt' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  noAgency: { vi: 'Tài khoản của bạn chưa thuộc cơ quan nào: hãy nhờ quản trị viên thêm bạn vào cơ quan.', en: 'Your account belongs to no agency yet: ask an administrator to add you to one.' },
  sections: { vi: 'Chức năng', en: 'Sections' },
  inbox: { vi: 'Hồ sơ', en: 'Dossiers' },
  intake: { vi: 'Tiếp nhận tại quầy', en: 'Counter intake' },
  statistics: { vi: 'Thống kê', en: 'Statistics' },
  back: { vi: 'Về danh sách hồ sơ', en: 'Back to the dossiers' },
} as const satisfies Record<string, Bilingual>;

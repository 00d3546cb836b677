import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-builder>` shows, in both languages. */
export const BUILDER_TEXT = {
  title: { vi: 'Trình dựng thủ tục hành chính', en: 'Procedure builder' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  signInTitle: { vi: 'Đăng nhập cán bộ', en: 'Officer sign-in' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signedInAs: { vi: 'Đang đăng nhập: {name}', en: 'Signed in as {name}' },
  back: { vi: 'Về danh sách thủ tục', en: 'Back to the procedures' },
  failed: { vi: 'Không kết nối được máy chủ. Vui lòng thử lại.', en: 'The server could not be reached. Please try again.' },
} as const satisfies Record<string, Bilingual>;

export type BuilderTextKey = keyof typeof BUILDER_TEXT;

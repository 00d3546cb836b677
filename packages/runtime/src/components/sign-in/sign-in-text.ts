import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-sign-in>` shows, in both languages. */
export const SIGN_IN_TEXT = {
  title: { vi: 'Đăng nhập cán bộ', en: 'Officer sign-in' },
  email: { vi: 'Thư điện tử', en: 'Email' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  signIn: { vi: 'Đăng nhập', en: 'Sign in' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-builder>` shows, in both languages. */
export const BUILDER_TEXT = {
  title: { vi: 'Trình dựng thủ tục hành chính', en: 'Procedure builder' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  signOut: { vi: 'Đăng xuất', en: 'Sign out' },
  signedInAs: { vi: 'Đang đăng nhập: {name}', en: 'Signed in as {name}' },
  back: { vi: 'Về danh sách thủ tục', en: 'Back to the procedures' },
  leaveTitle: { vi: 'Còn thay đổi chưa lưu', en: 'Unsaved changes' },
  leaveText: { vi: 'Thủ tục {code} có thay đổi chưa được lưu lên máy chủ. Nếu rời đi bây giờ, các thay đổi này sẽ mất.', en: 'Procedure {code} has changes not saved on the server. If you leave now, they will be lost.' },
  saveAndLeave: { vi: 'Lưu rồi rời đi', en: 'Save and leave' },
  leaveAnyway: { vi: 'Rời đi, bỏ các thay đổi', en: 'Leave and lose the changes' },
  stay: { vi: 'Ở lại', en: 'Stay' },
  stillUnsaved: { vi: 'Chưa lưu được. Hãy ở lại và thử lại, hoặc rời đi và bỏ các thay đổi.', en: 'They could not be saved. Stay and try again, or leave and lose them.' },
} as const satisfies Record<string, Bilingual>;

export type BuilderTextKey = keyof typeof BUILDER_TEXT;

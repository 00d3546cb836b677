import type { Bilingual } from '@motcua/core';

/** The words every officers' component may need, in both languages. */
export const OFFICER_TEXT = {
  unreachable: { vi: 'Không kết nối được máy chủ. Vui lòng thử lại.', en: 'The server could not be reached. Please try again.' },
} as const satisfies Record<string, Bilingual>;

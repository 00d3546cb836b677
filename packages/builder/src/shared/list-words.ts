import type { Bilingual } from '@motcua/core';

/** The words every list editor's buttons and announcements share; `{name}` and `{position}` are filled in. */
export const LIST_WORDS = {
  moveUp: { vi: 'Chuyển “{name}” lên', en: 'Move “{name}” up' },
  moveDown: { vi: 'Chuyển “{name}” xuống', en: 'Move “{name}” down' },
  up: { vi: 'Lên', en: 'Up' },
  down: { vi: 'Xuống', en: 'Down' },
  delete: { vi: 'Xóa', en: 'Remove' },
  moved: { vi: 'Đã chuyển “{name}” đến vị trí {position}.', en: 'Moved “{name}” to position {position}.' },
} as const satisfies Record<string, Bilingual>;

/** How a step's role is named (core's StepRole: who acts on the dossier at that step). */
export const ROLE_NAMES = {
  receiver: { vi: 'Tiếp nhận', en: 'Receiver' },
  specialist: { vi: 'Chuyên viên xử lý', en: 'Specialist' },
  approver: { vi: 'Phê duyệt', en: 'Approver' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-version-history>` shows, in both languages. */
export const VERSION_HISTORY_TEXT = {
  heading: { vi: 'Lịch sử phiên bản', en: 'Version history' },
  loading: { vi: 'Đang tải các phiên bản…', en: 'Loading the versions…' },
  none: { vi: 'Chưa có phiên bản nào được công bố.', en: 'No version has been published yet.' },
  version: { vi: 'Phiên bản', en: 'Version' },
  effectiveFrom: { vi: 'Có hiệu lực từ', en: 'In force from' },
  publishedAt: { vi: 'Công bố lúc', en: 'Published at' },
  publishedBy: { vi: 'Người công bố', en: 'Published by' },
  catalogue: { vi: 'Nạp từ tệp danh mục', en: 'Loaded from the catalogue files' },
  upcoming: { vi: '(sắp có hiệu lực)', en: '(not yet in force)' },
  retired: { vi: 'Thủ tục đã bãi bỏ: không còn trong danh mục cho người dân; các phiên bản vẫn được lưu.', en: 'This procedure is retired: citizens no longer see it; its versions are kept.' },
  retire: { vi: 'Bãi bỏ thủ tục', en: 'Retire the procedure' },
  confirm: { vi: 'Bãi bỏ {code}? Người dân sẽ không nộp được hồ sơ mới cho thủ tục này. Công bố một phiên bản mới sẽ đưa thủ tục trở lại.', en: 'Retire {code}? Citizens will no longer be able to apply. Publishing a new version brings it back.' },
  yes: { vi: 'Có, bãi bỏ', en: 'Yes, retire it' },
  no: { vi: 'Không, giữ lại', en: 'No, keep it' },
  retiring: { vi: 'Đang bãi bỏ…', en: 'Retiring…' },
} as const satisfies Record<string, Bilingual>;

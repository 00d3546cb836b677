import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-catalogue>` shows, in both languages. */
export const CATALOGUE_TEXT = {
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  loadFailed: { vi: 'Không tải được thông tin thủ tục. Vui lòng thử lại.', en: 'The procedure could not be loaded. Please try again.' },
  'channel.in-person': { vi: 'Trực tiếp', en: 'In person' },
  'channel.online': { vi: 'Trực tuyến', en: 'Online' },
  'channel.postal': { vi: 'Qua bưu chính', en: 'By post' },
  catalogueTitle: { vi: 'Tìm thủ tục hành chính', en: 'Find an administrative procedure' },
  searchLabel: { vi: 'Tên thủ tục hoặc từ khóa', en: 'Procedure name or keywords' },
  searchHint: { vi: 'Gõ có dấu hay không dấu đều được, ví dụ “cap doi giay phep lai xe”', en: 'With or without Vietnamese accents, for example “cap doi giay phep lai xe”' },
  search: { vi: 'Tìm', en: 'Search' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  tierLabel: { vi: 'Cấp thực hiện', en: 'Level' },
  channel: { vi: 'Cách nộp', en: 'How to file' },
  any: { vi: 'Tất cả', en: 'All' },
  results: { vi: 'Tìm thấy {total} thủ tục', en: '{total} procedures found' },
  noResults: { vi: 'Không tìm thấy thủ tục nào. Hãy thử từ khóa khác.', en: 'No procedure found. Try other words.' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
  page: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
} as const satisfies Record<string, Bilingual>;

export type CatalogueTextKey = keyof typeof CATALOGUE_TEXT;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-procedure-list>` shows, in both languages. */
export const PROCEDURE_LIST_TEXT = {
  heading: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
  search: { vi: 'Tìm theo mã hoặc tên', en: 'Search by code or name' },
  status: { vi: 'Trạng thái', en: 'Status' },
  any: { vi: 'Tất cả', en: 'All' },
  'status.draft': { vi: 'Bản nháp', en: 'Draft' },
  'status.published': { vi: 'Đã công bố', en: 'Published' },
  'status.retired': { vi: 'Đã bãi bỏ', en: 'Retired' },
  sector: { vi: 'Lĩnh vực', en: 'Sector' },
  agency: { vi: 'Cơ quan thực hiện', en: 'Agency' },
  code: { vi: 'Mã', en: 'Code' },
  name: { vi: 'Tên thủ tục', en: 'Name' },
  version: { vi: 'Phiên bản', en: 'Version' },
  unsaved: { vi: 'có bản nháp', en: 'has a draft' },
  open: { vi: 'Mở {code}', en: 'Open {code}' },
  count: { vi: '{shown} trên {total} thủ tục', en: '{shown} of {total} procedures' },
  none: { vi: 'Không có thủ tục nào khớp.', en: 'No procedure matches.' },
  create: { vi: 'Tạo thủ tục mới', en: 'Create a procedure' },
  copy: { vi: 'Nhân bản', en: 'Duplicate' },
  duplicate: { vi: 'Nhân bản {code}', en: 'Duplicate {code}' },
  actions: { vi: 'Thao tác', en: 'Actions' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
} as const satisfies Record<string, Bilingual>;

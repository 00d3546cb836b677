import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-info-editor>` shows itself (the panels' words are the meta-schema's, in META_SCHEMA_WORDS). */
export const INFO_EDITOR_TEXT = {
  heading: { vi: 'Thông tin chung', en: 'General information' },
  code: { vi: 'Mã thủ tục: {code}', en: 'Procedure code: {code}' },
  general: { vi: 'Thông tin chung', en: 'General information' },
  channels: { vi: 'Cách thức thực hiện', en: 'Channels' },
  serviceLevel: { vi: 'Thời hạn giải quyết', en: 'Time limit' },
  taxonomyFailed: { vi: 'Không tải được danh mục lĩnh vực và cấp thực hiện ({message}): hãy nhập mã.', en: 'The sectors and tiers could not be loaded ({message}): type their ids.' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-legal-editor>` shows itself (the panel's words are the meta-schema's, in META_SCHEMA_WORDS). */
export const LEGAL_EDITOR_TEXT = {
  heading: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  intro: {
    vi: 'Các luật, nghị định, thông tư mà thủ tục dựa vào. Phí và giấy tờ dẫn chiếu văn bản bằng số, ký hiệu của nó.',
    en: 'The laws, decrees and circulars the procedure rests on. Fees and documents cite each by its number.',
  },
} as const satisfies Record<string, Bilingual>;

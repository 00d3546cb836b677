import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-json-view>` shows, in both languages. */
export const JSON_VIEW_TEXT = {
  label: { vi: 'Định nghĩa thủ tục (JSON)', en: 'Procedure definition (JSON)' },
  hint: { vi: 'Được kiểm tra ngay khi gõ; các thẻ khác hiển thị cùng nội dung này.', en: 'Checked as you type; the other tabs show this same definition.' },
  notJson: { vi: 'Không phải JSON hợp lệ: {detail}. Các thay đổi từ đây chưa được áp dụng.', en: 'This is not valid JSON: {detail}. Changes from here on are not applied yet.' },
  notObject: { vi: 'Định nghĩa phải là một đối tượng JSON ({ … }). Các thay đổi từ đây chưa được áp dụng.', en: 'A definition must be a JSON object ({ … }). Changes from here on are not applied yet.' },
} as const satisfies Record<string, Bilingual>;

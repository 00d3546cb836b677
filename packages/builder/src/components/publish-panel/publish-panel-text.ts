import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-publish-panel>` shows, in both languages. */
export const PUBLISH_PANEL_TEXT = {
  heading: { vi: 'Công bố', en: 'Publish' },
  review: { vi: 'Kiểm tra trước khi công bố', en: 'Review before publishing' },
  checking: { vi: 'Đang kiểm tra bản nháp đã lưu…', en: 'Checking the saved draft…' },
  unsaved: { vi: 'Hãy lưu bản nháp trước: chỉ bản nháp đã lưu mới được công bố.', en: 'Save the draft first: only a saved draft can be published.' },
  problems: { vi: 'Chưa công bố được: bản nháp đã lưu còn {count} lỗi.', en: 'Cannot publish yet: the saved draft has {count} problems.' },
  whole: { vi: '(toàn bộ)', en: '(whole definition)' },
  first: { vi: 'Chưa có phiên bản nào được công bố: đây sẽ là phiên bản đầu tiên.', en: 'Nothing is published yet: this will be the first version.' },
  changes: { vi: '{count} thay đổi so với phiên bản {version}:', en: '{count} changes since version {version}:' },
  noChanges: { vi: 'Không có thay đổi nào so với phiên bản {version}.', en: 'Nothing has changed since version {version}.' },
  'op.add': { vi: 'thêm', en: 'added' },
  'op.remove': { vi: 'bỏ', en: 'removed' },
  'op.replace': { vi: 'sửa', en: 'changed' },
  effectiveFrom: { vi: 'Có hiệu lực từ', en: 'In force from' },
  effectiveHint: { vi: 'Để trống để có hiệu lực ngay khi công bố.', en: 'Leave empty to bring it into force as soon as it is published.' },
  publish: { vi: 'Công bố phiên bản mới', en: 'Publish a new version' },
  publishing: { vi: 'Đang công bố…', en: 'Publishing…' },
  published: { vi: 'Đã công bố phiên bản {version}, có hiệu lực từ {from}.', en: 'Version {version} is published, in force from {from}.' },
} as const satisfies Record<string, Bilingual>;

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-embed-panel>` shows, in both languages. */
export const EMBED_PANEL_TEXT = {
  heading: { vi: 'Nhúng biểu mẫu vào trang của cơ quan', en: 'Embedding the form in an agency’s site' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  notInForce: { vi: 'Thủ tục chưa có phiên bản đang có hiệu lực: hãy công bố trước khi nhúng.', en: 'No version of this procedure is in force: publish it before embedding it.' },
  noAgency: { vi: 'Chưa có cơ quan nào thực hiện thủ tục này.', en: 'No agency offers this procedure yet.' },
  offerAt: { vi: 'Cơ quan thực hiện thủ tục', en: 'Agency to offer it' },
  offer: { vi: 'Thêm cơ quan thực hiện', en: 'Add the agency' },
  snippet: { vi: 'Mã nhúng cho {agency}', en: 'Snippet for {agency}' },
  snippetHint: { vi: 'Dán vào trang của cơ quan, ở nơi biểu mẫu cần hiện.', en: 'Paste it into the agency’s page where the form should appear.' },
  copy: { vi: 'Chép mã nhúng', en: 'Copy the snippet' },
  copyFor: { vi: 'Chép mã nhúng cho {agency}', en: 'Copy the snippet for {agency}' },
  copied: { vi: 'Đã chép mã nhúng cho {agency}.', en: 'The snippet for {agency} is copied.' },
  copyByHand: { vi: 'Trình duyệt không cho chép tự động: mã đã được chọn, hãy nhấn Ctrl+C (⌘C).', en: 'The browser does not allow copying here: the snippet is selected, press Ctrl+C (⌘C).' },
  origins: { vi: 'Các trang được phép nhúng biểu mẫu của {agency}', en: 'Sites allowed to embed {agency}’s forms' },
  noOrigins: { vi: 'Chưa có trang nào: biểu mẫu nhúng sẽ không gửi được hồ sơ.', en: 'None yet: an embedded form cannot submit.' },
  remove: { vi: 'Gỡ', en: 'Remove' },
  removeOrigin: { vi: 'Gỡ {origin}', en: 'Remove {origin}' },
  newOrigin: { vi: 'Địa chỉ trang cần cho phép', en: 'Site to allow' },
  newOriginHint: { vi: 'Giao thức, tên miền và cổng nếu có, ví dụ https://dichvucong.badinh.gov.vn', en: 'Scheme, host and port if any, for example https://dichvucong.badinh.gov.vn' },
  add: { vi: 'Cho phép trang này', en: 'Allow this site' },
  added: { vi: 'Đã cho phép {origin}.', en: '{origin} is allowed.' },
  removed: { vi: 'Đã gỡ {origin}.', en: '{origin} is removed.' },
} as const satisfies Record<string, Bilingual>;

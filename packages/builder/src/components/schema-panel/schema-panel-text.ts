import type { Bilingual } from '@motcua/core';

/**
 * rjsf's own words (its TranslatableString enum, by English default) in Vietnamese. Keyed by the
 * English text so that a string rjsf adds later falls back to English instead of to nothing.
 */
export const RJSF_VIETNAMESE: Readonly<Record<string, string>> = {
  Item: 'Mục',
  'Missing items definition': 'Thiếu định nghĩa các mục',
  'No items yet. Use the button below to add some.': 'Chưa có mục nào. Dùng nút bên dưới để thêm.',
  Yes: 'Có',
  No: 'Không',
  Close: 'Đóng',
  Errors: 'Lỗi',
  'New Value': 'Giá trị mới',
  Add: 'Thêm',
  'Add Item': 'Thêm mục',
  Copy: 'Sao chép',
  'Expand Cycle': 'Mở rộng vòng tham chiếu',
  'Move down': 'Chuyển xuống',
  'Move up': 'Chuyển lên',
  Remove: 'Xóa',
  Now: 'Bây giờ',
  Clear: 'Xóa trắng',
  'Select a date': 'Chọn ngày',
  Preview: 'Xem trước',
  'Decrease value by 1': 'Giảm 1',
  'Increase value by 1': 'Tăng 1',
  'Add data for optional field': 'Thêm dữ liệu cho mục không bắt buộc',
  'Remove data for optional field': 'Bỏ dữ liệu của mục không bắt buộc',
  'No data for optional field': 'Mục không bắt buộc chưa có dữ liệu',
  Type: 'Kiểu',
  Value: 'Giá trị',
  'clear input': 'xóa ô nhập',
  'Unknown field type %1': 'Không rõ kiểu trường %1',
  'Option %1': 'Lựa chọn %1',
  '%1 option %2': '%1, lựa chọn %2',
  '%1 Key': 'Khóa của %1',
  '%1 (deprecated)': '%1 (không còn dùng)',
  'Unsupported field schema.': 'Lược đồ trường không được hỗ trợ.',
  'Unsupported field schema for field `%1`.': 'Lược đồ của trường `%1` không được hỗ trợ.',
  'Unsupported field schema: _%1_.': 'Lược đồ trường không được hỗ trợ: _%1_.',
  'Unsupported field schema for field `%1`: _%2_.': 'Lược đồ của trường `%1` không được hỗ trợ: _%2_.',
};

/** What the panel itself says, around rjsf's form. */
export const SCHEMA_PANEL_TEXT = {
  problems: { vi: 'Cần sửa {count} chỗ', en: '{count} to fix' },
} as const satisfies Record<string, Bilingual>;

/**
 * Folds Vietnamese text for search: lower case, no diacritics, and đ/Đ as d
 * (Unicode does not decompose đ, so NFD plus stripping marks leaves it, and
 * so does SQLite's remove_diacritics). "Cấp đổi giấy phép lái xe" and
 * "cap doi giay phep lai xe" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

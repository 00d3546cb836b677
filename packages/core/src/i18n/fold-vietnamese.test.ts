import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldVietnamese } from './fold-vietnamese.js';

test('diacritics, case and đ/Đ fold away, so typing without accents finds accented names', () => {
  assert.equal(foldVietnamese('Cấp đổi giấy phép lái xe'), 'cap doi giay phep lai xe');
  assert.equal(foldVietnamese('ĐĂNG KÝ KHAI SINH'), 'dang ky khai sinh');
  assert.equal(foldVietnamese('Chứng thực bản sao'), foldVietnamese('chung thuc ban sao'));
});

test('text already composed or decomposed folds the same', () => {
  assert.equal(foldVietnamese('Việt'.normalize('NFC')), foldVietnamese('Việt'.normalize('NFD')));
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { orderMembers } from './ui-order.js';

describe('orderMembers (rjsf’s ui:order)', () => {
  const names = ['hoTen', 'ngaySinh', 'diaChi', 'soDienThoai'];

  it('keeps the schema’s order without a ui:order', () => {
    assert.deepEqual(orderMembers(names, undefined), names);
  });

  it('puts the listed names first and the others after, in schema order', () => {
    assert.deepEqual(orderMembers(names, ['diaChi', 'hoTen']), ['diaChi', 'hoTen', 'ngaySinh', 'soDienThoai']);
  });

  it('puts every unlisted name where the * stands', () => {
    assert.deepEqual(orderMembers(names, ['soDienThoai', '*', 'hoTen']), ['soDienThoai', 'ngaySinh', 'diaChi', 'hoTen']);
  });

  it('ignores names the object does not have', () => {
    assert.deepEqual(orderMembers(names, ['email', 'diaChi']), ['diaChi', 'hoTen', 'ngaySinh', 'soDienThoai']);
  });
});

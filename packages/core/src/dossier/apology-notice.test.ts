import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apologyNotice } from './apology-notice.js';

const input = {
  dossierCode: 'BADINH-2026-000042',
  procedure: { vi: 'Gia hạn giấy phép xây dựng', en: 'Extension of a construction permit' },
  agency: { vi: 'Trung tâm Phục vụ hành chính công phường Ba Đình', en: 'Ba Đình Ward Public Administrative Service Centre' },
  applicant: 'Trần Thị Bình',
  oldDate: '2026-03-09',
  newDate: '2026-03-13',
  reason: 'Cần xác minh hiện trạng công trình.',
};

test('an extension apologises in both languages with the code, procedure, old and new dates and the reason', () => {
  const notice = apologyNotice({ ...input, kind: 'extension' });
  for (const part of ['THƯ XIN LỖI', 'Trần Thị Bình', 'BADINH-2026-000042', 'Gia hạn giấy phép xây dựng', '09/03/2026', '13/03/2026', 'Cần xác minh hiện trạng công trình.']) {
    assert.ok(notice.vi.includes(part), `vi has ${part}`);
  }
  for (const part of ['apologises', 'BADINH-2026-000042', 'Extension of a construction permit', '9 March 2026', '13 March 2026', 'Cần xác minh']) {
    assert.ok(notice.en.includes(part), `en has ${part}`);
  }
});

test('a late completion says when it was completed; an unknown applicant is addressed politely', () => {
  const notice = apologyNotice({ ...input, kind: 'late-completion', applicant: null, procedure: { vi: 'Chứng thực bản sao' } });
  assert.match(notice.vi, /Kính gửi: Ông\/Bà\./);
  assert.match(notice.vi, /giải quyết xong ngày 13\/03\/2026/);
  assert.match(notice.en, /completed on 13 March 2026/);
  assert.match(notice.en, /“Chứng thực bản sao”/, 'the Vietnamese name when there is no English one');
});

import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-steps-editor>` shows, in both languages. */
export const STEPS_EDITOR_TEXT = {
  heading: { vi: 'Trình tự thực hiện', en: 'Steps' },
  intro: {
    vi: 'Mỗi bước có một vai trò và phần thời gian của nó trong thời hạn giải quyết. Thời hạn được sửa ở mục Thông tin chung.',
    en: 'Each step has a role and its share of the time limit. The time limit itself is edited under General information.',
  },
  limit: { vi: 'Thời hạn giải quyết: {limit}', en: 'Time limit: {limit}' },
  noLimit: { vi: 'Thủ tục chưa có thời hạn giải quyết.', en: 'The procedure has no time limit yet.' },
  warnings: { vi: 'Cần xem lại', en: 'To look at' },
  fits: { vi: 'Các bước khớp với thời hạn giải quyết.', en: 'The steps fit the time limit.' },
  step: { vi: 'Bước {n}: {name}', en: 'Step {n}: {name}' },
  name: { vi: 'Tên bước', en: 'Step name' },
  role: { vi: 'Vai trò', en: 'Role' },
  duration: { vi: 'Thời gian của bước', en: 'Time for this step' },
  durationHint: { vi: 'Để trống nếu chưa chia; có thể là phần tư (0,25).', en: 'Leave empty when not divided yet; quarters are allowed (0.25).' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  remove: { vi: 'Xóa bước “{name}”', en: 'Remove the step “{name}”' },
  add: { vi: 'Thêm bước', en: 'Add a step' },
  newStep: { vi: 'Bước mới', en: 'New step' },
  removed: { vi: 'Đã xóa bước “{name}”.', en: 'Removed the step “{name}”.' },
  added: { vi: 'Đã thêm bước {position}.', en: 'Added step {position}.' },
  commonSteps: { vi: 'Trường hợp này theo trình tự chung.', en: 'This case follows the common steps.' },
  ownSteps: { vi: 'Đặt trình tự riêng cho trường hợp này (bắt đầu từ bản sao trình tự chung)', en: 'Give this case its own steps (starting from a copy of the common ones)' },
  caseStepsReplace: { vi: 'Trình tự riêng thay thế hoàn toàn trình tự chung trong trường hợp này.', en: 'These steps replace the common ones entirely in this case.' },
  useCommon: { vi: 'Dùng lại trình tự chung', en: 'Use the common steps again' },
  rules: { vi: 'Các bước được kiểm tra thế nào', en: 'How the steps are checked' },
  'rule.over': {
    vi: 'Tổng thời gian các bước không được vượt thời hạn ngắn nhất (của thủ tục, hoặc của một cách nộp có thời hạn riêng): khi đó không thể công bố.',
    en: 'The steps together may not take longer than the shortest time limit (the procedure’s, or a channel’s own): such a procedure cannot be published.',
  },
  'rule.share': {
    vi: 'Mỗi bước nên có phần thời gian của mình, và các phần cộng lại bằng 100% thời hạn, để hạn của từng bước được tính cho cán bộ.',
    en: 'Each step should have its share, and the shares should add up to 100% of the time limit, so that each step’s own deadline can be worked out for officers.',
  },
  'rule.roles': {
    vi: 'Hồ sơ cần một bước “tiếp nhận” (nhận hồ sơ và trả kết quả) và một bước “phê duyệt”; thời hạn bắt đầu khi tiếp nhận, nên bước đầu là tiếp nhận.',
    en: 'A dossier needs a “receiver” step (to receive it and return the result) and an “approver” step; the time limit starts at receipt, so receiving comes first.',
  },
  'rule.units': {
    vi: 'Để so sánh, một ngày làm việc được tính là 8 giờ làm việc; ngày theo lịch và ngày làm việc không đổi được cho nhau nên được báo riêng.',
    en: 'To compare, a working day counts as 8 working hours; calendar days and working days do not convert, so mixing them is pointed out.',
  },
  diagram: { vi: 'Sơ đồ', en: 'Diagram' },
} as const satisfies Record<string, Bilingual>;

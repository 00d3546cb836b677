import type { Bilingual } from '@motcua/core';

/** Every string `<motcua-steps-diagram>` shows, in both languages. */
export const STEPS_DIAGRAM_TEXT = {
  summary: { vi: 'Sơ đồ {count} bước xử lý, thời hạn {limit}.', en: 'Diagram of the {count} processing steps; time limit {limit}.' },
  summaryNoLimit: { vi: 'Sơ đồ {count} bước xử lý.', en: 'Diagram of the {count} processing steps.' },
  noSteps: { vi: 'Chưa có bước nào.', en: 'No steps yet.' },
  noDuration: { vi: 'chưa chia thời gian', en: 'no share of the time' },
  share: { vi: '{duration}, {share} thời hạn', en: '{duration}, {share} of the time limit' },
  by: { vi: 'do {agency} thực hiện', en: 'by {agency}' },
} as const satisfies Record<string, Bilingual>;

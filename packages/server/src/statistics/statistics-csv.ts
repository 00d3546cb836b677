import type { Bilingual, LocalText, Locale } from '@motcua/core';
import { BOM, csvLine } from './csv.js';
import { metricsOf, type StatisticsSums } from './statistics-report.js';

const COLUMNS: Bilingual[] = [
  { vi: 'Mã cơ quan', en: 'Agency' },
  { vi: 'Tên cơ quan', en: 'Agency name' },
  { vi: 'Mã thủ tục', en: 'Procedure' },
  { vi: 'Tên thủ tục', en: 'Procedure name' },
  { vi: 'Tiếp nhận trực tiếp', en: 'Received in person' },
  { vi: 'Tiếp nhận trực tuyến', en: 'Received online' },
  { vi: 'Tiếp nhận qua bưu chính', en: 'Received by post' },
  { vi: 'Tổng tiếp nhận', en: 'Received total' },
  { vi: 'Tỷ lệ trực tuyến', en: 'Online share' },
  { vi: 'Giải quyết trước hạn', en: 'Resolved early' },
  { vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  { vi: 'Giải quyết quá hạn', en: 'Resolved late' },
  { vi: 'Tổng đã giải quyết', en: 'Resolved total' },
  { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  { vi: 'Từ chối', en: 'Rejected' },
  { vi: 'Đang quá hạn', en: 'Overdue now' },
  { vi: 'Số ngày xử lý trung bình', en: 'Average processing days' },
  { vi: 'Hài lòng', en: 'Satisfied' },
  { vi: 'Chấp nhận được', en: 'Acceptable' },
  { vi: 'Không hài lòng', en: 'Not satisfied' },
  { vi: 'Số lượt đánh giá', en: 'Rated' },
  { vi: 'Tỷ lệ hài lòng', en: 'Satisfied share' },
];

const nameIn = (name: LocalText, locale: Locale) => name[locale] ?? name.vi;

/** The statistics as CSV: a BOM, the header row in the asker's language, then one row per agency × procedure (by agency, then most received first). */
export function statisticsCsv(sums: StatisticsSums, names: { agency: (id: string) => LocalText; procedure: (code: string) => LocalText }, locale: Locale): string {
  const pairs = [...sums.byPair].map(([key, s]) => {
    const [agency, procedure] = key.split('\t') as [string, string];
    return { agency, procedure, m: metricsOf(s) };
  });
  pairs.sort((a, b) => (a.agency !== b.agency ? (a.agency < b.agency ? -1 : 1) : b.m.received.total - a.m.received.total || (a.procedure < b.procedure ? -1 : 1)));
  let text = BOM + csvLine(COLUMNS.map((c) => c[locale]));
  for (const { agency, procedure, m } of pairs) {
    text += csvLine([
      agency,
      nameIn(names.agency(agency), locale),
      procedure,
      nameIn(names.procedure(procedure), locale),
      m.received.inPerson,
      m.received.online,
      m.received.postal,
      m.received.total,
      m.onlineShare,
      m.resolved.early,
      m.resolved.onTime,
      m.resolved.late,
      m.resolved.total,
      m.onTimeRate,
      m.rejected,
      m.overdueNow,
      m.averageProcessingDays,
      m.satisfaction.satisfied,
      m.satisfaction.acceptable,
      m.satisfaction.unsatisfied,
      m.satisfaction.rated,
      m.satisfaction.satisfiedShare,
    ]);
  }
  return text;
}

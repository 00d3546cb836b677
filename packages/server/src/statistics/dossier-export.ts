import type { Bilingual, Locale } from '@motcua/core';
import { and, asc, eq, gt, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open-database.js';
import { dossiers } from '../db/schema/index.js';
import { BOM, csvLine } from './csv.js';
import type { Period } from './statistics-period.js';

export interface DossierExportFilter {
  period: Period;
  /** Agencies the dossiers were filed with; undefined: every agency. */
  agencies?: readonly string[];
  procedure?: string;
  status?: string;
}

const COLUMNS: Bilingual[] = [
  { vi: 'Mã hồ sơ', en: 'Code' },
  { vi: 'Mã thủ tục', en: 'Procedure' },
  { vi: 'Cơ quan', en: 'Agency' },
  { vi: 'Kênh nộp', en: 'Channel' },
  { vi: 'Trạng thái', en: 'Status' },
  { vi: 'Ngày nộp', en: 'Submitted' },
  { vi: 'Ngày tiếp nhận', en: 'Received' },
  { vi: 'Hạn giải quyết', en: 'Due' },
  { vi: 'Ngày hoàn thành', en: 'Completed' },
  { vi: 'Đúng hạn', en: 'Timeliness' },
  { vi: 'Lệ phí (đồng)', en: 'Fee (VND)' },
  { vi: 'Đánh giá', en: 'Rating' },
];

/** Dossiers read per step of the stream: each step is one short query, so no read stays open while the download waits on the network. */
const PAGE_SIZE = 500;
const OFFSET_MS = 7 * 3_600_000;

/** An instant as Vietnamese local time, "YYYY-MM-DD HH:MM", as a spreadsheet shows it. */
const local = (iso: string | null) => (iso ? new Date(Date.parse(iso) + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ') : null);
/** The first instant of a local date, as the ISO text dossiers store. */
const startOf = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS).toISOString();
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The dossiers filed in a period as CSV (BOM, header row in the asker's
 * language), oldest first, streamed a page at a time by keyset (submitted
 * instant, code).
 */
export function dossierExport(db: Db, filter: DossierExportFilter, locale: Locale, pageSize = PAGE_SIZE): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const fixed: SQL[] = [
    gte(dossiers.submittedAt, startOf(filter.period.from)),
    lt(dossiers.submittedAt, startOf(dayAfter(filter.period.to))),
    ...(filter.agencies ? [inArray(dossiers.agencyId, [...filter.agencies])] : []),
    ...(filter.procedure ? [eq(dossiers.procedureCode, filter.procedure)] : []),
    ...(filter.status ? [eq(dossiers.status, filter.status)] : []),
  ];
  let after: { submittedAt: string; code: string } | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + csvLine(COLUMNS.map((c) => c[locale]))));
        if (filter.agencies?.length === 0) return controller.close();
      }
      // The plain lower bound lets the index start at the page's first row; the OR alone would not.
      const where = after
        ? and(...fixed, gte(dossiers.submittedAt, after.submittedAt), or(gt(dossiers.submittedAt, after.submittedAt), and(eq(dossiers.submittedAt, after.submittedAt), gt(dossiers.code, after.code))))
        : and(...fixed);
      const page = db
        .select({
          code: dossiers.code,
          procedure: dossiers.procedureCode,
          agency: dossiers.agencyId,
          channel: dossiers.channel,
          status: dossiers.status,
          submittedAt: dossiers.submittedAt,
          receivedAt: dossiers.receivedAt,
          dueAt: dossiers.dueAt,
          completedAt: dossiers.completedAt,
          timeliness: dossiers.timeliness,
          fee: dossiers.feeTotal,
          rating: dossiers.rating,
        })
        .from(dossiers)
        .where(where)
        .orderBy(asc(dossiers.submittedAt), asc(dossiers.code))
        .limit(pageSize)
        .all();
      let text = '';
      for (const d of page) {
        text += csvLine([d.code, d.procedure, d.agency, d.channel, d.status, local(d.submittedAt), local(d.receivedAt), local(d.dueAt), local(d.completedAt), d.timeliness, d.fee, d.rating]);
      }
      if (text) controller.enqueue(encoder.encode(text));
      const last = page.at(-1);
      if (page.length < pageSize || !last) controller.close();
      else after = { submittedAt: last.submittedAt, code: last.code };
    },
  });
}

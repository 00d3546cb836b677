import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The counters of a statistics rollup row, each the sum over the dossiers of
 * an agency and a procedure for one period: received by channel (on the local
 * day of submission), returned by timeliness with the calendar days from
 * receipt (on the day of return), rejected (on the day of rejection) and
 * ratings (on the day of rating). A function, because each table needs its
 * own column objects.
 */
function counterColumns() {
  return {
    receivedInPerson: integer('received_in_person').notNull().default(0),
    receivedOnline: integer('received_online').notNull().default(0),
    receivedPostal: integer('received_postal').notNull().default(0),
    early: integer('early').notNull().default(0),
    onTime: integer('on_time').notNull().default(0),
    late: integer('late').notNull().default(0),
    processingDays: integer('processing_days').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    satisfied: integer('satisfied').notNull().default(0),
    acceptable: integer('acceptable').notNull().default(0),
    unsatisfied: integer('unsatisfied').notNull().default(0),
  };
}

/**
 * Counters per agency (the one the dossier was filed with), procedure and
 * local day: the edges of a period that cuts a month. Keyed by agency then
 * period, and indexed by procedure then period, so that one agency's rows,
 * one procedure's, or the rows that sum all agencies or all procedures
 * (agency or procedure `*`) are each a range of an index.
 */
export const statisticsDaily = sqliteTable(
  'statistics_daily',
  {
    day: text('day').notNull(),
    agencyId: text('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    ...counterColumns(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.day, t.procedureCode] }), index('statistics_daily_procedure').on(t.procedureCode, t.day, t.agencyId)],
);

/** The same counters and keys per local month: a year's dashboard reads twelve of these per agency and procedure. */
export const statisticsMonthly = sqliteTable(
  'statistics_monthly',
  {
    month: text('month').notNull(),
    agencyId: text('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    ...counterColumns(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.month, t.procedureCode] }), index('statistics_monthly_procedure').on(t.procedureCode, t.month, t.agencyId)],
);

/**
 * The dossiers still open that have a due date, so "overdue now" counts a
 * few thousand rows by due date instead of every dossier ever filed.
 */
export const statisticsOpenDossiers = sqliteTable(
  'statistics_open_dossiers',
  {
    code: text('code').primaryKey(),
    agencyId: text('agency_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    dueAt: text('due_at').notNull(),
  },
  (t) => [index('statistics_open_due').on(t.dueAt)],
);

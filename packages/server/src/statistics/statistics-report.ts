import type { LocalText } from '@motcua/core';
import { COUNTERS, type Counter } from './dossier-contributions.js';
import type { RollupRow } from './statistics-store.js';

export interface Metrics {
  received: { inPerson: number; online: number; postal: number; total: number };
  onlineShare: number | null;
  resolved: { early: number; onTime: number; late: number; total: number };
  onTimeRate: number | null;
  rejected: number;
  overdueNow: number;
  averageProcessingDays: number | null;
  satisfaction: { satisfied: number; acceptable: number; unsatisfied: number; rated: number; satisfiedShare: number | null };
}

/** Summed counters and the overdue count of one group (the total, an agency, a procedure, a month, an agency × procedure). */
interface Sums {
  counters: number[];
  overdue: number;
}

const at = (s: Sums, counter: Counter) => s.counters[COUNTERS.indexOf(counter)] ?? 0;
const share = (part: number, whole: number, digits: number) => (whole === 0 ? null : Math.round((part / whole) * 10 ** digits) / 10 ** digits);

export function metricsOf(s: Sums): Metrics {
  const inPerson = at(s, 'receivedInPerson');
  const online = at(s, 'receivedOnline');
  const postal = at(s, 'receivedPostal');
  const received = inPerson + online + postal;
  const early = at(s, 'early');
  const onTime = at(s, 'onTime');
  const resolved = early + onTime + at(s, 'late');
  const satisfied = at(s, 'satisfied');
  const rated = satisfied + at(s, 'acceptable') + at(s, 'unsatisfied');
  return {
    received: { inPerson, online, postal, total: received },
    onlineShare: share(online, received, 4),
    resolved: { early, onTime, late: at(s, 'late'), total: resolved },
    onTimeRate: share(early + onTime, resolved, 4),
    rejected: at(s, 'rejected'),
    overdueNow: s.overdue,
    averageProcessingDays: share(at(s, 'processingDays'), resolved, 2),
    satisfaction: { satisfied, acceptable: at(s, 'acceptable'), unsatisfied: at(s, 'unsatisfied'), rated, satisfiedShare: share(satisfied, rated, 4) },
  };
}

const blank = (): Sums => ({ counters: COUNTERS.map(() => 0), overdue: 0 });

function addTo(sums: Sums, counters: readonly number[], overdue: number): void {
  for (let i = 0; i < COUNTERS.length; i += 1) sums.counters[i] = (sums.counters[i] ?? 0) + (counters[i] ?? 0);
  sums.overdue += overdue;
}

function sumInto(groups: Map<string, Sums>, key: string, counters: readonly number[], overdue: number): void {
  let sums = groups.get(key);
  if (!sums) groups.set(key, (sums = blank()));
  addTo(sums, counters, overdue);
}

/** The rollup rows and overdue counts summed per group in one pass. */
export class StatisticsSums {
  readonly total = blank();
  readonly byAgency = new Map<string, Sums>();
  readonly byProcedure = new Map<string, Sums>();
  readonly byMonth = new Map<string, Sums>();
  /** Keyed "agency\tprocedure", for the CSV. */
  readonly byPair = new Map<string, Sums>();

  /**
   * `rows.byProcedure` gives the total, the months, the procedures and the
   * pairs; `rows.byAgency` the agencies (the same rows, or those that
   * already sum every procedure of an agency).
   */
  constructor(rows: { byAgency: readonly RollupRow[]; byProcedure: readonly RollupRow[] }, overdue: readonly { agency: string; procedure: string; n: number }[], months: readonly string[]) {
    for (const month of months) this.byMonth.set(month, blank());
    for (const [month, agency, procedure, ...counters] of rows.byProcedure) {
      addTo(this.total, counters, 0);
      sumInto(this.byProcedure, procedure, counters, 0);
      sumInto(this.byPair, `${agency}\t${procedure}`, counters, 0);
      sumInto(this.byMonth, month, counters, 0);
    }
    for (const [, agency, , ...counters] of rows.byAgency) sumInto(this.byAgency, agency, counters, 0);
    const none: number[] = [];
    for (const { agency, procedure, n } of overdue) {
      addTo(this.total, none, n);
      sumInto(this.byAgency, agency, none, n);
      sumInto(this.byProcedure, procedure, none, n);
      sumInto(this.byPair, `${agency}\t${procedure}`, none, n);
    }
  }
}

/** Groups as the API lists them: by received, most first, then by key. */
export function ranked<K extends string>(groups: Map<string, Sums>, key: K, name: (id: string) => LocalText): ({ [P in K]: string } & { name: LocalText } & Metrics)[] {
  return [...groups]
    .map(([id, sums]) => ({ id, metrics: metricsOf(sums) }))
    .sort((a, b) => b.metrics.received.total - a.metrics.received.total || (a.id < b.id ? -1 : 1))
    .map(({ id, metrics }) => ({ [key]: id, name: name(id), ...metrics }) as { [P in K]: string } & { name: LocalText } & Metrics);
}

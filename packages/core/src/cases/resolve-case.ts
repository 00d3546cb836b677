import { joinPointer } from '../json/json-pointer.js';
import type {
  Channel,
  Document,
  Fee,
  Offering,
  ProcedureDefinition,
  ServiceLevel,
  Step,
} from '../procedure.types.js';
import { caseUnknown } from './case-error.js';

/**
 * An entry together with the JSON Pointer it came from: into the definition
 * (its conditions are keyed by it) or, when `origin` is "offering", into the
 * agency's offering.
 */
export type Sourced<T> = T & { source: string; origin?: 'offering' };

/**
 * One case of a procedure with everything merged in: what the fee engine, the
 * document resolver and the calendar work on. Cases are a base plus
 * overrides: documents and fees merge by id (a case entry with the same id
 * replaces the base one, `exclude` drops base entries); steps, serviceLevel
 * and channels, when a case gives them, replace the base entirely. An
 * agency's offering then replaces what the law lets it set locally.
 */
export interface EffectiveProcedure {
  definition: ProcedureDefinition;
  caseId: string;
  fees: Sourced<Fee>[];
  documents: Sourced<Document>[];
  steps: Step[];
  serviceLevel: ServiceLevel;
  channels: Channel[];
  offering?: Offering;
}

function mergeById<T extends { id: string }>(
  base: readonly T[] | undefined,
  basePointer: string,
  own: readonly T[] | undefined,
  ownPointer: string,
  exclude: readonly string[] | undefined,
): Sourced<T>[] {
  const merged = new Map<string, Sourced<T>>();
  base?.forEach((entry, i) => {
    if (!exclude?.includes(entry.id)) merged.set(entry.id, { ...entry, source: joinPointer(basePointer, i) });
  });
  own?.forEach((entry, i) => {
    merged.set(entry.id, { ...entry, source: joinPointer(ownPointer, i) });
  });
  return [...merged.values()];
}

export function resolveCase(
  definition: ProcedureDefinition,
  caseId: string,
  offering?: Offering,
): EffectiveProcedure {
  const index = definition.cases.findIndex((c) => c.id === caseId);
  const chosen = definition.cases[index];
  if (!chosen) throw caseUnknown(caseId, definition.cases.map((c) => c.id));
  const casePointer = joinPointer('/cases', index);
  let fees = mergeById(definition.fees, '/fees', chosen.fees, `${casePointer}/fees`, chosen.exclude?.fees);
  let documents = mergeById(
    definition.documents,
    '/documents',
    chosen.documents,
    `${casePointer}/documents`,
    chosen.exclude?.documents,
  );
  let serviceLevel = chosen.serviceLevel ?? definition.serviceLevel;
  let channels = chosen.channels ?? definition.channels;

  if (offering) {
    fees = fees.map((fee) => {
      const local = offering.fees?.[fee.id];
      if (!local || !fee.setLocally) return fee;
      return { ...fee, rule: local.rule, legalBasis: local.legalBasis ?? fee.legalBasis, note: local.note ?? fee.note };
    });
    if (offering.documents && definition.documentsSetLocally) {
      const removed = offering.documents.remove ?? [];
      documents = documents.filter((d) => !removed.includes(d.id));
      offering.documents.add?.forEach((d, i) => {
        documents.push({ ...d, source: joinPointer('/documents/add', i), origin: 'offering' });
      });
    }
    if (offering.serviceLevel && definition.serviceLevelSetLocally) {
      serviceLevel = offering.serviceLevel;
      // The local decision names one time limit, so it replaces the per-channel ones too.
      channels = channels.map(({ serviceLevel: _dropped, ...channel }) => channel);
    }
  }

  const result: EffectiveProcedure = {
    definition,
    caseId: chosen.id,
    fees,
    documents,
    steps: chosen.steps ?? definition.steps,
    serviceLevel,
    channels,
  };
  if (offering) result.offering = offering;
  return result;
}

/** The time limit for a channel: the channel's own when it has one, else the case's. */
export function serviceLevelFor(effective: EffectiveProcedure, channel: Channel['kind'] | undefined): ServiceLevel {
  const own = channel ? effective.channels.find((c) => c.kind === channel)?.serviceLevel : undefined;
  return own ?? effective.serviceLevel;
}

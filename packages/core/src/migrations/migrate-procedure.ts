import { MotcuaError } from '../errors.js';
import type { ProcedureDefinition } from '../procedure.types.js';

/** The format this version of @motcua/core writes and reads. */
export const CURRENT_FORMAT_VERSION = 1;

type JsonObject = Record<string, unknown>;
type Migration = (definition: JsonObject) => JsonObject;

export class MigrationError extends MotcuaError<'migration-not-object' | 'migration-unknown-format'> {}

/**
 * Format 0 was the pre-release draft format: `name` and `description` were
 * plain Vietnamese strings, and a procedure had no cases (its documents, fees
 * and steps were the only case). Format 1 makes texts bilingual and every
 * procedure hold at least one case.
 */
function from0to1(definition: JsonObject): JsonObject {
  const text = (value: unknown) => (typeof value === 'string' ? { vi: value } : value);
  const next: JsonObject = { ...definition, formatVersion: 1, name: text(definition.name) };
  if ('description' in definition) next.description = text(definition.description);
  if (!Array.isArray(definition.cases)) {
    next.cases = [{ id: 'mac-dinh', name: next.name }];
    next.caseSelection = 'choice';
  }
  return next;
}

/** MIGRATIONS[n] upgrades format n to n + 1. */
const MIGRATIONS: readonly Migration[] = [from0to1];

/**
 * Upgrades a stored definition to the current format one step at a time, so
 * each step stays small and a definition from any older format arrives at the
 * same shape. The result still needs validateProcedure.
 */
export function migrateProcedure(definition: unknown): ProcedureDefinition {
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    throw new MigrationError('migration-not-object', {
      vi: 'Định nghĩa thủ tục phải là một đối tượng JSON.',
      en: 'A procedure definition must be a JSON object.',
    });
  }
  let current = definition as JsonObject;
  const version = current.formatVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0 || version > CURRENT_FORMAT_VERSION) {
    throw new MigrationError(
      'migration-unknown-format',
      {
        vi: `Không biết định dạng phiên bản “${String(version)}”; phiên bản mới nhất là ${CURRENT_FORMAT_VERSION}.`,
        en: `Unknown format version “${String(version)}”; the newest is ${CURRENT_FORMAT_VERSION}.`,
      },
      { formatVersion: version },
    );
  }
  for (let v = version; v < CURRENT_FORMAT_VERSION; v += 1) current = (MIGRATIONS[v] as Migration)(current);
  return current as unknown as ProcedureDefinition;
}

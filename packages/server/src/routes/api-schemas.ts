import type { JsonSchema } from '../http/route-spec.js';

/** Request and response pieces several routes share. */
export const CODE: JsonSchema = { type: 'string', pattern: '^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$', description: 'Procedure code (mã thủ tục), e.g. 2.000815.' };
export const ID: JsonSchema = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,62}$' };
export const CHANNEL: JsonSchema = { type: 'string', enum: ['in-person', 'online', 'postal'] };
export const DOSSIER_CODE: JsonSchema = { type: 'string', pattern: '^[A-Z0-9]{2,12}-[0-9]{4}-[0-9]{6,}$', description: 'Dossier code (mã hồ sơ), e.g. BADINH-2026-000001.' };

export const PROCEDURE_SUMMARY: JsonSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    version: { type: 'integer' },
    name: { type: 'object', properties: { vi: { type: 'string' }, en: { type: 'string' } }, required: ['vi'] },
    sector: { type: 'string' },
    tier: { type: 'string' },
    onlineLevel: { type: 'string' },
    channels: { type: 'array', items: CHANNEL },
    effectiveFrom: { type: 'string', format: 'date-time' },
  },
  required: ['code', 'version', 'name', 'sector', 'tier', 'onlineLevel', 'channels', 'effectiveFrom'],
};

export const PUBLISHED_VERSION: JsonSchema = {
  type: 'object',
  properties: {
    code: { type: 'string' },
    version: { type: 'integer' },
    effectiveFrom: { type: 'string', format: 'date-time' },
    publishedAt: { type: 'string', format: 'date-time' },
    definition: { $ref: '#/components/schemas/ProcedureDefinition' },
  },
  required: ['code', 'version', 'effectiveFrom', 'publishedAt', 'definition'],
};

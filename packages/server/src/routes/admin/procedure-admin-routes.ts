import { diffJson, MAX_DEFINITION_BYTES, validateProcedure, type ProcedureDefinition } from '@motcua/core';
import { ApiError, notFound } from '../../http/api-error.js';
import type { JsonSchema, RouteSpec } from '../../http/route-spec.js';
import type { ProcedureFilter } from '../../db/procedure-admin-store.js';
import { buildValidatorModule } from '../../validators/index.js';
import { CODE, ID } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';
import { checkDraftRevision, draftChanged, draftRevision } from './draft-revision.js';

const EDITORS = ['admin', 'reform-officer'] as const;
const CODE_PARAMS: JsonSchema = { type: 'object', properties: { code: CODE }, required: ['code'] };
const VALIDATION: JsonSchema = { type: 'object', properties: { valid: { type: 'boolean' }, errors: { type: 'array', items: { type: 'object' } } }, required: ['valid', 'errors'] };

const route = (spec: Omit<RouteSpec, 'tags' | 'auth'> & { auth?: RouteSpec['auth'] }): RouteSpec => ({ tags: ['procedures'], auth: EDITORS, ...spec });

const list = route({
  method: 'get',
  path: '/api/v1/admin/procedures',
  operationId: 'adminListProcedures',
  summary: 'Every procedure with its status, latest version, sector and whether it has a draft',
  auth: [],
  query: { type: 'object', properties: { status: { enum: ['draft', 'published', 'retired'] }, sector: { ...ID, description: 'Only this sector (of the latest version, or of the draft when none is published).' }, agency: { ...ID, description: 'Only the procedures this agency offers.' } }, additionalProperties: false },
  responses: { 200: { description: 'The procedures.', schema: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' } }, required: ['items', 'total'] } } },
});
const getDraft = route({ method: 'get', path: '/api/v1/admin/procedures/:code/draft', operationId: 'getProcedureDraft', summary: 'The working copy of a procedure, with its revision (also the ETag) to send back as If-Match', params: CODE_PARAMS, responses: { 200: { description: 'The draft, who saved it when, and its revision.', schema: { type: 'object', properties: { revision: { type: 'string' } }, required: ['revision'] } } } });
const putDraft = route({ method: 'put', path: '/api/v1/admin/procedures/:code/draft', operationId: 'saveProcedureDraft', summary: 'Save the working copy (a new code makes a new procedure); it is validated and saved even when invalid. If-Match with the revision the copy was made from (If-None-Match: * for a first save): 412 draft-changed when another save came first', params: CODE_PARAMS, body: { type: 'object', description: 'A procedure definition, possibly unfinished.' }, responses: { 200: { description: 'Saved, with its new revision (also the ETag) and the validation of what was saved.', schema: { type: 'object', properties: { savedAt: { type: 'string' }, revision: { type: 'string' }, validation: VALIDATION }, required: ['savedAt', 'revision', 'validation'] } }, 412: { description: 'The draft changed since the revision named; details say who saved it when.' } } });
const validate = route({ method: 'post', path: '/api/v1/admin/procedures/:code/validate', operationId: 'validateProcedure', summary: 'Every error of the working copy, each at its JSON Pointer, in vi and en', params: CODE_PARAMS, responses: { 200: { description: 'The validation.', schema: VALIDATION } } });
const publish = route({ method: 'post', path: '/api/v1/admin/procedures/:code/publish', operationId: 'publishProcedure', summary: 'Publish the working copy as a new immutable version; If-Match with the draft’s revision publishes only the draft the officer saw (412 draft-changed otherwise)', params: CODE_PARAMS, body: { type: 'object', properties: { effectiveFrom: { type: 'string', format: 'date-time', description: 'When the version comes into force; now when absent.' } }, additionalProperties: false }, responses: { 201: { description: 'The new version.', schema: { type: 'object', properties: { code: { type: 'string' }, version: { type: 'integer' }, effectiveFrom: { type: 'string' } }, required: ['code', 'version', 'effectiveFrom'] } } } });
const retire = route({ method: 'post', path: '/api/v1/admin/procedures/:code/retire', operationId: 'retireProcedure', summary: 'Withdraw a published procedure from the catalogue (its versions stay readable)', params: CODE_PARAMS, responses: { 200: { description: 'Retired.', schema: { type: 'object' } } } });
const versions = route({ method: 'get', path: '/api/v1/admin/procedures/:code/versions', operationId: 'listProcedureVersions', summary: 'The published versions of a procedure, each with the officer who published it (null for a catalogue load)', auth: [], params: CODE_PARAMS, responses: { 200: { description: 'Newest first.', schema: { type: 'object', properties: { items: { type: 'array' }, total: { type: 'integer' } }, required: ['items', 'total'] } } } });
const diff = route({
  method: 'get',
  path: '/api/v1/admin/procedures/:code/diff',
  operationId: 'diffProcedureVersions',
  summary: 'What changed between two versions (or a version and the draft), each change at its JSON Pointer',
  auth: [],
  params: CODE_PARAMS,
  query: { type: 'object', properties: { from: { type: 'integer', minimum: 1 }, to: { type: 'string', pattern: '^([1-9][0-9]{0,8}|draft)$' } }, required: ['from', 'to'], additionalProperties: false },
  responses: { 200: { description: 'The changes.', schema: { type: 'object', properties: { changes: { type: 'array' } }, required: ['changes'] } } },
});

function draftRow(services: Parameters<Handler>[2], code: string) {
  const draft = services.procedureAdmin.draft(code);
  if (!draft) throw notFound({ vi: `bản nháp của thủ tục “${code}”`, en: `A draft of “${code}”` });
  return draft;
}

function draftOf(services: Parameters<Handler>[2], code: string): unknown {
  return JSON.parse(draftRow(services, code).body);
}

function check(services: Parameters<Handler>[2], code: string, definition: unknown) {
  const taxonomy = services.catalogue.taxonomy();
  const result = validateProcedure(definition, taxonomy ? { taxonomy } : {});
  if (result.valid && result.definition.code !== code) {
    return { valid: false as const, errors: [{ path: '/code', code: 'code-mismatch', message: { vi: `Mã trong định nghĩa (“${result.definition.code}”) khác mã thủ tục “${code}”.`, en: `The definition’s code (“${result.definition.code}”) is not “${code}”.` } }] };
  }
  return result;
}

export const procedureAdminRoutes: [RouteSpec, Handler][] = [
  [list, (c, { query }, services) => { const items = services.procedureAdmin.list(query as ProcedureFilter); return c.json({ items, total: items.length }); }],
  [
    getDraft,
    (c, { params }, services) => {
      const draft = draftRow(services, params.code as string);
      const revision = draftRevision(draft);
      return c.json({ ...draft, revision, definition: JSON.parse(draft.body) }, 200, { ETag: `"${revision}"`, 'Cache-Control': 'no-store' });
    },
  ],
  [
    putDraft,
    (c, { params, body, auth }, services) => {
      const code = params.code as string;
      const text = JSON.stringify(body);
      if (text.length > MAX_DEFINITION_BYTES) throw new ApiError(413, 'definition-too-large', { vi: 'Định nghĩa thủ tục quá lớn.', en: 'The definition is too large.' });
      const now = services.now().toISOString();
      const by = auth?.officer.id as string;
      checkDraftRevision(c, services, code);
      services.procedureAdmin.putDraft(code, text, by, now);
      services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'procedure-draft-save', target: code });
      const revision = draftRevision({ body: text, updatedAt: now, updatedBy: by });
      const { valid, errors } = check(services, code, body);
      return c.json({ savedAt: now, revision, validation: { valid, errors } }, 200, { ETag: `"${revision}"` });
    },
  ],
  [validate, (c, { params }, services) => { const { valid, errors } = check(services, params.code as string, draftOf(services, params.code as string)); return c.json({ valid, errors }); }],
  [
    publish,
    async (c, { params, body, auth }, services) => {
      const code = params.code as string;
      checkDraftRevision(c, services, code);
      const seen = draftRow(services, code);
      const result = check(services, code, JSON.parse(seen.body));
      if (!result.valid) throw new ApiError(422, 'definition-invalid', result.errors[0]?.message ?? { vi: 'Định nghĩa chưa hợp lệ.', en: 'The definition is not valid.' }, { errors: result.errors });
      const definition = result.definition as ProcedureDefinition;
      const module = await buildValidatorModule(definition);
      const now = services.now().toISOString();
      const effectiveFrom = (body as { effectiveFrom?: string }).effectiveFrom ? new Date((body as { effectiveFrom: string }).effectiveFrom).toISOString() : now;
      const stored = services.db.transaction(() => {
        // A save while the module was built: publishing would then delete a draft nobody has published.
        const current = services.procedureAdmin.draft(code);
        if (!current || draftRevision(current) !== draftRevision(seen)) throw draftChanged(services, code);
        const version = services.procedures.publish(definition, JSON.stringify(definition), module, { effectiveFrom, publishedAt: now });
        services.procedureAdmin.deleteDraft(code);
        services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'procedure-publish', target: code, details: { version: version.version, effectiveFrom } });
        return version;
      });
      return c.json({ code, version: stored.version, effectiveFrom }, 201);
    },
  ],
  [
    retire,
    (c, { params, auth }, services) => {
      const code = params.code as string;
      if (services.procedureAdmin.status(code) !== 'published') {
        throw new ApiError(409, 'not-published', { vi: `Thủ tục “${code}” không ở trạng thái đã công bố.`, en: `“${code}” is not published.` });
      }
      const now = services.now().toISOString();
      services.procedureAdmin.setStatus(code, 'retired', now);
      services.audit.record({ at: now, userId: auth?.officer.id ?? null, action: 'procedure-retire', target: code });
      return c.json({ code, status: 'retired' });
    },
  ],
  [versions, (c, { params }, services) => { const items = services.procedureAdmin.versions(params.code as string); return c.json({ items, total: items.length }); }],
  [
    diff,
    (c, { params, query }, services) => {
      const code = params.code as string;
      const read = (version: number) => {
        const stored = services.procedures.version(code, version);
        if (!stored) throw notFound({ vi: `phiên bản ${version} của “${code}”`, en: `Version ${version} of “${code}”` });
        return JSON.parse(stored.definitionText) as unknown;
      };
      const before = read(query.from as number);
      const after = query.to === 'draft' ? draftOf(services, code) : read(Number(query.to));
      return c.json({ changes: diffJson(before, after) });
    },
  ],
];

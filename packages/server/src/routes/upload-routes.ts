import { randomUUID } from 'node:crypto';
import { checkFile, DEFAULT_DOCUMENT_ACCEPT, DEFAULT_DOCUMENT_MAX_SIZE, FILE_TYPES } from '@motcua/core';
import { ApiError, notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import { CODE, ID } from './api-schemas.js';
import type { Handler } from './mount-route.js';

const uploadSpec: RouteSpec = {
  method: 'post',
  path: '/api/v1/uploads',
  operationId: 'uploadDocument',
  summary: 'Upload one document, checked by its content and size',
  tags: ['submission'],
  multipart: {
    file: 'file',
    fields: {
      type: 'object',
      description: 'Name the procedure, version and document to check the file against that document’s accepted types and size now rather than at submission.',
      properties: { procedure: CODE, version: { type: 'integer', minimum: 1 }, document: ID },
      dependentRequired: { document: ['procedure', 'version'] },
      additionalProperties: false,
    },
  },
  responses: {
    201: {
      description: 'The upload; a dossier or a draft refers to it by id.',
      schema: {
        type: 'object',
        properties: { id: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' }, mime: { type: 'string' }, sha256: { type: 'string' } },
        required: ['id', 'name', 'size', 'mime', 'sha256'],
      },
    },
  },
};

/** Every type of the file-type table, up to the server's upload limit, unless a document says narrower. */
function ruleFor(body: Record<string, unknown>, services: Parameters<Handler>[2]) {
  const fallback = { accept: FILE_TYPES.map((type) => type.mime), maxSize: services.config.uploadLimit };
  if (!body.document) return fallback;
  const stored = services.procedures.version(body.procedure as string, body.version as number);
  if (!stored) throw notFound({ vi: `thủ tục “${String(body.procedure)}” phiên bản ${String(body.version)}`, en: `Procedure “${String(body.procedure)}” version ${String(body.version)}` });
  const { definition } = services.compiled.get(stored);
  const document = [...(definition.documents ?? []), ...definition.cases.flatMap((c) => c.documents ?? [])].find((d) => d.id === body.document);
  if (!document) {
    throw new ApiError(422, 'document-unknown', { vi: `Thủ tục không có giấy tờ “${String(body.document)}”.`, en: `The procedure has no document “${String(body.document)}”.` });
  }
  return {
    accept: document.accept ?? DEFAULT_DOCUMENT_ACCEPT,
    maxSize: Math.min(document.maxSize ?? DEFAULT_DOCUMENT_MAX_SIZE, services.config.uploadLimit),
  };
}

export const uploadRoutes: [RouteSpec, Handler][] = [
  [
    uploadSpec,
    async (c, { body, file }, services) => {
      const upload = file as File;
      const bytes = new Uint8Array(await upload.arrayBuffer());
      const checked = checkFile({ name: upload.name, size: bytes.length, bytes }, ruleFor(body as Record<string, unknown>, services));
      if (!checked.ok) {
        throw new ApiError(checked.error.code === 'file-too-large' ? 413 : 422, checked.error.code, checked.error.text, checked.error.details);
      }
      const sha256 = await services.files.put(bytes);
      const record = { id: randomUUID(), sha256, size: bytes.length, mime: checked.type.mime, name: checked.safeName, createdAt: services.now().toISOString() };
      // The record joins the next group commit, with the dossiers being filed meanwhile.
      await services.commits.run(() => services.uploads.insert(record));
      const { createdAt: _createdAt, ...answer } = record;
      return c.json(answer, 201);
    },
  ],
];

import { randomUUID } from 'node:crypto';
import { checkFile, FILE_TYPES } from '@motcua/core';
import { ApiError } from '../../http/api-error.js';
import type { RouteSpec } from '../../http/route-spec.js';
import type { Handler } from '../mount-route.js';
import { templateUrl } from '../template-routes.js';

export const TEMPLATES_PATH = '/api/v1/admin/templates';

const upload: RouteSpec = {
  method: 'post',
  path: TEMPLATES_PATH,
  operationId: 'uploadTemplate',
  summary: 'Upload a document template (mẫu đơn, tờ khai), checked by its content and size, to be served publicly at the URL answered',
  tags: ['templates'],
  auth: ['admin', 'reform-officer'],
  multipart: { file: 'file', fields: { type: 'object', properties: {}, additionalProperties: false } },
  responses: {
    201: {
      description: 'The template; a document’s `template.url` in a definition is its `url`, which never serves other bytes.',
      schema: {
        type: 'object',
        properties: { id: { type: 'string', format: 'uuid' }, url: { type: 'string', format: 'uri' }, name: { type: 'string' }, mime: { type: 'string' }, size: { type: 'integer' } },
        required: ['id', 'url', 'name', 'mime', 'size'],
      },
    },
  },
};

/**
 * Every type of core's file-type table: forms are usually PDF, Word, OpenDocument or Excel, but a
 * sample photo or a drawing (DWG) is a template too, and every type there is recognised by content.
 */
const ACCEPT = FILE_TYPES.map((type) => type.mime);

export const templateAdminRoutes: [RouteSpec, Handler][] = [
  [
    upload,
    async (c, { file, auth }, services) => {
      const bytes = new Uint8Array(await (file as File).arrayBuffer());
      const checked = checkFile({ name: (file as File).name, size: bytes.length, bytes }, { accept: ACCEPT, maxSize: services.config.uploadLimit });
      if (!checked.ok) {
        throw new ApiError(checked.error.code === 'file-too-large' ? 413 : 422, checked.error.code, checked.error.text, checked.error.details);
      }
      // On disk and flushed before the row that points at it is written.
      const sha256 = await services.files.put(bytes);
      const template = { id: randomUUID(), sha256, name: checked.safeName, mime: checked.type.mime, size: bytes.length, createdAt: services.now().toISOString(), createdBy: auth?.officer.id as string };
      services.db.transaction(() => {
        services.templates.insert(template);
        services.audit.record({ at: template.createdAt, userId: template.createdBy, action: 'template-upload', target: template.id, details: { name: template.name, mime: template.mime, size: template.size, sha256 } });
      });
      const url = templateUrl(services.config, template);
      return c.json({ id: template.id, url, name: template.name, mime: template.mime, size: template.size }, 201, { Location: url });
    },
  ],
];

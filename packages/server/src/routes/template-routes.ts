import type { Config } from '../config/config.js';
import { notFound } from '../http/api-error.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

/** The public address of a template: its id, then its name, so that a link reads as the file it gives. */
export function templateUrl(config: Pick<Config, 'publicUrl'>, template: { id: string; name: string }): string {
  return `${config.publicUrl}/api/v1/templates/${template.id}/${encodeURIComponent(template.name)}`;
}

/** Bytes never change under a template's id, so a copy is good for as long as caches keep anything. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const download: RouteSpec = {
  method: 'get',
  path: '/api/v1/templates/:id/:name',
  operationId: 'downloadTemplate',
  summary: 'A document template (mẫu đơn, tờ khai) as uploaded by a reform officer, for anyone to download',
  tags: ['templates'],
  params: {
    type: 'object',
    properties: {
      id: { type: 'string', format: 'uuid', description: 'The template’s id.' },
      name: { type: 'string', minLength: 1, maxLength: 1000, description: 'The template’s file name, exactly as in the URL the upload answered; another name is a 404.' },
    },
    required: ['id', 'name'],
  },
  responses: {
    200: { description: 'The file as an attachment under its original name; immutable, with a strong ETag of its bytes.', contentType: 'application/octet-stream', schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
    304: { description: 'Not modified (If-None-Match).' },
  },
};

export const templateRoutes: [RouteSpec, Handler][] = [
  [
    download,
    (c, { params }, services) => {
      const template = services.templates.get(params.id as string);
      // The name is part of the address: a link whose name was altered is not this file.
      if (!template || template.name !== (params.name as string).normalize('NFC')) {
        throw notFound({ vi: 'mẫu giấy tờ này', en: 'This document template' }, { id: params.id });
      }
      const etag = `"${template.sha256}"`;
      const headers = { ETag: etag, 'Cache-Control': IMMUTABLE };
      const asked = c.req.header('if-none-match');
      if (asked !== undefined && (asked.trim() === '*' || asked.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))) {
        return c.body(null, 304, headers);
      }
      return c.body(new Uint8Array(services.files.read(template.sha256)), 200, {
        ...headers,
        'Content-Type': template.mime,
        'Content-Disposition': contentDisposition('attachment', template.name),
      });
    },
  ],
];

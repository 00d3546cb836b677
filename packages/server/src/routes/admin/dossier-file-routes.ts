import { notFound } from '../../http/api-error.js';
import type { RouteSpec } from '../../http/route-spec.js';
import { DOSSIER_CODE } from '../api-schemas.js';
import type { Handler } from '../mount-route.js';
import { OFFICERS, readableDossier } from './dossier-admin-routes.js';

/** The path of a dossier's file, matched before routing to give it the policy that lets the back office frame it. */
export const DOSSIER_FILE_PATH = /^\/api\/v1\/admin\/dossiers\/[^/]+\/files\/[^/]+$/;

/**
 * A file the officers' app shows inline: the back office's page frames PDFs and shows images,
 * nothing else may frame it, and it runs nothing of its own.
 */
export const DOSSIER_FILE_CSP: Record<string, string[]> = { defaultSrc: ["'none'"], objectSrc: ["'self'"], frameAncestors: ["'self'"] };

const file: RouteSpec = {
  method: 'get',
  path: '/api/v1/admin/dossiers/:code/files/:upload',
  operationId: 'getDossierFile',
  summary: 'A file the dossier holds (a document of the submission or of a supplement, or the result), inline, for the officers of its agency',
  tags: ['dossiers'],
  auth: OFFICERS,
  params: { type: 'object', properties: { code: DOSSIER_CODE, upload: { type: 'string', format: 'uuid' } }, required: ['code', 'upload'] },
  responses: { 200: { description: 'The file, with its checked type, shown inline.', contentType: 'application/octet-stream' } },
};

export const dossierFileRoutes: [RouteSpec, Handler][] = [
  [
    file,
    (c, { params, auth }, services) => {
      const row = readableDossier(services, params.code as string, auth);
      const id = params.upload as string;
      const held = id === row.resultUploadId || services.dossiers.documents(row.code).some((d) => d.uploadId === id);
      const upload = held ? services.uploads.get(id) : undefined;
      if (!upload) throw notFound({ vi: `tệp “${id}” của hồ sơ “${row.code}”`, en: `A file “${id}” of dossier “${row.code}”` }, { upload: id });
      return c.body(new Uint8Array(services.files.read(upload.sha256)), 200, {
        'Content-Type': upload.mime,
        'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(upload.name)}`,
        'Cache-Control': 'private, no-store',
      });
    },
  ],
];

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

const script: RouteSpec = {
  method: 'get',
  path: '/motcua.js',
  operationId: 'runtimeScript',
  summary: 'The runtime: one ES module that registers every Một Cửa component, for any agency’s page',
  tags: ['runtime'],
  responses: { 200: { description: 'The script.', contentType: 'text/javascript', schema: { type: 'string' } }, 304: { description: 'Not modified.' } },
};

/**
 * The runtime's script, read from RUNTIME_DIR when asked (a rebuilt runtime
 * is served without a restart). Open to every origin: a module script is a
 * CORS fetch. Revalidated after five minutes, since its URL never changes.
 */
export const staticRoutes: [RouteSpec, Handler][] = [
  [
    script,
    (c, _request, services) => {
      let source: Buffer;
      try {
        source = readFileSync(join(services.config.runtimeDir, 'motcua.js'));
      } catch {
        throw notFound({ vi: 'tệp motcua.js (chưa dựng gói runtime: pnpm build)', en: 'motcua.js (the runtime is not built: pnpm build)' });
      }
      const etag = `"${createHash('sha256').update(source).digest('hex').slice(0, 32)}"`;
      const headers = { ETag: etag, 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' };
      if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
      return c.body(new Uint8Array(source), 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
    },
  ],
];

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import { DEMO_CSS, demoPage } from './demo-page.js';
import type { Handler } from './mount-route.js';

const script: RouteSpec = {
  method: 'get',
  path: '/motcua.js',
  operationId: 'runtimeScript',
  summary: 'The runtime: one ES module that registers every Một Cửa component, for any agency’s page',
  tags: ['runtime'],
  responses: { 200: { description: 'The script.', contentType: 'text/javascript', schema: { type: 'string' } }, 304: { description: 'Not modified.' } },
};

const demo: RouteSpec = {
  method: 'get',
  path: '/demo',
  operationId: 'demoPage',
  summary: 'A demo agency website page with the Một Cửa components embedded, under a strict CSP',
  tags: ['runtime'],
  responses: { 200: { description: 'The page.', contentType: 'text/html', schema: { type: 'string' } } },
};

const demoCss: RouteSpec = {
  method: 'get',
  path: '/demo/site.css',
  operationId: 'demoStyles',
  summary: 'The demo site’s own stylesheet',
  tags: ['runtime'],
  responses: { 200: { description: 'The stylesheet.', contentType: 'text/css', schema: { type: 'string' } } },
};

/**
 * The runtime's script, read from RUNTIME_DIR when asked (a rebuilt runtime
 * is served without a restart). Open to every origin: a module script is a
 * CORS fetch. Revalidated after five minutes, since its URL never changes.
 */
export const staticRoutes: [RouteSpec, Handler][] = [
  [demo, (c) => c.html(demoPage(), 200, { 'Cache-Control': 'no-cache' })],
  [demoCss, (c) => c.body(DEMO_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=300' })],
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

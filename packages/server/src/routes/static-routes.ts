import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
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

/** A chunk's file name: what the runtime's build writes (`<name>-<hash>.js`), and nothing that could leave the folder. */
const CHUNK_NAME = /^[A-Za-z0-9_-]{1,120}\.js$/;

const chunk: RouteSpec = {
  method: 'get',
  path: '/chunks/:name',
  operationId: 'runtimeChunk',
  summary: 'A part of the runtime that motcua.js loads when a page needs it (./chunks/<name>-<hash>.js)',
  tags: ['runtime'],
  params: {
    type: 'object',
    properties: { name: { type: 'string', description: 'The chunk’s file name, matching ^[A-Za-z0-9_-]{1,120}\\.js$; any other name is a 404.' } },
    required: ['name'],
  },
  responses: {
    200: { description: 'The chunk. Its name carries a hash of its content, so it is cached for a year.', contentType: 'text/javascript', schema: { type: 'string' } },
    304: { description: 'Not modified.' },
  },
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
 * A script of the runtime as JavaScript, open to every origin (a module script is a CORS fetch),
 * with a strong ETag of its bytes.
 */
function scriptResponse(c: Context, source: Buffer, cacheControl: string): Response {
  const etag = `"${createHash('sha256').update(source).digest('hex').slice(0, 32)}"`;
  const headers = { ETag: etag, 'Cache-Control': cacheControl, 'Access-Control-Allow-Origin': '*' };
  if (c.req.header('if-none-match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
  return c.body(new Uint8Array(source), 200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' });
}

/**
 * The runtime's files, read from RUNTIME_DIR when asked (a rebuilt runtime is served without a
 * restart). motcua.js is revalidated after five minutes, since its URL never changes; a chunk's
 * name changes with its content, so it is immutable.
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
      return scriptResponse(c, source, 'public, max-age=300');
    },
  ],
  [
    chunk,
    (c, { params }, services) => {
      const name = params.name as string;
      const missing = () =>
        notFound({ vi: `phần “${name}” của gói runtime`, en: `The runtime chunk “${name}”` }, { name });
      // The name is checked before the file system is touched: no "..", no slash, however encoded.
      if (!CHUNK_NAME.test(name)) throw missing();
      let source: Buffer;
      try {
        source = readFileSync(join(services.config.runtimeDir, 'chunks', name));
      } catch {
        throw missing();
      }
      return scriptResponse(c, source, 'public, max-age=31536000, immutable');
    },
  ],
];

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

export const BUILDER_PAGE = '/builder';

/**
 * The builder page's own policy. The builder compiles the draft's validators in the browser with
 * ajv, which generates code, so this page alone allows 'unsafe-eval'; everything else is the
 * server's own, and nothing is inline.
 */
export const BUILDER_CSP: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", "'unsafe-eval'"],
  connectSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** What the builder's build writes into `BUILDER_DIR/public/`, and nothing that could leave it. */
const ASSET_NAME = /^[A-Za-z0-9_-]{1,120}\.(js|css)$/;
const CONTENT_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

const page: RouteSpec = {
  method: 'get',
  path: BUILDER_PAGE,
  operationId: 'builderPage',
  summary: 'The reform officers’ builder: sign in, list, edit and preview procedures',
  tags: ['builder'],
  responses: { 200: { description: 'The page; it loads /builder/builder.js.', contentType: 'text/html', schema: { type: 'string' } } },
};

const asset: RouteSpec = {
  method: 'get',
  path: '/builder/:name',
  operationId: 'builderAsset',
  summary: 'A file of the builder’s bundle (BUILDER_DIR/public/<name>)',
  tags: ['builder'],
  params: {
    type: 'object',
    properties: { name: { type: 'string', description: 'The file’s name, matching ^[A-Za-z0-9_-]{1,120}\\.(js|css)$; any other name is a 404.' } },
    required: ['name'],
  },
  responses: { 200: { description: 'The file, revalidated on every load (officers get a rebuilt builder at once).', contentType: 'text/javascript', schema: { type: 'string' } } },
};

function builderPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Một Cửa: trình dựng thủ tục</title>
<script type="module" src="/builder/builder.js"></script>
</head>
<body>
<motcua-builder></motcua-builder>
</body>
</html>
`;
}

export const builderRoutes: [RouteSpec, Handler][] = [
  [page, (c) => c.html(builderPage(), 200, { 'Cache-Control': 'no-cache' })],
  [
    asset,
    (c, { params }, services) => {
      const name = params.name as string;
      const missing = () => notFound({ vi: `tệp “${name}” của trình dựng`, en: `The builder file “${name}”` }, { name });
      // The name is checked before the file system is touched: no "..", no slash, however encoded.
      const kind = ASSET_NAME.exec(name)?.[1] as keyof typeof CONTENT_TYPES | undefined;
      if (!kind) throw missing();
      let source: Buffer;
      try {
        source = readFileSync(join(services.config.builderDir, 'public', name));
      } catch {
        throw missing();
      }
      return c.body(new Uint8Array(source), 200, { 'Content-Type': CONTENT_TYPES[kind], 'Cache-Control': 'no-cache' });
    },
  ],
];

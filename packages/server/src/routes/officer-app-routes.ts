import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bilingual } from '@motcua/core';
import { notFound } from '../http/api-error.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Handler } from './mount-route.js';

/** One of the officers' single-page apps the server serves from a built folder: the builder, the back office. */
export interface OfficerApp {
  /** The page's path, also the prefix of its files: `/builder`, `/office`. */
  page: string;
  /** The config key of the folder whose `public/` holds the bundle. */
  dirKey: 'builderDir' | 'officeDir';
  /** The environment variable that sets that folder, for the OpenAPI text. */
  dirVariable: string;
  /** The bundle's base name (`builder` → `/builder/builder.js`) and the app's root element. */
  bundle: string;
  element: string;
  /** The page's title (Vietnamese: the page's language) and its OpenAPI wording. */
  title: string;
  summary: string;
  tag: string;
  /** What a missing file is called in a 404 (“tệp … của trình dựng”). */
  fileName: Bilingual;
  /** The page's Content-Security-Policy, as hono's secureHeaders takes it. */
  csp: Record<string, string[]>;
}

/** What every officer page allows: its own server and nothing inline. */
const OWN_ONLY: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * The builder compiles the draft's validators in the browser with ajv, which generates code, so
 * its page alone allows 'unsafe-eval'.
 */
export const BUILDER_APP: OfficerApp = {
  page: '/builder',
  dirKey: 'builderDir',
  dirVariable: 'BUILDER_DIR',
  bundle: 'builder',
  element: 'motcua-builder',
  title: 'Một Cửa: trình dựng thủ tục',
  summary: 'The reform officers’ builder: sign in, list, edit and preview procedures',
  tag: 'builder',
  fileName: { vi: 'tệp “{name}” của trình dựng', en: 'The builder file “{name}”' },
  csp: { ...OWN_ONLY, scriptSrc: ["'self'", "'unsafe-eval'"] },
};

/**
 * The back office evaluates nothing (the form it embeds uses the server's precompiled validator
 * modules), but previews the dossier's PDFs in frames and objects from the server's own upload route.
 */
export const OFFICE_APP: OfficerApp = {
  page: '/office',
  dirKey: 'officeDir',
  dirVariable: 'OFFICE_DIR',
  bundle: 'office',
  element: 'motcua-office',
  title: 'Một Cửa: xử lý hồ sơ',
  summary: 'The back office: sign in, the agency’s inbox, a dossier’s processing, counter intake',
  tag: 'office',
  fileName: { vi: 'tệp “{name}” của trang xử lý hồ sơ', en: 'The back-office file “{name}”' },
  csp: { ...OWN_ONLY, objectSrc: ["'self'"], frameSrc: ["'self'"] },
};

/** The officers' route of a dossier's files, which the back office frames to preview a PDF. */
export const DOSSIER_FILE_PATH = /^\/api\/v1\/admin\/dossiers\/[^/]+\/files\/[^/]+$/;

/**
 * Those files' policy: framed by the server's own pages alone (the rest of the API by none), and
 * running nothing of their own.
 */
export const DOSSIER_FILE_CSP: Record<string, string[]> = { defaultSrc: ["'none'"], objectSrc: ["'self'"], frameAncestors: ["'self'"] };

/** What an app's build writes into `<dir>/public/`, and nothing that could leave it. */
const ASSET_NAME = /^[A-Za-z0-9_-]{1,120}\.(js|css)$/;
const CONTENT_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' } as const;

function pageHtml(app: OfficerApp): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${app.title}</title>
<script type="module" src="${app.page}/${app.bundle}.js"></script>
</head>
<body>
<${app.element}></${app.element}>
</body>
</html>
`;
}

/** The page and its files, under the app's own policy (the caller applies `app.csp` to the page's path). */
export function officerAppRoutes(app: OfficerApp): [RouteSpec, Handler][] {
  const page: RouteSpec = {
    method: 'get',
    path: app.page,
    operationId: `${app.bundle}Page`,
    summary: app.summary,
    tags: [app.tag],
    responses: { 200: { description: `The page; it loads ${app.page}/${app.bundle}.js.`, contentType: 'text/html', schema: { type: 'string' } } },
  };
  const asset: RouteSpec = {
    method: 'get',
    path: `${app.page}/:name`,
    operationId: `${app.bundle}Asset`,
    summary: `A file of the ${app.tag} bundle (${app.dirVariable}/public/<name>)`,
    tags: [app.tag],
    params: {
      type: 'object',
      properties: { name: { type: 'string', description: 'The file’s name, matching ^[A-Za-z0-9_-]{1,120}\\.(js|css)$; any other name is a 404.' } },
      required: ['name'],
    },
    responses: { 200: { description: 'The file, revalidated on every load (officers get a rebuilt app at once).', contentType: 'text/javascript', schema: { type: 'string' } } },
  };
  const html = pageHtml(app);
  return [
    [page, (c) => c.html(html, 200, { 'Cache-Control': 'no-cache' })],
    [
      asset,
      (c, { params }, services) => {
        const name = params.name as string;
        const missing = () => notFound({ vi: app.fileName.vi.replace('{name}', name), en: app.fileName.en.replace('{name}', name) }, { name });
        // The name is checked before the file system is touched: no "..", no slash, however encoded.
        const kind = ASSET_NAME.exec(name)?.[1] as keyof typeof CONTENT_TYPES | undefined;
        if (!kind) throw missing();
        let source: Buffer;
        try {
          source = readFileSync(join(services.config[app.dirKey], 'public', name));
        } catch {
          throw missing();
        }
        return c.body(new Uint8Array(source), 200, { 'Content-Type': CONTENT_TYPES[kind], 'Cache-Control': 'no-cache' });
      },
    ],
  ];
}

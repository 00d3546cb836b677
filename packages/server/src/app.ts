import { createAjv } from '@motcua/core';
import procedureSchema from '@motcua/core/procedure.schema.json' with { type: 'json' };
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config/config.js';
import type { Db } from './db/open-database.js';
import { ApiError } from './http/api-error.js';
import { CodedBodies, compression } from './http/compression.js';
import { errorResponse, methodNotAllowed, notFoundResponse } from './http/error-handler.js';
import { openApiDocument } from './http/openapi.js';
import { rateLimit } from './http/rate-limit.js';
import type { RouteSpec } from './http/route-spec.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { dossierCitizenRoutes } from './routes/dossier-citizen-routes.js';
import { dossierRoutes } from './routes/dossier-routes.js';
import { draftRoutes } from './routes/draft-routes.js';
import { agencyAdminRoutes } from './routes/admin/agency-admin-routes.js';
import { auditRoutes } from './routes/admin/audit-routes.js';
import { dossierActionRoutes } from './routes/admin/dossier-action-routes.js';
import { dossierAdminRoutes } from './routes/admin/dossier-admin-routes.js';
import { procedureAdminRoutes } from './routes/admin/procedure-admin-routes.js';
import { sessionRoutes } from './routes/admin/session-routes.js';
import { statisticsRoutes } from './routes/admin/statistics-routes.js';
import { TEMPLATES_PATH, templateAdminRoutes } from './routes/admin/template-admin-routes.js';
import { userRoutes } from './routes/admin/user-routes.js';
import { webhookRoutes } from './routes/admin/webhook-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { mountRoute, type AppEnv, type Handler } from './routes/mount-route.js';
import { BUILDER_APP, DOSSIER_FILE_CSP, DOSSIER_FILE_PATH, OFFICE_APP, officerAppRoutes } from './routes/officer-app-routes.js';
import { procedureRoutes } from './routes/procedure-routes.js';
import { quoteRoutes } from './routes/quote-routes.js';
import { staticRoutes } from './routes/static-routes.js';
import { taxonomyRoutes } from './routes/taxonomy-routes.js';
import { templateRoutes } from './routes/template-routes.js';
import { uploadRoutes } from './routes/upload-routes.js';
import { createServices, type Services } from './services/services.js';

const UPLOADS = '/api/v1/uploads';
/** The compiled-version cache's size: beyond it, versions compile on first use. */
const COMPILED_AT_START = 1000;
/** What the coded bodies of public responses may hold: the runtime, the officer apps and a few hundred validator modules. */
const CODED_BODIES_BYTES = 64 * 1024 * 1024;

/** Submissions, uploads and drafts: what a citizen writes, accepted only from agencies' sites and the server's own. */
function isCitizenWrite(path: string): boolean {
  return path === UPLOADS || path.startsWith('/api/v1/drafts') || /^\/api\/v1\/procedures\/[^/]+\/dossiers$/.test(path) || /^\/api\/v1\/dossiers\/[^/]+\/(supplement|rating|withdraw)$/.test(path);
}

const ADMIN = '/api/v1/admin/';

/**
 * The CORS answer for an origin: anyone may read the catalogue; only
 * registered origins (and the server's own) may write a citizen's data; the
 * officer API is for the server's own pages only.
 */
function allowedOrigin(origin: string, path: string, services: Services): string | null {
  const own = new URL(services.config.publicUrl).origin;
  if (path.startsWith(ADMIN)) return origin === own ? origin : null;
  if (!isCitizenWrite(path)) return '*';
  if (origin === own || services.agencies.isRegisteredOrigin(origin)) return origin;
  return null;
}

export interface AppOptions {
  db: Db;
  config: Config;
  /** The current instant; tests pass a fixed clock. */
  now?: () => Date;
}

const openApiSpec: RouteSpec = {
  method: 'get',
  path: '/api/v1/openapi.json',
  operationId: 'openApi',
  summary: 'This API’s OpenAPI 3.1 document',
  tags: ['operations'],
  responses: { 200: { description: 'The document.', schema: { type: 'object' } } },
};

/**
 * Builds the HTTP application around a database and a configuration; nothing
 * is global, so tests build as many apps as they need.
 */
export function createApp({ db, config, now }: AppOptions): Hono<AppEnv> {
  const services = createServices(db, config, now);
  // Compile the versions in force now (up to what the cache keeps), so no citizen's request pays for it.
  for (const { code } of services.search.find({ now: services.now().toISOString(), limit: COMPILED_AT_START, offset: 0 }).items) {
    const stored = services.procedures.versionInForce(code, services.now().toISOString());
    if (stored) services.compiled.get(stored);
  }
  services.statistics.ensureBuilt();
  const app = new Hono<AppEnv>();
  const ajv = createAjv();
  app.use('*', compression(new CodedBodies(CODED_BODIES_BYTES)));

  const headers = (contentSecurityPolicy: Record<string, string[]>) =>
    secureHeaders({
      // The catalogue, the runtime's script and validator modules are fetched from agencies' pages.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy,
    });
  const apiHeaders = headers({ defaultSrc: ["'none'"], frameAncestors: ["'none'"] });
  // The demo page runs under the strict policy agencies' pages use: nothing inline, nothing evaluated.
  const demoHeaders = headers({ defaultSrc: ["'self'"], scriptSrc: ["'self'"], connectSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], baseUri: ["'none'"], frameAncestors: ["'none'"] });
  // Each officer app's page runs under its own policy; its files and everything else under the API's.
  const pageHeaders = new Map([['/demo', demoHeaders], ...[BUILDER_APP, OFFICE_APP].map((officerApp) => [officerApp.page, headers(officerApp.csp)] as const)]);
  const dossierFileHeaders = headers(DOSSIER_FILE_CSP);
  app.use('*', (c, next) => (pageHeaders.get(c.req.path) ?? (DOSSIER_FILE_PATH.test(c.req.path) ? dossierFileHeaders : apiHeaders))(c, next));
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'body-too-large', {
          vi: `Nội dung gửi lên vượt quá ${maxSize} byte.`,
          en: `The request body is larger than ${maxSize} bytes.`,
        });
      },
    });
  const small = limit(config.bodyLimit);
  // A document (or a template) plus the multipart framing around it.
  const large = limit(config.uploadLimit + 64 * 1024);
  app.use('*', (c, next) => (c.req.path === UPLOADS || c.req.path === TEMPLATES_PATH ? large : small)(c, next));
  app.use('/api/v1/*', cors({ origin: (origin, c) => allowedOrigin(origin, c.req.path, services), allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], allowHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match', 'If-Match', 'Idempotency-Key', 'X-Dossier-Secret', 'Authorization'], exposeHeaders: ['ETag', 'Location', 'Idempotent-Replayed'], maxAge: 86400 }));
  const limiter = rateLimit(config.rateLimitPerMinute);
  const signIns = rateLimit(config.rateLimitPerMinute === 0 ? 0 : 10);
  app.use('/api/v1/*', (c, next) => (isCitizenWrite(c.req.path) ? limiter(c, next) : c.req.path === `${ADMIN}session` ? signIns(c, next) : next()));
  // Officers' writes come from the server's own pages: hono's csrf checks their Origin.
  app.use(`${ADMIN}*`, csrf({ origin: new URL(config.publicUrl).origin }));
  app.use('/api/v1/*', async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'OPTIONS' && isCitizenWrite(c.req.path) && origin && allowedOrigin(origin, c.req.path, services) === null) {
      throw new ApiError(403, 'origin-not-allowed', {
        vi: `Trang “${origin}” không được phép gửi hồ sơ; cơ quan cần đăng ký địa chỉ trang của mình.`,
        en: `The site “${origin}” may not submit dossiers; the agency must register its site.`,
      }, { origin });
    }
    await next();
  });

  const routes: [RouteSpec, Handler][] = [
    ...healthRoutes,
    ...staticRoutes,
    ...officerAppRoutes(BUILDER_APP),
    ...officerAppRoutes(OFFICE_APP),
    ...procedureRoutes,
    ...quoteRoutes,
    ...calendarRoutes,
    ...taxonomyRoutes,
    ...uploadRoutes,
    ...templateRoutes,
    ...dossierRoutes,
    ...dossierCitizenRoutes,
    ...draftRoutes,
    ...sessionRoutes,
    ...userRoutes,
    ...procedureAdminRoutes,
    ...agencyAdminRoutes(),
    ...dossierAdminRoutes,
    ...dossierActionRoutes,
    ...auditRoutes,
    ...statisticsRoutes,
    ...webhookRoutes,
    ...templateAdminRoutes,
  ];
  const specs = [...routes.map(([spec]) => spec), openApiSpec];
  const document = openApiDocument(specs, { title: 'Một Cửa API', version: '1', serverUrl: config.publicUrl }, { ProcedureDefinition: procedureSchema });
  for (const [spec, handler] of routes) mountRoute(app, spec, handler, services, ajv);
  mountRoute(app, openApiSpec, (c) => c.json(document), services, ajv);

  const wrongMethod = methodNotAllowed(specs);
  app.notFound((c) => wrongMethod(c) ?? notFoundResponse(c));
  app.onError((error, c) => errorResponse(c, error));
  return app;
}


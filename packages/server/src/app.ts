import { createAjv } from '@motcua/core';
import procedureSchema from '@motcua/core/procedure.schema.json' with { type: 'json' };
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { Config } from './config/config.js';
import type { Db } from './db/open-database.js';
import { ApiError } from './http/api-error.js';
import { errorResponse, notFoundResponse } from './http/error-handler.js';
import { openApiDocument } from './http/openapi.js';
import type { RouteSpec } from './http/route-spec.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { mountRoute, type AppEnv, type Handler } from './routes/mount-route.js';
import { procedureRoutes } from './routes/procedure-routes.js';
import { quoteRoutes } from './routes/quote-routes.js';
import { createServices } from './services/services.js';

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
  const app = new Hono<AppEnv>();
  const ajv = createAjv();

  app.use(
    '*',
    secureHeaders({
      // The catalogue, the runtime's script and validator modules are fetched from agencies' pages.
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: config.bodyLimit,
      onError: () => {
        throw new ApiError(413, 'body-too-large', {
          vi: `Nội dung gửi lên vượt quá ${config.bodyLimit} byte.`,
          en: `The request body is larger than ${config.bodyLimit} bytes.`,
        });
      },
    }),
  );
  // Reading the catalogue and asking for a quote are open to every website that embeds a form.
  app.use('/api/v1/*', cors({ origin: '*', allowMethods: ['GET', 'POST'], allowHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match'], exposeHeaders: ['ETag'], maxAge: 86400 }));

  const routes: [RouteSpec, Handler][] = [...healthRoutes, ...procedureRoutes, ...quoteRoutes, ...calendarRoutes];
  const specs = [...routes.map(([spec]) => spec), openApiSpec];
  const document = openApiDocument(specs, { title: 'Một Cửa API', version: '1', serverUrl: config.publicUrl }, { ProcedureDefinition: procedureSchema });
  for (const [spec, handler] of routes) mountRoute(app, spec, handler, services, ajv);
  mountRoute(app, openApiSpec, (c) => c.json(document), services, ajv);

  app.notFound(notFoundResponse);
  app.onError((error, c) => errorResponse(c, error));
  return app;
}


import type { Ajv2020 } from '@motcua/core';
import type { Context, Hono } from 'hono';
import { requireOfficer } from '../auth/authenticate.js';
import { ApiError } from '../http/api-error.js';
import { requestValidator, type ValidRequest } from '../http/request-validator.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Services } from '../services/services.js';

export type AppEnv = { Variables: Record<string, never> };
export type Handler = (c: Context<AppEnv>, request: ValidRequest, services: Services) => Response | Promise<Response>;

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', { vi: 'Nội dung gửi lên phải là JSON (Content-Type: application/json).', en: 'The request body must be JSON (Content-Type: application/json).' });
  }
  try {
    return await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid-json', { vi: 'Nội dung gửi lên không phải là JSON hợp lệ.', en: 'The request body is not valid JSON.' });
  }
}

/** Registers a route on the app with its request checks compiled once. */
export function mountRoute(app: Hono<AppEnv>, spec: RouteSpec, handler: Handler, services: Services, ajv: Ajv2020): void {
  const validate = requestValidator(spec, ajv);
  app.on(spec.method.toUpperCase(), spec.path, async (c) => {
    // Who asks is settled before what is asked: an anonymous caller learns nothing from validation errors.
    const auth = spec.auth ? requireOfficer(c, services, spec.auth) : undefined;
    const request = await validate(c, () => readJson(c));
    if (auth) request.auth = auth;
    return handler(c, request, services);
  });
}

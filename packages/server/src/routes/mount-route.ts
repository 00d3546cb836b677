import type { Ajv2020 } from '@motcua/core';
import type { Context, Hono } from 'hono';
import { requireOfficer } from '../auth/authenticate.js';
import { readJson } from '../http/read-json.js';
import { requestValidator, type ValidRequest } from '../http/request-validator.js';
import type { RouteSpec } from '../http/route-spec.js';
import type { Services } from '../services/services.js';

export type AppEnv = { Variables: Record<string, never> };
export type Handler = (c: Context<AppEnv>, request: ValidRequest, services: Services) => Response | Promise<Response>;

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

import { createAjv, localizeErrors, type Ajv2020, type ValidationIssue } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import type { Context } from 'hono';
import { invalidRequest } from './api-error.js';
import type { JsonSchema, RouteSpec } from './route-spec.js';

export interface ValidRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Query text becomes the type the schema declares; what does not convert stays text and fails validation. */
function convertQuery(schema: JsonSchema, raw: Record<string, string>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const type = properties[name]?.type;
    if (type === 'integer' && /^-?[0-9]{1,15}$/.test(value)) out[name] = Number(value);
    else if (type === 'boolean' && (value === 'true' || value === 'false')) out[name] = value === 'true';
    else out[name] = value;
  }
  return out;
}

function prefixed(issues: ValidationIssue[], where: string): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: `/${where}${issue.path}` }));
}

/**
 * Compiles a route's schemas once, at app creation, and returns the check
 * each request goes through. Bodies must be JSON; anything else is a 415.
 */
export function requestValidator(spec: RouteSpec, ajv: Ajv2020 = createAjv()) {
  const compile = (schema: JsonSchema | undefined): ValidateFunction | undefined => (schema ? ajv.compile(schema) : undefined);
  const params = compile(spec.params);
  const query = compile(spec.query);
  const body = compile(spec.body);
  return async (c: Context, readBody: () => Promise<unknown>): Promise<ValidRequest> => {
    const issues: ValidationIssue[] = [];
    const valid: ValidRequest = { params: c.req.param() as Record<string, string>, query: {}, body: undefined };
    if (params && !params(valid.params)) issues.push(...prefixed(localizeErrors(params.errors ?? []), 'params'));
    if (query) {
      valid.query = convertQuery(spec.query as JsonSchema, c.req.query());
      if (!query(valid.query)) issues.push(...prefixed(localizeErrors(query.errors ?? []), 'query'));
    }
    if (body) {
      valid.body = await readBody();
      if (!body(valid.body)) issues.push(...prefixed(localizeErrors(body.errors ?? []), 'body'));
    }
    if (issues.length > 0) throw invalidRequest(issues);
    return valid;
  };
}

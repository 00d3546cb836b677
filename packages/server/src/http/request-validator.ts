import { createAjv, localizeErrors, type Ajv2020, type ValidationIssue } from '@motcua/core';
import type { ValidateFunction } from 'ajv';
import type { Context } from 'hono';
import type { Authenticated } from '../auth/authenticate.js';
import { ApiError, invalidRequest } from './api-error.js';
import type { JsonSchema, RouteSpec } from './route-spec.js';

export interface ValidRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  /** The file of a multipart body. */
  file?: File;
  /** The signed-in officer, on officer routes. */
  auth?: Authenticated;
}

/** Query text becomes the type the schema declares; what does not convert stays text and fails validation. */
/**
 * Text parameters become the type the schema declares; what does not convert
 * stays text and fails validation. Members are defined, not assigned, so a
 * parameter named `__proto__` is an own (and so an unknown) member.
 */
function convertQuery(schema: JsonSchema, raw: Iterable<[string, string]>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const out: Record<string, unknown> = {};
  for (const [name, value] of raw) {
    const type = Object.hasOwn(properties, name) ? properties[name]?.type : undefined;
    const converted = type === 'integer' && /^-?[0-9]{1,15}$/.test(value) ? Number(value) : type === 'boolean' && (value === 'true' || value === 'false') ? value === 'true' : value;
    Object.defineProperty(out, name, { value: converted, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

async function readMultipart(c: Context): Promise<FormData> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ApiError(415, 'unsupported-media-type', { vi: 'Tệp phải được gửi dưới dạng multipart/form-data.', en: 'Files must be sent as multipart/form-data.' });
  }
  try {
    return await c.req.formData();
  } catch {
    throw new ApiError(400, 'invalid-multipart', { vi: 'Nội dung multipart không đọc được.', en: 'The multipart body cannot be read.' });
  }
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
  const fields = compile(spec.multipart?.fields);
  return async (c: Context, readBody: () => Promise<unknown>): Promise<ValidRequest> => {
    const issues: ValidationIssue[] = [];
    const valid: ValidRequest = { params: c.req.param() as Record<string, string>, query: {}, body: undefined };
    if (params && !params(valid.params)) issues.push(...prefixed(localizeErrors(params.errors ?? []), 'params'));
    if (query) {
      valid.query = convertQuery(spec.query as JsonSchema, new URL(c.req.url).searchParams.entries());
      if (!query(valid.query)) issues.push(...prefixed(localizeErrors(query.errors ?? []), 'query'));
    }
    if (body) {
      valid.body = await readBody();
      if (!body(valid.body)) issues.push(...prefixed(localizeErrors(body.errors ?? []), 'body'));
    }
    if (spec.multipart && fields) {
      const form = await readMultipart(c);
      const text: [string, string][] = [];
      const seen = new Set<string>();
      const files: File[] = [];
      for (const [name, value] of form.entries()) {
        if (seen.has(name)) issues.push({ path: `/form/${name}`, code: 'duplicate', message: { vi: `Trường “${name}” được gửi hai lần.`, en: `The field “${name}” is sent twice.` } });
        seen.add(name);
        if (name === spec.multipart.file) {
          if (typeof value === 'string') issues.push({ path: `/form/${name}`, code: 'type', message: { vi: `Trường “${name}” phải là một tệp.`, en: `The field “${name}” must be a file.` } });
          else files.push(value);
        } else if (typeof value === 'string') text.push([name, value]);
        else issues.push({ path: `/form/${name}`, code: 'type', message: { vi: `Trường “${name}” phải là văn bản.`, en: `The field “${name}” must be text.` } });
      }
      valid.body = convertQuery(spec.multipart.fields, text);
      if (!fields(valid.body)) issues.push(...prefixed(localizeErrors(fields.errors ?? []), 'form'));
      const [file] = files;
      if (file && files.length === 1) valid.file = file;
      else if (!seen.has(spec.multipart.file)) issues.push({ path: `/form/${spec.multipart.file}`, code: 'required', message: { vi: `Vui lòng đính kèm một tệp ở trường “${spec.multipart.file}”.`, en: `Attach one file in the field “${spec.multipart.file}”.` } });
    }
    if (issues.length > 0) throw invalidRequest(issues);
    return valid;
  };
}

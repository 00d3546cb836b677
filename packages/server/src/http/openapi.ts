import type { JsonSchema, RouteSpec } from './route-spec.js';

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
      required: ['code', 'message', 'details'],
    },
  },
  required: ['error'],
};

function parameters(schema: JsonSchema | undefined, where: 'path' | 'query') {
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema?.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
    schema: property,
  }));
}

/** The OpenAPI 3.1 document of a set of routes, from the very schemas that validate them. */
export function openApiDocument(
  specs: readonly RouteSpec[],
  info: { title: string; version: string; serverUrl: string },
  schemas: Record<string, JsonSchema> = {},
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: spec.tags,
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query'), { name: 'Accept-Language', in: 'header', required: false, description: 'vi (default) or en: the language of messages.', schema: { type: 'string' } }],
      responses: Object.fromEntries([
        ...Object.entries(spec.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema ? { content: { [response.contentType ?? 'application/json']: { schema: response.schema } } } : {}),
          },
        ]),
        ['default', { description: 'An error, in the caller’s language.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }],
      ]),
    };
    if (spec.auth) operation.security = [{ session: [] }, { bearer: [] }];
    if (spec.body) operation.requestBody = { required: true, content: { 'application/json': { schema: spec.body } } };
    if (spec.multipart) {
      const { fields, file } = spec.multipart;
      const schema = { ...fields, properties: { ...(fields.properties as object), [file]: { type: 'string', contentMediaType: 'application/octet-stream' } }, required: [...((fields.required as string[] | undefined) ?? []), file] };
      operation.requestBody = { required: true, content: { 'multipart/form-data': { schema } } };
    }
    paths[path] = { ...paths[path], [spec.method]: operation };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: { title: info.title, version: info.version },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      schemas: { ...schemas, Error: ERROR_SCHEMA },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'motcua_session', description: 'The officer apps’ session, set by POST /api/v1/admin/session.' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A machine client’s token, made by POST /api/v1/admin/tokens.' },
      },
    },
  };
}

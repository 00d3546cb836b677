/** A JSON Schema object, as ajv validates it and as OpenAPI 3.1 publishes it. */
export type JsonSchema = Record<string, unknown>;

/**
 * What a route accepts and answers. The same schemas validate requests (with
 * core's ajv) and build the OpenAPI document, so the two cannot drift apart.
 */
export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Hono's path syntax: `/api/v1/procedures/:code`. */
  path: string;
  operationId: string;
  summary: string;
  tags: string[];
  /** Path parameters: an object schema whose properties are strings. */
  params?: JsonSchema;
  /** Query parameters: an object schema; integer and boolean members are converted from text before validation. */
  query?: JsonSchema;
  body?: JsonSchema;
  /**
   * A multipart/form-data body: the schema of its text fields (converted like
   * query parameters) and the name of its one file field.
   */
  multipart?: { fields: JsonSchema; file: string };
  responses: Record<number, { description: string; schema?: JsonSchema; contentType?: string }>;
  /** Officer routes: the roles allowed (empty: any signed-in officer). Absent: a public route. */
  auth?: readonly ('admin' | 'reform-officer' | 'agency-officer')[];
}

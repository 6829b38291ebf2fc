import type { JsonSchema } from './json-schema.js';
import { isRecord } from '../../support/value-guards.js';

/** One operation of the API, as the fuzzer needs it. */
export interface RouteOperation {
  /** Upper case: `GET`, `POST`, ... */
  readonly method: string;
  /** The OpenAPI path, parameters in braces: `/api/v1/watchlists/{id}`. */
  readonly pathTemplate: string;
  /** Path parameter names in the order they appear in the template. */
  readonly parameterNames: readonly string[];
  /** Schema of each path parameter (`{}` when the document gives none). */
  readonly pathParameters: Readonly<Record<string, JsonSchema>>;
  /** The query string as one object schema (properties and required keys), or null when the route takes no query. */
  readonly querySchema: JsonSchema | null;
  /** Schema of the JSON body, or null when the route declares none. */
  readonly bodySchema: JsonSchema | null;
  readonly bodyRequired: boolean;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const MAX_REF_DEPTH = 20;

/** The schema with local `$ref`s (`#/components/schemas/...`) replaced by what they point to; cycles end in `{}`. */
function resolveRefs(value: unknown, document: Record<string, unknown>, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveRefs(item, document, depth));
  if (!isRecord(value)) return value;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    if (depth >= MAX_REF_DEPTH || !ref.startsWith('#/')) return {};
    let target: unknown = document;
    for (const part of ref.slice(2).split('/')) target = isRecord(target) ? target[part.replaceAll('~1', '/').replaceAll('~0', '~')] : undefined;
    return resolveRefs(target ?? {}, document, depth + 1);
  }
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveRefs(item, document, depth)]));
}

function schemaOf(value: unknown, document: Record<string, unknown>): JsonSchema {
  const resolved = resolveRefs(value, document);
  return isRecord(resolved) ? (resolved as JsonSchema) : {};
}

function jsonBody(operation: Record<string, unknown>, document: Record<string, unknown>): { schema: JsonSchema | null; required: boolean } {
  const body = resolveRefs(operation.requestBody, document);
  if (!isRecord(body) || !isRecord(body.content)) return { schema: null, required: false };
  const media = body.content['application/json'] ?? Object.values(body.content)[0];
  const schema = isRecord(media) && media.schema !== undefined ? schemaOf(media.schema, document) : null;
  return { schema, required: body.required === true };
}

/**
 * Every operation under `prefix` (default `/api/v1`) of an OpenAPI 3 document, such as the one
 * `app.swagger()` returns: method, path template, path parameters, the query as an object schema and the body
 * schema. `/ws` is left out: it is not HTTP, and the WebSocket fuzzer covers it.
 */
export function routeCatalog(openApiDocument: unknown, prefix = '/api/v1'): RouteOperation[] {
  if (!isRecord(openApiDocument) || !isRecord(openApiDocument.paths)) throw new TypeError('routeCatalog needs an OpenAPI document with "paths"');
  const operations: RouteOperation[] = [];
  for (const [path, item] of Object.entries(openApiDocument.paths)) {
    if (!(path === prefix || path.startsWith(`${prefix}/`)) || path === '/ws' || !isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const parameters = [...shared, ...(Array.isArray(operation.parameters) ? operation.parameters : [])]
        .map((parameter) => resolveRefs(parameter, openApiDocument))
        .filter(isRecord);
      const pathParameters: Record<string, JsonSchema> = {};
      const queryProperties: Record<string, JsonSchema> = {};
      const queryRequired: string[] = [];
      for (const parameter of parameters) {
        if (typeof parameter.name !== 'string') continue;
        const schema = schemaOf(parameter.schema, openApiDocument);
        if (parameter.in === 'path') pathParameters[parameter.name] = schema;
        if (parameter.in === 'query') {
          queryProperties[parameter.name] = schema;
          if (parameter.required === true) queryRequired.push(parameter.name);
        }
      }
      const parameterNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      for (const name of parameterNames) pathParameters[name] ??= {};
      const body = jsonBody(operation, openApiDocument);
      operations.push({
        method: method.toUpperCase(),
        pathTemplate: path,
        parameterNames,
        pathParameters,
        querySchema: Object.keys(queryProperties).length > 0 ? { type: 'object', properties: queryProperties, required: queryRequired } : null,
        bodySchema: body.schema,
        bodyRequired: body.required,
      });
    }
  }
  return operations;
}

import fc, { type JsonValue } from 'fast-check';
import { hostileJson } from './hostile-json.js';
import { hostileString } from './hostile-string.js';
import { percentEncode } from './percent-encode.js';
import type { RouteOperation } from './route-catalog.js';
import { valueForSchema } from './value-for-schema.js';

/** One request to send with `app.inject`. */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Text, or bytes when the body is deliberately not valid UTF-8. */
  readonly payload?: string | Buffer;
}

/** Path, query and body values known to exist (ids of seeded rows, `AAPL`), by parameter name. */
export type KnownValues = Readonly<Record<string, readonly string[]>>;

interface BodyPart {
  readonly headers: Readonly<Record<string, string>>;
  readonly payload?: string | Buffer;
}

const JSON_TYPE = 'application/json';
const MAX_REPEATED_KEYS = 500;
/**
 * Longest path or query sent, in characters. Node refuses request heads over 16 KB, so longer URLs only reach the
 * app through `inject`; past this they test nothing new and only slow the run (a mutated query reached 50 MB).
 */
const MAX_URL_PART = 120_000;

/** Content types a JSON route should refuse or parse with care. */
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/vnd.api+json',
  'application/jsonx',
  'json',
  '*/*',
];

/** Bodies sent as `application/json` that are not JSON, or are JSON with a trap in them (duplicate or prototype keys, a BOM, huge depth). */
const RAW_JSON_TEXTS = [
  '{',
  '}',
  '{"a":',
  '[',
  'nul',
  "{'a':1}",
  'NaN',
  'undefined',
  '{"a":1,"a":2}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '\uFEFF{}',
  '{}garbage',
  '{"a":"\\ud800"}',
  '{"a":1e999}',
  '{"a":"\\u0000"}',
  '['.repeat(10_000),
  '['.repeat(10_000) + ']'.repeat(10_000),
  '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000),
  `"${'a'.repeat(100_000)}"`,
  '0',
  '""',
  'null',
  '   ',
];

/** Bodies that are not valid UTF-8: a stray byte, an overlong slash, a UTF-16 surrogate encoded as UTF-8. */
const INVALID_UTF8_BODIES = [Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), Buffer.from([0x7b, 0x22, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]), Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22])];

/** Query strings whose syntax itself is the attack: broken escapes, duplicate and bracketed keys, prototype keys, 5,000 parameters. */
const RAW_QUERIES = [
  '?%',
  '?%zz=1',
  '?a=%ED%A0%80',
  '?%00=%00',
  '?limit=1&limit=2',
  '?limit[]=1',
  '?limit[$gt]=0',
  '?__proto__[polluted]=1',
  '?constructor[prototype][polluted]=1',
  '?__proto__=1',
  `?${'a=1&'.repeat(5_000)}`,
  '?limit',
  '?=',
  '?&&&',
  '?;limit=1',
  '??limit=1',
  '?limit=%2B1',
  '?limit=1%00',
  '?symbols=AAPL%2C%2C%2C',
];

/** Path segments sent without further encoding: malformed or doubly encoded escapes and dot segments. */
const RAW_SEGMENTS = ['%', '%zz', '%ED%A0%80', '%C0%AE%C0%AE%2F', '..%2F..%2Fetc%2Fpasswd', '%00', '%2e%2e', '%252e%252e%252f', '.', '..', ';x=1', '%20', '%u002e'];

/** Text that may go into a header: printable ASCII only, since no HTTP client can send anything else. */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 2_000);
}

/** The value as request text, at most 100 KB: a schema mutation can make megabytes of JSON out of an array. */
function asText(value: JsonValue): string {
  return (typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 100_000);
}

/** The value as a query string: arrays repeat the key, objects go as JSON, anything but an object is one bare text. */
function serializeQuery(value: JsonValue): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `?${percentEncode(asText(value))}`.slice(0, MAX_URL_PART);
  const pairs: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    // Node refuses request heads over 16 KB anyway; a million-character URL only slows the run down.
    const items = Array.isArray(item) ? item.slice(0, MAX_REPEATED_KEYS) : [item];
    for (const single of items) pairs.push(`${percentEncode(key)}=${percentEncode(asText(single ?? null))}`);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`.slice(0, MAX_URL_PART);
}

const BODY_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function pathFrom(operation: RouteOperation, segments: readonly fc.Arbitrary<string>[]): fc.Arbitrary<string> {
  return fc.tuple(...segments).map((values) => {
    let index = 0;
    return operation.pathTemplate.replace(/\{[^}]+\}/g, () => (values[index++] ?? '').slice(0, MAX_URL_PART));
  });
}

/** Path parameters the route should accept: values known to exist, or values fitting the parameter's schema. */
function plausiblePath(operation: RouteOperation, known: KnownValues): fc.Arbitrary<string> {
  return pathFrom(
    operation,
    operation.parameterNames.map((name) => {
      const values = known[name] ?? [];
      const fitting = valueForSchema(operation.pathParameters[name] ?? {}, { brokenShare: 0 }).map(asText);
      return (values.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fitting }) : fitting).map(percentEncode);
    }),
  );
}

/** One path parameter hostile (percent-encoded, or a raw malformed escape), the others plausible. */
function hostilePath(operation: RouteOperation, known: KnownValues): fc.Arbitrary<string> {
  const names = operation.parameterNames;
  return fc.constantFrom(...names).chain((target) =>
    pathFrom(
      operation,
      names.map((name) => {
        if (name !== target) {
          const values = known[name] ?? [];
          return values.length > 0 ? fc.constantFrom(...values).map(percentEncode) : valueForSchema(operation.pathParameters[name] ?? {}, { brokenShare: 0 }).map((value) => percentEncode(asText(value)));
        }
        const hostile = fc.oneof(valueForSchema(operation.pathParameters[name] ?? {}, { brokenShare: 1 }).map(asText), hostileString()).map(percentEncode);
        return fc.oneof({ weight: 8, arbitrary: hostile }, { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) });
      }),
    ),
  );
}

/** A query the route should accept: none, or one fitting its schema. */
function plausibleQuery(operation: RouteOperation): fc.Arbitrary<string> {
  const schema = operation.querySchema;
  return schema === null ? fc.constant('') : fc.oneof(fc.constant(''), valueForSchema(schema, { brokenShare: 0 }).map(serializeQuery));
}

/** A query with something wrong: a broken schema value, hostile pairs added, or broken query syntax. */
function hostileQuery(operation: RouteOperation): fc.Arbitrary<string> {
  const schema = operation.querySchema;
  const names = Object.keys(schema?.properties ?? {});
  const hostilePairs = fc.array(fc.tuple(names.length > 0 ? fc.oneof(fc.constantFrom(...names), hostileString()) : hostileString(), hostileString()), { minLength: 1, maxLength: 4 });
  const pairsText = (pairs: readonly (readonly [string, string])[]): string => pairs.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
  return fc.oneof(
    { weight: schema === null ? 0 : 3, arbitrary: schema === null ? fc.constant('') : valueForSchema(schema, { brokenShare: 1 }).map(serializeQuery) },
    { weight: 2, arbitrary: fc.tuple(plausibleQuery(operation), hostilePairs).map(([query, pairs]) => `${query === '' ? '?' : `${query}&`}${pairsText(pairs)}`.slice(0, MAX_URL_PART)) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
  );
}

function asJson(value: JsonValue, contentType = JSON_TYPE): BodyPart {
  return { headers: { 'content-type': contentType }, payload: JSON.stringify(value) };
}

/** The body the route should accept: JSON fitting its schema (none when it declares none). */
function plausibleBody(operation: RouteOperation): fc.Arbitrary<BodyPart> {
  if (!BODY_METHODS.includes(operation.method) || operation.bodySchema === null) return fc.constant({ headers: {} });
  return valueForSchema(operation.bodySchema, { brokenShare: 0 }).map((value) => asJson(value));
}

/** A body with something wrong: JSON breaking the schema in one place, hostile JSON, text that is not JSON or not UTF-8, a wrong or missing content type. */
function hostileBody(operation: RouteOperation): fc.Arbitrary<BodyPart> {
  const json = operation.bodySchema === null ? hostileJson(20) : valueForSchema(operation.bodySchema, { brokenShare: 0.5 });
  return fc.oneof(
    { weight: operation.bodySchema === null ? 0 : 5, arbitrary: json.map((value) => asJson(value)) },
    { weight: 2, arbitrary: hostileJson(200).map((value) => asJson(value)) },
    { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...RAW_JSON_TEXTS), hostileString()).map((text): BodyPart => ({ headers: { 'content-type': JSON_TYPE }, payload: text })) },
    { weight: 1, arbitrary: fc.constantFrom(...INVALID_UTF8_BODIES).map((bytes): BodyPart => ({ headers: { 'content-type': JSON_TYPE }, payload: bytes })) },
    { weight: 2, arbitrary: fc.tuple(json, fc.oneof(fc.constantFrom(...WRONG_CONTENT_TYPES), hostileString().map(headerSafe))).map(([value, type]) => asJson(value, type)) },
    { weight: 1, arbitrary: json.map((value): BodyPart => ({ headers: {}, payload: JSON.stringify(value) })) },
    { weight: 1, arbitrary: fc.constant<BodyPart>({ headers: {} }) },
  );
}

/** Odd headers the app reads: the request id it echoes, what the client accepts. */
const hostileHeaders: fc.Arbitrary<Readonly<Record<string, string>>> = fc.oneof(
  hostileString().map((text) => ({ 'x-request-id': headerSafe(text) })),
  fc.constantFrom('text/html', 'application/xml', '*/*;q=0', 'application/json;q=0', 'x'.repeat(8_000)).map((accept) => ({ accept })),
);

type Target = 'none' | 'path' | 'query' | 'body' | 'headers';

/**
 * Requests for one operation, each attacking one part and keeping the others plausible, so the attack reaches the
 * code behind that part instead of bouncing off the first validation error: hostile path parameters
 * (percent-encoded, now and then raw malformed escapes); queries breaking the schema, carrying hostile pairs or
 * breaking query syntax; for methods with a body, JSON breaking the schema somewhere, hostile JSON, raw text that is
 * not JSON, invalid UTF-8, wrong or missing content types; hostile headers. A fifth of the requests attack nothing:
 * values fitting every schema, which drive the handlers themselves. `headers` (e.g. `authorization`) go on every request.
 */
export function fuzzRequest(operation: RouteOperation, options: { readonly knownValues?: KnownValues; readonly headers?: Readonly<Record<string, string>> } = {}): fc.Arbitrary<FuzzRequest> {
  const known = options.knownValues ?? {};
  const hasBody = BODY_METHODS.includes(operation.method);
  const targets = fc.oneof(
    { weight: 2, arbitrary: fc.constant<Target>('none') },
    { weight: operation.parameterNames.length > 0 ? 2 : 0, arbitrary: fc.constant<Target>('path') },
    { weight: 2, arbitrary: fc.constant<Target>('query') },
    { weight: hasBody ? 4 : 0, arbitrary: fc.constant<Target>('body') },
    { weight: 1, arbitrary: fc.constant<Target>('headers') },
  );
  return targets.chain((target) =>
    fc
      .tuple(
        target === 'path' ? hostilePath(operation, known) : plausiblePath(operation, known),
        target === 'query' ? hostileQuery(operation) : plausibleQuery(operation),
        target === 'body' ? hostileBody(operation) : plausibleBody(operation),
        target === 'headers' ? hostileHeaders : fc.constant({}),
      )
      .map(([path, query, body, extra]) => ({
        method: operation.method,
        url: path + query,
        headers: { ...options.headers, ...extra, ...body.headers },
        ...(body.payload === undefined ? {} : { payload: body.payload }),
      })),
  );
}

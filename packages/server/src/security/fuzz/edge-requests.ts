import type { FuzzRequest, KnownValues } from './fuzz-request.js';
import { percentEncode } from './percent-encode.js';
import type { RouteOperation } from './route-catalog.js';

const HUGE = 'A'.repeat(100_000);
const PATH_VALUES = [HUGE, "' OR 1=1 --", '\uD800', '../../etc/passwd', '%00'];
const QUERY_VALUES = [HUGE, "' OR 1=1 --", '__proto__', '1e309', '-1e309', '9'.repeat(400), '0.0000001'];
const DEEP_JSON = `${'['.repeat(200)}1${']'.repeat(200)}`;

/** A value a path parameter accepts, so the other parts of the request are what gets tested. */
function plausible(operation: RouteOperation, name: string, known: KnownValues): string {
  const first = known[name]?.[0];
  if (first !== undefined) return first;
  return operation.pathParameters[name]?.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'AAPL';
}

function urlWith(operation: RouteOperation, values: Readonly<Record<string, string>>, query = ''): string {
  return operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => percentEncode(values[name] ?? '')) + query;
}

/**
 * The same few hostile requests for every operation, whatever the random sample holds: each path parameter as a
 * 100 KB string, an injection, a lone surrogate, a traversal; every query parameter at once as each of those, and
 * repeated; and for methods with a body, a broken JSON text, an empty JSON body, JSON 200 levels deep, JSON sent
 * as text/plain and without a content type, and bytes that are not UTF-8.
 */
export function edgeRequests(operation: RouteOperation, options: { readonly knownValues?: KnownValues; readonly headers?: Readonly<Record<string, string>> } = {}): FuzzRequest[] {
  const known = options.knownValues ?? {};
  const headers = options.headers ?? {};
  const base = Object.fromEntries(operation.parameterNames.map((name) => [name, plausible(operation, name, known)]));
  const requests: FuzzRequest[] = [];
  const add = (url: string, extra: Partial<FuzzRequest> = {}): void => {
    requests.push({ method: operation.method, url, headers: { ...headers, ...extra.headers }, ...(extra.payload === undefined ? {} : { payload: extra.payload }) });
  };
  for (const name of operation.parameterNames) {
    for (const value of PATH_VALUES) add(urlWith(operation, { ...base, [name]: value }));
  }
  const queryNames = Object.keys(operation.querySchema?.properties ?? {});
  if (queryNames.length > 0) {
    for (const value of QUERY_VALUES) add(urlWith(operation, base, `?${queryNames.map((name) => `${name}=${percentEncode(value)}`).join('&')}`));
    add(urlWith(operation, base, `?${queryNames.map((name) => `${name}=1&${name}=2`).join('&')}`));
  }
  if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(operation.method)) {
    const url = urlWith(operation, base);
    const json = { 'content-type': 'application/json' };
    add(url, { headers: json, payload: '{' });
    add(url, { headers: json, payload: '' });
    add(url, { headers: json, payload: DEEP_JSON });
    add(url, { headers: { 'content-type': 'text/plain' }, payload: '{}' });
    add(url, { payload: '{}' });
    add(url, { headers: json, payload: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d]) });
  }
  return requests;
}

import type { LocalApiServer, ReceivedRequest } from '../../test-support/local-api-server.test-support.js';

/** `/path?a=1&b=2` as the local server received it, for asserting exactly what a provider asked. */
export function requestLine(request: ReceivedRequest): string {
  const query = request.query.toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}

/** The request lines `server` received from index `start` on. */
export function requestLinesSince(server: LocalApiServer, start: number): string[] {
  return server.requests.slice(start).map(requestLine);
}

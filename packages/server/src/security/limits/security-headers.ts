import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

// A host header fit to be copied into the policy: a name or IPv4 address, or a bracketed IPv6
// address, with an optional port. Anything else (a `;` in particular) could inject directives.
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `ws://host wss://host` of the page's own host, for the dashboard's live updates on `/ws`. */
function sameHostWebSockets(request: IncomingMessage): string {
  const host = request.headers.host;
  return host !== undefined && PLAIN_HOST.test(host) ? `ws://${host} wss://${host}` : '';
}

/**
 * Sets helmet's headers on every response, with a Content-Security-Policy both the built
 * dashboard and Swagger UI at `/docs` run under:
 *
 * - scripts only from the server itself: the Vite build and Swagger UI (5.x: bundle, preset and
 *   initializer are all files) have no inline script, so neither `'unsafe-inline'` nor nonces;
 * - styles from the server plus inline ones: MUI (emotion) injects `<style>` elements at run time
 *   and the pages carry `style` attributes. CSP nonces are deliberately not enabled: a nonce in
 *   `style-src` makes browsers ignore `'unsafe-inline'`, which would break those styles;
 * - images from the server and `data:` URIs (Swagger UI's icons are data: SVGs in its CSS);
 * - `connect-src 'self'` plus `ws:`/`wss:` of the request's own host, spelled out because older
 *   Safari versions do not let `'self'` cover WebSocket URLs;
 * - no plugins, no framing by other sites (`frame-ancestors 'self'` and `X-Frame-Options: SAMEORIGIN`),
 *   forms and `<base>` limited to the server.
 *
 * Two of helmet's defaults are turned off on purpose, because a default install is plain HTTP on
 * localhost or a LAN address. `upgrade-insecure-requests` would make the browser fetch the
 * dashboard's own scripts over https from a LAN address that only speaks http, so the page would
 * not load. `Strict-Transport-Security` is ignored over plain HTTP anyway, but once sent over HTTPS
 * (say through a TLS proxy on localhost) browsers pin the whole host, `includeSubDomains` and all,
 * to HTTPS for a year; that is the decision of whoever terminates TLS, so the proxy should send it.
 *
 * Install on the root app before registering routes, so that every route and the not-found answer carry the
 * headers. The middleware is built once: `@fastify/helmet` built a new one (parsing every directive again) for each
 * request, which took about 5 % of a node's CPU under load.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'base-uri': ["'self'"],
        'connect-src': ["'self'", sameHostWebSockets],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'script-src': ["'self'"],
        'script-src-attr': ["'none'"],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    setHeaders(request.raw, reply.raw, (error?: unknown) => done(error === undefined ? undefined : error instanceof Error ? error : new Error(String(error))));
  });
}

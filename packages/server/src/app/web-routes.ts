import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ENGINE_VERSION } from '@goldensignals/engine';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Options of {@link webRoutes}. */
export interface WebRoutesOptions {
  /** Folder with the built dashboard (`packages/web/dist`); a built-in page is served when absent. */
  readonly webRoot?: string;
}

const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GoldenSignals</title></head>
<body style="background:#0b0e14;color:#d1d4dc;font-family:system-ui,sans-serif"><h1>GoldenSignals</h1>
<p>Signal engine ${ENGINE_VERSION} is installed. The dashboard has not been built: run <code>npm run build</code>.</p>
<p>The API is at <a style="color:#f0b90b" href="/docs">/docs</a>.</p></body></html>`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Sends the dashboard's index page (or the built-in one): the single-page app routes on the client. */
export function sendIndexPage(reply: FastifyReply, webRoot: string | undefined): FastifyReply {
  const indexFile = webRoot ? join(webRoot, 'index.html') : undefined;
  const html = indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : FALLBACK_PAGE;
  return reply.type('text/html; charset=utf-8').send(html);
}

/** The dashboard: `/` and its hashed assets under `/assets/`. Other page paths fall back to `/` (see the not-found handler). */
export async function webRoutes(app: FastifyInstance, options: WebRoutesOptions): Promise<void> {
  const hidden = { hide: true };
  app.get('/', { schema: hidden }, async (_request, reply) => sendIndexPage(reply, options.webRoot));

  app.get<{ Params: { file: string } }>('/assets/:file', { schema: hidden }, async (request, reply) => {
    const { file } = request.params;
    // Only plain file names: no separators, so nothing outside the assets folder can be named.
    if (!options.webRoot || !/^[\w.-]+$/.test(file)) return reply.code(404).send({ code: 'GS_ERR_NOT_FOUND', message: 'no such asset' });
    const path = join(options.webRoot, 'assets', file);
    if (!existsSync(path)) return reply.code(404).send({ code: 'GS_ERR_NOT_FOUND', message: `no asset ${file}` });
    // Vite names assets by content hash, so they never change under a name.
    return reply
      .type(TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(readFileSync(path));
  });
}

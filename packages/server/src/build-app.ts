import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_VERSION } from '@goldensignals/engine';
import Fastify, { type FastifyInstance } from 'fastify';

/** Server configuration; the server issue grows this into the validated config of DESIGN.md. */
export interface ServerConfig {
  /** Folder with the built dashboard (`packages/web/dist`); a built-in page is served when absent. */
  readonly webRoot?: string;
  readonly logger?: boolean;
}

const FALLBACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>GoldenSignals</title></head>
<body style="background:#0b0e14;color:#d1d4dc;font-family:system-ui,sans-serif"><h1>GoldenSignals</h1>
<p>Signal engine ${ENGINE_VERSION} is installed. The dashboard has not been built: run <code>npm run build</code>.</p></body></html>`;

/** Builds the Fastify app without listening; tests use `inject()`. */
export function buildApp(config: ServerConfig = {}): FastifyInstance {
  const app = Fastify({ logger: config.logger ?? false });
  const indexFile = config.webRoot ? join(config.webRoot, 'index.html') : undefined;

  app.get('/health', async () => ({ status: 'ok', engineVersion: ENGINE_VERSION }));

  app.get('/', async (_request, reply) => {
    const html = indexFile && existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : FALLBACK_PAGE;
    return reply.type('text/html; charset=utf-8').send(html);
  });

  app.get('/assets/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    if (!config.webRoot || !/^[\w.-]+$/.test(file)) return reply.code(404).send({ code: 'GS_ERR_NOT_FOUND', message: 'no such asset' });
    const path = join(config.webRoot, 'assets', file);
    if (!existsSync(path)) return reply.code(404).send({ code: 'GS_ERR_NOT_FOUND', message: `no asset ${file}` });
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    return reply.type(type).send(readFileSync(path));
  });

  return app;
}

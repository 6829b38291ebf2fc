import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { WebSocket } from 'ws';
import type { ConnectionRequest } from './websocket-hub.js';
import { selectSubprotocol } from './subprotocol.js';

/** The part of a `WebSocketHub` the routes use. */
export interface WebSocketConnectionAcceptor {
  accept(socket: WebSocket, request: ConnectionRequest): void;
  close(): Promise<void>;
  readonly maxFrameBytes: number;
}

/** Options of {@link websocketRoutes}. */
export interface WebSocketRoutesOptions {
  readonly hub: WebSocketConnectionAcceptor;
  /** Default `/ws`. */
  readonly path?: string;
}

/**
 * Fastify plugin: registers `@fastify/websocket` (do not register it again) and `GET /ws`, handing every upgraded
 * socket to the hub. A plain GET gets 426 with a JSON error. Closing the app closes the hub first, so clients get
 * the shutdown notice and a 1001 close. Usage: `await app.register(websocketRoutes, { hub })`.
 */
export async function websocketRoutes(app: FastifyInstance, options: WebSocketRoutesOptions): Promise<void> {
  const { hub } = options;
  await app.register(fastifyWebsocket, {
    // ws's own server options: permessage-deflate stays off (its default), which keeps fan-out cheap.
    options: { maxPayload: hub.maxFrameBytes, handleProtocols: selectSubprotocol },
    // The hub listens for socket errors itself; ws closes the socket after a protocol error.
    errorHandler: () => undefined,
    preClose: async () => {
      await hub.close();
      await new Promise<void>((resolve) => app.websocketServer.close(() => resolve()));
    },
  });
  // Kept out of the OpenAPI document (@fastify/swagger reads `hide`): the protocol is not HTTP.
  const hiddenFromDocs = { hide: true } as FastifySchema;
  app.route({
    method: 'GET',
    url: options.path ?? '/ws',
    schema: hiddenFromDocs,
    handler: async (_request, reply) =>
      reply.code(426).header('upgrade', 'websocket').send({ code: 'GS_ERR_UPGRADE_REQUIRED', message: 'this endpoint speaks WebSocket; connect with a WebSocket client' }),
    wsHandler: (socket, request) => {
      hub.accept(socket, { remoteAddress: request.ip, headers: request.headers, transport: request.raw.socket });
    },
  });
}

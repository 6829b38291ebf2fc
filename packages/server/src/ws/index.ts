/** WebSocket API (`/ws`): the hub that serves the protocol and fans bus events out, and its Fastify routes. */
export * from './client-message.js';
export * from './server-message.js';
export * from './subprotocol.js';
export * from './websocket-error-code.js';
export * from './websocket-hub.js';
export * from './websocket-hub-options.js';
export * from './websocket-hub-stats.js';
export * from './websocket-routes.js';

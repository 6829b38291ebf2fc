/** Property-based fuzzing of the HTTP API (every `/api/v1` operation of the OpenAPI document) and of the WebSocket. */
export * from './edge-requests.js';
export * from './find-leak.js';
export * from './fuzz-request.js';
export * from './fuzz-routes.js';
export * from './fuzz-websocket.js';
export * from './hostile-json.js';
export * from './hostile-string.js';
export * from './hostile-strings.js';
export * from './json-schema.js';
export * from './percent-encode.js';
export * from './response-failure.js';
export * from './route-catalog.js';
export * from './value-for-schema.js';
export * from './websocket-frames.js';

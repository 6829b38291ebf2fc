/** Message bus: events (signals, quotes, bars, portfolio changes) fanned out to WebSocket hubs and other subscribers. */
export * from './bus-events.js';
export * from './channel.js';
export * from './in-process-message-bus.js';
export * from './market-symbol.js';
export * from './message-bus.js';
export * from './validate-bus-event.js';

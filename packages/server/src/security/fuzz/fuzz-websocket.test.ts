import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { startHubServer, type HubServer } from '../../ws/websocket-hub.test-support.js';
import { fuzzWebSocket, type WebSocketFuzzReport } from './fuzz-websocket.js';

describe('fuzzWebSocket against the real hub', () => {
  let server: HubServer<{ id: string }>;
  let report: WebSocketFuzzReport;

  beforeAll(async () => {
    // Few errors allowed per minute, so the run sees abuse closes and reconnects; protocol errors stay quiet.
    server = await startHubServer({ maxErrorsPerMinute: 5, onError: () => undefined });
    report = await fuzzWebSocket(server.url, { messages: 60, seed: 8 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reconnects after every close the server makes, counting each by code', () => {
    expect(report.failedConnections).toBe(0);
    expect(report.connections).toBeGreaterThan(3);
    expect(report.closesByCode['4002']).toBeGreaterThan(0);
    expect(report.closesByCode['1009']).toBeGreaterThan(0);
    expect(report.closesByCode['1007']).toBe(1);
    expect(report.answersByType.welcome).toBe(report.connections);
  });

  it('counts the answers by type and the errors by code, and every frame got one', () => {
    expect(report.framesSent).toBe(60 + 12 + 200);
    expect(report.answersByType.pong).toBeGreaterThan(0);
    expect(report.errorsByCode).toMatchObject({ GS_ERR_BAD_JSON: expect.any(Number), GS_ERR_MESSAGE_TOO_LARGE: expect.any(Number), GS_ERR_INVALID_MESSAGE: expect.any(Number) });
    expect(report.unanswered).toBe(0);
    expect(report.leaks).toEqual([]);
    expect(report.malformedAnswers).toEqual([]);
  });
});

describe('fuzzWebSocket against a server that answers badly', () => {
  let server: WebSocketServer;
  let url: string;

  beforeAll(async () => {
    server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    server.on('connection', (socket) => {
      socket.on('error', () => undefined);
      socket.send(JSON.stringify({ type: 'welcome' }));
      socket.on('message', () => socket.send('TypeError: x\n    at handle (/srv/app/ws.js:10:3)'));
    });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    const address = server.address();
    url = `ws://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('reports answers that are not JSON and answers showing a stack trace', async () => {
    const report = await fuzzWebSocket(url, { messages: 3, seed: 1, answerTimeoutMs: 500 });
    expect(report.malformedAnswers[0]).toBe('TypeError: x\n    at handle (/srv/app/ws.js:10:3)');
    expect(report.leaks[0]).toMatch(/^stack trace: "at handle \(\/srv\/app\/ws\.js:10:3\)" in TypeError/);
    expect(report.answersByType['(malformed)']).toBeGreaterThan(3);
  });
});

import { performance } from 'node:perf_hooks';
import { percentile, progress, round } from '../measure.js';
import { startSteppedClockServer } from './stepped-clock-server-process.js';

const HOUR_MS = 3_600_000;
/** A Monday 00:00 UTC; crypto trades around the clock, so every hour step closes a bar. */
const START_MS = Date.UTC(2026, 0, 5);
const SYMBOLS = Array.from({ length: 100 }, (_, i) => `SIM${String(i).padStart(3, '0')}-USDT`);
const ROUNDS = 5;

/** Latency of one way of sending the generate requests. */
export interface GenerateRunFigures {
  readonly connections: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** What {@link generateNewBar} measured. */
export interface GenerateNewBarFigures {
  readonly oneConnection: GenerateRunFigures;
  readonly fourConnections: GenerateRunFigures;
  readonly note: string;
}

async function expectStatus(response: Response, status: number, what: string): Promise<void> {
  const body = await response.text();
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} (expected ${status}) ${body.slice(0, 300)}`);
}

async function generate(url: string, headers: Record<string, string>, symbol: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/api/v1/signals/generate/${encodeURIComponent(symbol)}?timeframe=1h`, { method: 'POST', headers });
  // 201 = a new signal was computed and stored; 200 would mean the bar had been signalled already.
  await expectStatus(response, 201, `generate ${symbol} 1h`);
  return performance.now() - start;
}

/** `connections` closed loops sharing the symbols: each sends its next request when its last is answered. */
async function generateAll(url: string, headers: Record<string, string>, connections: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const loop = async (): Promise<void> => {
    while (next < SYMBOLS.length) times.push(await generate(url, headers, SYMBOLS[next++]));
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return times;
}

/** Fetches the last day of 1h bars of every symbol through the API, which stores them in the bar cache. */
async function cacheNewBars(url: string, headers: Record<string, string>): Promise<void> {
  for (const symbol of SYMBOLS) {
    await expectStatus(await fetch(`${url}/api/v1/market-data/${encodeURIComponent(symbol)}/historical?period=1d&interval=1h`, { headers }), 200, `historical ${symbol}`);
  }
}

function figures(connections: number, times: readonly number[], wallMs: number): GenerateRunFigures {
  return {
    connections,
    requests: times.length,
    requestsPerSecond: round((times.length / wallMs) * 1_000, 0),
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    maxMs: round(times.reduce((max, time) => Math.max(max, time), -Infinity)),
  };
}

/** Rounds of: clock +1 h (a new bar closes for every symbol), bars cached, then every symbol generated, timed. */
async function measure(server: Awaited<ReturnType<typeof startSteppedClockServer>>, connections: number): Promise<GenerateRunFigures> {
  const times: number[] = [];
  let wallMs = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await server.step(HOUR_MS);
    await cacheNewBars(server.url, server.headers);
    const start = performance.now();
    times.push(...(await generateAll(server.url, server.headers, connections)));
    wallMs += performance.now() - start;
  }
  return figures(connections, times, wallMs);
}

/**
 * `POST /api/v1/signals/generate/:symbol` with cached bars when a new bar has closed since the symbol's last
 * signal: the server (own process, clock moved by the bench) reads the new bar from its bar cache, advances the
 * engine by it with learning, scores open signals and stores the new signal and its votes in one transaction.
 * 100 crypto symbols, 1h bars, signalled once first (history fetched and cached); then 5 rounds with one
 * connection (the latency of a generate) and 5 with four (latency while others queue on the same server).
 */
export async function generateNewBar(): Promise<GenerateNewBarFigures> {
  const server = await startSteppedClockServer(START_MS);
  try {
    progress(`http api: generate on a new bar with cached bars, first signal of ${SYMBOLS.length} symbols`);
    await generateAll(server.url, server.headers, 4);
    progress(`http api: generate on a new bar with cached bars, ${ROUNDS} rounds x ${SYMBOLS.length} symbols, 1 connection`);
    const oneConnection = await measure(server, 1);
    progress(`http api: generate on a new bar with cached bars, ${ROUNDS} rounds x ${SYMBOLS.length} symbols, 4 connections`);
    const fourConnections = await measure(server, 4);
    return {
      oneConnection,
      fourConnections,
      note: 'a new 1h bar closed (and cached) for every symbol before each request: engine advanced by it with learning, open signals scored, signal and votes stored',
    };
  } finally {
    await server.stop();
  }
}

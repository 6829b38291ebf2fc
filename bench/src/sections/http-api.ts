import { performance } from 'node:perf_hooks';
import { percentile, progress, round } from '../measure.js';
import { runLoad } from '../http/load.js';
import { startServerProcess } from '../http/server-process.js';
import { generateNewBar } from '../http/generate-new-bar.js';

const SYMBOLS = Array.from({ length: 100 }, (_, i) => `SIM${String(i).padStart(3, '0')}`);
const TARGETS = { latestP95Ms: 5, latestRate: 1_000, generateP95Ms: 15 };

/**
 * The HTTP API under load, measured with autocannon on loopback against the real server in its own
 * process (embedded PGlite, simulator data): first signals of 100 symbols (bars fetched and cached),
 * then `GET /api/v1/signals/latest` (closed loop, autocannon-paced at 1,000/s, flat out), then
 * `POST /api/v1/signals/generate/:symbol` over the 100 symbols with their bars cached.
 */
export async function httpApi(): Promise<object> {
  const server = await startServerProcess();
  try {
    progress(`http api: first signal of ${SYMBOLS.length} symbols (bars fetched from the simulator and cached)`);
    const cold: number[] = [];
    for (const symbol of SYMBOLS) {
      const start = performance.now();
      const response = await fetch(`${server.url}/api/v1/signals/generate/${symbol}`, { method: 'POST', headers: server.headers });
      if (response.status !== 201) throw new Error(`generate ${symbol}: HTTP ${response.status} ${await response.text()}`);
      cold.push(performance.now() - start);
    }
    const latestPaths = ['/api/v1/signals/latest?limit=20', '/api/v1/signals/latest?limit=20&symbols=SIM001,SIM002'];
    await runLoad({ url: server.url, headers: server.headers, paths: latestPaths, connections: 10, durationSeconds: 2 }); // warm-up
    // The target is a latency at a throughput: a closed loop of 4 connections (each sends its next
    // request when the last is answered) measures latency at whatever rate that sustains, which must
    // reach 1,000/s. autocannon's own pacing (`overallRate`) starts each second's quota in a burst,
    // so its run measures the queue of that burst; it is reported too.
    progress('http api: GET /api/v1/signals/latest, 4 connections closed loop, 10 s');
    const latest = await runLoad({ url: server.url, headers: server.headers, paths: latestPaths, connections: 4, durationSeconds: 10 });
    progress('http api: GET /api/v1/signals/latest paced by autocannon at 1,000 req/s, 10 s');
    const latestPaced = await runLoad({ url: server.url, headers: server.headers, paths: latestPaths, connections: 20, durationSeconds: 10, overallRate: TARGETS.latestRate });
    progress('http api: GET /api/v1/signals/latest flat out with 20 connections, 10 s');
    const latestMax = await runLoad({ url: server.url, headers: server.headers, paths: latestPaths, connections: 20, durationSeconds: 10 });
    progress('http api: POST /api/v1/signals/generate/:symbol for bars signalled already, 10 s');
    const generatePaths = SYMBOLS.map((symbol) => `/api/v1/signals/generate/${symbol}`);
    const generate = await runLoad({ url: server.url, headers: server.headers, method: 'POST', paths: generatePaths, connections: 4, durationSeconds: 10 });
    await server.stop();
    const newBar = await generateNewBar();
    return {
      firstSignalPerSymbol: { symbols: SYMBOLS.length, p50Ms: round(percentile(cold, 50)), p95Ms: round(percentile(cold, 95)), note: 'bars fetched from the simulator, stored, 500-bar replay with learning, signal stored' },
      latest: { connections: 4, ...latest, targetP95Ms: TARGETS.latestP95Ms, targetRequestsPerSecond: TARGETS.latestRate },
      latestPacedByAutocannon: { connections: 20, overallRate: TARGETS.latestRate, ...latestPaced, note: 'autocannon sends each second of the quota as a burst' },
      latestFlatOut: { connections: 20, ...latestMax },
      generateAlreadySignalled: { ...generate, targetP95Ms: TARGETS.generateP95Ms, note: 'every symbol signalled before: its bars and its stored signal for the latest closed bar come from the service memory' },
      generateNewBar: { ...newBar, targetP95Ms: TARGETS.generateP95Ms },
      meetsTarget:
        latest.p95Ms <= TARGETS.latestP95Ms && latest.requestsPerSecond >= TARGETS.latestRate && latest.errors === 0 && latest.non2xx === 0 &&
        generate.p95Ms <= TARGETS.generateP95Ms && generate.errors === 0 && generate.non2xx === 0 &&
        newBar.oneConnection.p95Ms <= TARGETS.generateP95Ms,
    };
  } finally {
    await server.stop();
  }
}

import autocannon from 'autocannon';
import type { LoadReady, LoadRequest, LoadResult } from './cluster-messages.js';

/**
 * A load generator in its own process (`node load-process.js`, IPC): one autocannon run per `run` request, every
 * response time kept. Two of them load two nodes at once without sharing one event loop.
 */

function send(message: LoadReady | LoadResult): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) throw new Error('load-process must run as a child process with IPC');
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

function run(request: LoadRequest): Promise<LoadResult> {
  const times: number[] = [];
  let next = 0;
  const cpuBefore = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        connections: request.connections,
        duration: request.durationSeconds,
        overallRate: request.overallRate,
        headers: { ...request.headers },
        requests: [{ setupRequest: (options) => ({ ...options, path: request.paths[next++ % request.paths.length] }) }],
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const cpu = process.cpuUsage(cpuBefore);
        resolve({
          type: 'result',
          requests: result.requests.total,
          durationSeconds: result.duration,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          responseTimesMs: Float64Array.from(times),
          cpuMs: (cpu.user + cpu.system) / 1000,
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
}

process.on('message', (request: LoadRequest) => {
  run(request)
    .then(send)
    // Only once the result has gone: a disconnect right after `send` can drop a large message.
    .then(() => process.disconnect())
    .catch(fail);
});
send({ type: 'ready' }).catch(fail);
// The bench is gone (killed, interrupted), or has the result: nothing more to do.
process.once('disconnect', () => process.exit(0));

function fail(error: unknown): void {
  process.stderr.write(`load process failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}

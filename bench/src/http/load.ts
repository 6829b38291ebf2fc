import autocannon from 'autocannon';
import { percentile, round } from '../measure.js';

/** What one load run measured. */
export interface LoadFigures {
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Options of {@link runLoad}. */
export interface LoadOptions {
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  /** Sent with every request (the authorization). */
  readonly headers?: Record<string, string>;
  /** Paths cycled through in order, one per request. */
  readonly paths: readonly string[];
  readonly connections: number;
  readonly durationSeconds: number;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  readonly overallRate?: number;
}

/** Runs autocannon and computes exact percentiles from every response time (autocannon's own report has no p95). */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const times: number[] = [];
  let next = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.durationSeconds,
      overallRate: options.overallRate,
      method: options.method ?? 'GET',
      headers: options.headers,
      requests: [
        {
          setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length] }),
        },
      ],
    },
    (error: unknown, result: autocannon.Result) => (error ? fail(error) : finish(result)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  const result = await done;
  return {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.average, 0),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50Ms: round(percentile(times, 50)),
    p95Ms: round(percentile(times, 95)),
    p99Ms: round(percentile(times, 99)),
    // reduce, not Math.max(...times): a fast run collects more response times than the call stack holds arguments.
    maxMs: round(times.reduce((max, time) => Math.max(max, time), -Infinity)),
  };
}

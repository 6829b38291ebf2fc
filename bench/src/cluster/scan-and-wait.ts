import { performance } from 'node:perf_hooks';

/** What became of a scan the bench submitted. */
export interface ScanOutcome {
  readonly scanId: string;
  readonly status: string;
  readonly total: number;
  readonly completed: number;
  readonly failed: number;
  readonly durationMs: number;
}

interface ScanBody {
  readonly id: string;
  readonly status: string;
  readonly total: number;
  readonly completed: number;
  readonly failed: number;
}

async function scanBody(response: Response, what: string, status: number): Promise<ScanBody> {
  const text = await response.text();
  if (response.status !== status) throw new Error(`${what}: HTTP ${response.status} (expected ${status}) ${text.slice(0, 300)}`);
  return JSON.parse(text) as ScanBody;
}

/**
 * Submits a scan (`POST /api/v1/scans`; a worker runs it when the server is scaled out, the server itself when
 * embedded) and polls it until it is done or failed, or `timeoutMs` passed.
 */
export async function scanAndWait(url: string, headers: Record<string, string>, symbols: readonly string[], timeframe: string, timeoutMs = 300_000): Promise<ScanOutcome> {
  const start = performance.now();
  const submitted = await scanBody(
    await fetch(`${url}/api/v1/scans`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ symbols, timeframe }) }),
    'submitting a scan',
    202,
  );
  let scan = submitted;
  while (scan.status === 'queued' || scan.status === 'running') {
    if (performance.now() - start > timeoutMs) throw new Error(`scan ${scan.id} still ${scan.status} after ${timeoutMs} ms (${scan.completed}/${scan.total})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    scan = await scanBody(await fetch(`${url}/api/v1/scans/${scan.id}`, { headers }), `scan ${scan.id}`, 200);
  }
  return { scanId: scan.id, status: scan.status, total: scan.total, completed: scan.completed, failed: scan.failed, durationMs: Math.round(performance.now() - start) };
}

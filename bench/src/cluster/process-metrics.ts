/** What the bench reads of one process's Prometheus `/metrics`. */
export interface ProcessSample {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** CPU time used since the process started (user + system), s. */
  readonly cpuSeconds: number;
  /** Open WebSocket connections (API nodes only), else null. */
  readonly websocketConnections: number | null;
}

/**
 * The value of an unlabelled sample `name` in Prometheus text, or null when absent. Labelled samples of the name
 * (`name{...} value`) are summed, so a gauge split by label reads as its total.
 */
export function metricValue(text: string, name: string): number | null {
  let total: number | null = null;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (rest[0] !== ' ' && rest[0] !== '{') continue;
    // `name value [timestamp]` or `name{labels} value [timestamp]`.
    const afterLabels = rest[0] === '{' ? rest.slice(rest.lastIndexOf('}') + 1) : rest;
    const value = Number(afterLabels.trim().split(/\s+/)[0]);
    if (Number.isFinite(value)) total = (total ?? 0) + value;
  }
  return total;
}

function required(text: string, name: string, url: string): number {
  const value = metricValue(text, name);
  if (value === null) throw new Error(`${url}/metrics has no ${name}`);
  return value;
}

/** Reads memory, CPU and WebSocket connections of a node or the worker from its `/metrics`. */
export async function sampleProcess(url: string): Promise<ProcessSample> {
  const response = await fetch(`${url}/metrics`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}/metrics: HTTP ${response.status} ${text.slice(0, 200)}`);
  return {
    rssBytes: required(text, 'goldensignals_process_resident_memory_bytes', url),
    heapUsedBytes: required(text, 'goldensignals_nodejs_heap_size_used_bytes', url),
    cpuSeconds: required(text, 'goldensignals_process_cpu_seconds_total', url),
    websocketConnections: metricValue(text, 'goldensignals_websocket_connections'),
  };
}

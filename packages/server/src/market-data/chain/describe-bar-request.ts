import type { BarRequest } from '../bar-request.js';

function isoOrNumber(time: number): string {
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? new Date(time).toISOString() : String(time);
}

/** A time range for messages: `2024-01-02T00:00:00.000Z–2024-01-03T00:00:00.000Z`. */
export function describeTimeRange(from: number, to: number): string {
  return `${isoOrNumber(from)}–${isoOrNumber(to)}`;
}

/** A bar request for messages and logs: `bars AAPL 1h 2024-01-02T00:00:00.000Z–2024-01-03T00:00:00.000Z`. */
export function describeBarRequest(request: BarRequest): string {
  return `bars ${request.symbol} ${request.timeframe} ${describeTimeRange(request.from, request.to)}`;
}

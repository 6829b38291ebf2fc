import type { SignalView } from './signal-view.js';

/** Newest first by signal time (then creation), without duplicates (a pushed signal may also come in a refetch), at most `limit`. */
export function mergeSignals(current: readonly SignalView[], incoming: readonly SignalView[], limit: number): SignalView[] {
  const byId = new Map<string, SignalView>();
  for (const signal of [...incoming, ...current]) if (!byId.has(signal.id)) byId.set(signal.id, signal);
  return [...byId.values()].sort((a, b) => (a.time === b.time ? b.createdAt.localeCompare(a.createdAt) : b.time.localeCompare(a.time))).slice(0, limit);
}

import type { AccuracyCellState, AccuracyTrackerState, AgentAccuracy, SymbolClass, Timeframe } from '@goldensignals/engine';
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import type { accuracyTrackerState } from '../schema/accuracy-tracker-state.js';
import type { agentStats } from '../schema/agent-stats.js';

type StatRow = InferSelectModel<typeof agentStats>;

/** One stored point of an agent's weight history. */
export interface WeightHistoryRow {
  readonly agent: string;
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  readonly time: Date;
  readonly hitRate: number;
  readonly samples: number;
  readonly weight: number;
}

/** `agent\0class\0timeframe`: identifies a tracker cell. */
export function cellKey(cell: { readonly agent: string; readonly symbolClass: string; readonly timeframe: string }): string {
  return `${cell.agent}\u0000${cell.symbolClass}\u0000${cell.timeframe}`;
}

/** One `agent_stats` row: a tracker cell at position `ordinal`, with its derived hit rate and weight. */
export function statRow(record: AccuracyCellState, ordinal: number, derived: { readonly hitRate: number; readonly weight: number }, now: Date): InferInsertModel<typeof agentStats> {
  return {
    agent: record.agent,
    symbolClass: record.symbolClass,
    timeframe: record.timeframe,
    ordinal,
    hits: record.hits,
    samples: record.samples,
    scored: record.scored,
    pushes: record.pushes,
    lastTime: record.lastTime === null ? null : new Date(record.lastTime),
    hitRate: derived.hitRate,
    weight: derived.weight,
    updatedAt: now,
  };
}

/** The `agent_stats` rows of a tracker state; `snapshots` supplies the derived hit rate and weight by cell. */
export function statRows(state: AccuracyTrackerState, snapshots: ReadonlyMap<string, AgentAccuracy>, now: Date): InferInsertModel<typeof agentStats>[] {
  return state.records.map((record, ordinal) => {
    const snapshot = snapshots.get(cellKey(record));
    return statRow(record, ordinal, { hitRate: snapshot?.hitRate ?? 0.5, weight: snapshot?.weight ?? 1 }, now);
  });
}

/** Rebuilds the tracker state from its rows; `history` holds each cell's newest points, oldest first. */
export function trackerState(
  head: InferSelectModel<typeof accuracyTrackerState>,
  stats: readonly StatRow[],
  history: ReadonlyMap<string, readonly WeightHistoryRow[]>,
): AccuracyTrackerState {
  const records = [...stats]
    .sort((a, b) => a.ordinal - b.ordinal)
    .map((row): AccuracyCellState => {
      const points = history.get(cellKey(row)) ?? [];
      return {
        agent: row.agent,
        symbolClass: row.symbolClass,
        timeframe: row.timeframe,
        hits: row.hits,
        samples: row.samples,
        scored: row.scored,
        pushes: row.pushes,
        lastTime: row.lastTime === null ? null : row.lastTime.getTime(),
        history: {
          time: points.map((p) => p.time.getTime()),
          hitRate: points.map((p) => p.hitRate),
          samples: points.map((p) => p.samples),
          weight: points.map((p) => p.weight),
        },
      };
    });
  return { version: 1, options: head.options, records, trades: head.trades };
}

/** A stored `agent_stats` row as the engine's display record. */
export function toAgentAccuracy(row: StatRow): AgentAccuracy {
  return {
    agent: row.agent,
    symbolClass: row.symbolClass,
    timeframe: row.timeframe,
    hitRate: row.hitRate,
    rawHitRate: row.samples > 0 ? row.hits / row.samples : null,
    samples: row.samples,
    scored: row.scored,
    pushes: row.pushes,
    weight: row.weight,
    updatedAt: row.lastTime === null ? null : row.lastTime.getTime(),
  };
}

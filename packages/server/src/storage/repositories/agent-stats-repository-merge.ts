import {
  accuracyWeight,
  assertSameAccuracyOptions,
  cellSettings,
  mergeAccuracyCellStates,
  mergeTradeRecordStates,
  shrunkHitRate,
  TIMEFRAME_MS,
  type AccuracyCellState,
  type AccuracyTrackerState,
  type SymbolClass,
  type Timeframe,
  type TradeRecordState,
} from '@goldensignals/engine';
import { eq, sql, type InferInsertModel, type InferSelectModel } from 'drizzle-orm';
import type { Queryable } from '../database.js';
import { executeRows } from '../execute-rows.js';
import { accuracyTrackerState } from '../schema/accuracy-tracker-state.js';
import { agentStats } from '../schema/agent-stats.js';
import { agentWeightHistory } from '../schema/agent-weight-history.js';
import { cellKey, statRow, type WeightHistoryRow } from './accuracy-rows.js';

type StatRow = InferSelectModel<typeof agentStats>;
type History = AccuracyCellState['history'];

/** Rows per INSERT (at most 12 parameters each). */
const CHUNK = 4000;

const NO_HISTORY: History = { time: [], hitRate: [], samples: [], weight: [] };

function tradeKey(record: { readonly symbolClass: string; readonly timeframe: string }): string {
  return `${record.symbolClass}\u0000${record.timeframe}`;
}

/** A stored row as a record state with the given history (the row's counts are the record's current ones). */
function cellOf(row: StatRow, history: History): AccuracyCellState {
  return {
    agent: row.agent,
    symbolClass: row.symbolClass,
    timeframe: row.timeframe,
    hits: row.hits,
    samples: row.samples,
    scored: row.scored,
    pushes: row.pushes,
    lastTime: row.lastTime === null ? null : row.lastTime.getTime(),
    history,
  };
}

/**
 * The stored history points a merge needs, per record: those at or after the first point of the
 * record's delta, and the newest before it (the record's evidence as of the delta's first point).
 */
async function historySince(db: Queryable, records: readonly AccuracyCellState[]): Promise<Map<string, History>> {
  const since = records.filter((record) => record.history.time.length > 0);
  const found = new Map<string, History>();
  if (since.length === 0) return found;
  const wanted = sql.join(
    since.map((record) => sql`(${record.agent}, ${record.symbolClass}, ${record.timeframe}, ${new Date(record.history.time[0]).toISOString()}::timestamptz)`),
    sql`, `,
  );
  const rows = await executeRows<{ agent: string; symbol_class: SymbolClass; timeframe: Timeframe; time_ms: number; hit_rate: number; samples: number }>(
    db,
    sql`SELECT h.agent, h.symbol_class, h.timeframe, (extract(epoch FROM h.time) * 1000)::float8 AS time_ms, h.hit_rate, h.samples
          FROM (VALUES ${wanted}) AS d(agent, symbol_class, timeframe, since)
          JOIN agent_weight_history h ON h.agent = d.agent AND h.symbol_class = d.symbol_class AND h.timeframe = d.timeframe
         WHERE h.time >= coalesce(
                 (SELECT max(p.time) FROM agent_weight_history p
                   WHERE p.agent = d.agent AND p.symbol_class = d.symbol_class AND p.timeframe = d.timeframe AND p.time < d.since),
                 d.since)
         ORDER BY h.time`,
  );
  for (const row of rows) {
    const key = cellKey({ agent: row.agent, symbolClass: row.symbol_class, timeframe: row.timeframe });
    let history = found.get(key);
    if (history === undefined) {
      history = { time: [], hitRate: [], samples: [], weight: [] };
      found.set(key, history);
    }
    history.time.push(row.time_ms);
    history.hitRate.push(row.hit_rate);
    history.samples.push(row.samples);
    // The weight is not read back by the merge (it follows from the hit rate).
    history.weight.push(0);
  }
  return found;
}

/** The points of `merged` from the delta's first point on: the ones the merge wrote or changed. */
function changedPoints(merged: AccuracyCellState, delta: AccuracyCellState): History {
  if (delta.history.time.length === 0) return NO_HISTORY;
  const from = delta.history.time[0];
  const start = merged.history.time.findIndex((time) => time >= from);
  if (start < 0) return NO_HISTORY;
  return {
    time: merged.history.time.slice(start),
    hitRate: merged.history.hitRate.slice(start),
    samples: merged.history.samples.slice(start),
    weight: merged.history.weight.slice(start),
  };
}

function mergedStatRow(record: AccuracyCellState, ordinal: number, options: AccuracyTrackerState['options'], now: Date): InferInsertModel<typeof agentStats> {
  const hitRate = shrunkHitRate(record.hits, record.samples, options.priorStrength);
  return statRow(record, ordinal, { hitRate, weight: accuracyWeight(hitRate, options.weightExponent, options.maxWeight) }, now);
}

/**
 * Merges what one tracker learned since its last sync into the stored state, with the state row locked
 * (every sync waits for the one before: none is lost, as with rows overwritten), and returns the shared
 * state for the tracker to adopt: every record's counts, and the history points the merge wrote.
 * Run it in a transaction.
 */
export async function mergeLearnedState(tx: Queryable, delta: AccuracyTrackerState, now: Date): Promise<AccuracyTrackerState> {
  await tx.insert(accuracyTrackerState).values({ id: 1, version: delta.version, options: delta.options, trades: [], updatedAt: now }).onConflictDoNothing();
  const [head] = await tx.select().from(accuracyTrackerState).where(eq(accuracyTrackerState.id, 1)).for('update');
  if (head === undefined) throw new Error('the accuracy tracker state row vanished while locked');
  const options = head.options;
  assertSameAccuracyOptions(options, delta.options);

  const stats = [...(await tx.select().from(agentStats))].sort((a, b) => a.ordinal - b.ordinal);
  const stored = new Map(stats.map((row) => [cellKey(row), row]));
  const history = await historySince(tx, delta.records.filter((record) => stored.has(cellKey(record))));
  let nextOrdinal = stats.reduce((highest, row) => Math.max(highest, row.ordinal), -1) + 1;
  const merged = new Map<string, { record: AccuracyCellState; ordinal: number; written: History }>();
  for (const record of delta.records) {
    const key = cellKey(record);
    const row = stored.get(key);
    const result = row === undefined ? record : mergeAccuracyCellStates(cellOf(row, history.get(key) ?? NO_HISTORY), record, cellSettings(options, record.timeframe));
    merged.set(key, { record: result, ordinal: row?.ordinal ?? nextOrdinal++, written: changedPoints(result, record) });
  }

  const rows = [...merged.values()].map(({ record, ordinal }) => mergedStatRow(record, ordinal, options, now));
  for (let start = 0; start < rows.length; start += CHUNK) {
    await tx
      .insert(agentStats)
      .values(rows.slice(start, start + CHUNK))
      .onConflictDoUpdate({
        target: [agentStats.agent, agentStats.symbolClass, agentStats.timeframe],
        set: {
          hits: sql`excluded.hits`,
          samples: sql`excluded.samples`,
          scored: sql`excluded.scored`,
          pushes: sql`excluded.pushes`,
          lastTime: sql`excluded.last_time`,
          hitRate: sql`excluded.hit_rate`,
          weight: sql`excluded.weight`,
          updatedAt: sql`excluded.updated_at`,
        },
      });
  }
  const points: WeightHistoryRow[] = [];
  for (const { record, written } of merged.values()) {
    for (let i = 0; i < written.time.length; i++) {
      points.push({ agent: record.agent, symbolClass: record.symbolClass, timeframe: record.timeframe, time: new Date(written.time[i]), hitRate: written.hitRate[i], samples: written.samples[i], weight: written.weight[i] });
    }
  }
  for (let start = 0; start < points.length; start += CHUNK) {
    await tx
      .insert(agentWeightHistory)
      .values(points.slice(start, start + CHUNK))
      .onConflictDoUpdate({
        target: [agentWeightHistory.agent, agentWeightHistory.symbolClass, agentWeightHistory.timeframe, agentWeightHistory.time],
        set: { hitRate: sql`excluded.hit_rate`, samples: sql`excluded.samples`, weight: sql`excluded.weight` },
      });
  }

  const deltaTrades = new Map(delta.trades.map((record) => [tradeKey(record), record]));
  const trades: TradeRecordState[] = head.trades.map((record) => {
    const other = deltaTrades.get(tradeKey(record));
    deltaTrades.delete(tradeKey(record));
    return other === undefined ? record : mergeTradeRecordStates(record, other, options.halfLifeBars * TIMEFRAME_MS[record.timeframe]);
  });
  trades.push(...deltaTrades.values());
  await tx.update(accuracyTrackerState).set({ trades, updatedAt: now }).where(eq(accuracyTrackerState.id, 1));

  const records = stats.map((row) => {
    const changed = merged.get(cellKey(row));
    return changed === undefined ? cellOf(row, NO_HISTORY) : { ...changed.record, history: changed.written };
  });
  for (const [key, { record, written }] of merged) if (!stored.has(key)) records.push({ ...record, history: written });
  return { version: 1, options, records, trades };
}

/** The stored state without history (every record's counts and the trade records), `null` before the first save. */
export async function sharedStateWithoutHistory(db: Queryable): Promise<AccuracyTrackerState | null> {
  const [head] = await db.select().from(accuracyTrackerState).where(eq(accuracyTrackerState.id, 1));
  if (head === undefined) return null;
  const stats = [...(await db.select().from(agentStats))].sort((a, b) => a.ordinal - b.ordinal);
  return { version: 1, options: head.options, records: stats.map((row) => cellOf(row, NO_HISTORY)), trades: head.trades };
}

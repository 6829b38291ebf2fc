import { TIMEFRAME_MS, type Timeframe } from '../series/timeframe.js';
import { ACCURACY_CELL_FLOATS, AccuracyCell, type AccuracyCellState, type AccuracyHistoryPoint, type AgentAccuracy, type CellSettings } from './accuracy-cell.js';
import { accuracyOptions, type AccuracyOptions } from './accuracy-options.js';
import { parseAccuracyTrackerState, type AccuracyTrackerState } from './accuracy-state.js';
import { AccuracyStream } from './accuracy-stream.js';
import type { AccuracySync } from './accuracy-sync.js';
import { cellSettings } from './cell-settings.js';
import { assertSameAccuracyOptions } from './merge-tracker-states.js';
import { symbolClass, type SymbolClass } from './symbol-class.js';
import { TradeRecord, type TradeRecordSnapshot, type TradeRecordState } from './trade-record.js';

function key(agent: string, cls: SymbolClass, timeframe: Timeframe): string {
  return `${agent}\u0000${cls}\u0000${timeframe}`;
}

/**
 * Learns each agent's weight from realized forward returns, per agent, symbol class and timeframe.
 * Every recorded vote is scored when its horizon has passed (see {@link AccuracyStream} for the
 * rules and the dead-band); the hit rate is decayed in time (`halfLifeBars`), shrunk toward 50%
 * (`priorStrength`) and mapped to a weight (see `accuracyWeight`): 1 for a coin flip, up to
 * `maxWeight` for a real edge, near 0 for an agent that is right less often than chance. It also
 * keeps the consensus' own record as a trader, which sizes positions (Kelly).
 *
 * Usage: `stream(symbol, timeframe, agents)` once per followed symbol, then per bar
 * `stream.observe(time, close)` and, after the agents voted, `stream.record(actions, consensus)`.
 * State round-trips through {@link toJSON} / {@link fromJSON}; votes still pending are not saved
 * (at most `horizon` bars' worth, re-created by replaying recent bars, or handed over: see
 * `AccuracyStream.pendingVotes`).
 *
 * Several trackers (processes) can pool what they learn through a shared state: each sends what it
 * learned since its last sync ({@link beginSync}'s delta), the shared state merges it in (see
 * `mergeAccuracyTrackerStates`: decayed sums add up), and the tracker adopts the result, so every
 * sync also brings in what the others learned.
 */
export class AccuracyTracker {
  readonly options: AccuracyOptions;
  private readonly cells = new Map<string, AccuracyCell>();
  private readonly trades = new Map<string, TradeRecord>();
  // The cells of a list of agents, by class and timeframe: an engine asks for the same (frozen) list
  // for every symbol it follows, and cells, once made, are never replaced.
  private readonly streamCells = new WeakMap<readonly string[], Map<string, readonly AccuracyCell[]>>();
  /** Whether learning is tallied per record since the last sync (else all of it is unsynced). */
  private tracking = false;
  private syncInProgress = false;

  constructor(options: Partial<AccuracyOptions> = {}) {
    this.options = accuracyOptions(options);
  }

  private settings(timeframe: Timeframe): CellSettings {
    return cellSettings(this.options, timeframe);
  }

  private cell(agent: string, cls: SymbolClass, timeframe: Timeframe, storage?: Float64Array): AccuracyCell {
    const k = key(agent, cls, timeframe);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = new AccuracyCell(agent, cls, timeframe, this.settings(timeframe), storage);
      if (this.tracking) cell.trackUnsynced(true);
      this.cells.set(k, cell);
    }
    return cell;
  }

  private trade(cls: SymbolClass, timeframe: Timeframe): TradeRecord {
    const k = key('', cls, timeframe);
    let record = this.trades.get(k);
    if (!record) {
      const { halfLifeBars, priorStrength, minPayoffSamples } = this.options;
      record = new TradeRecord(cls, timeframe, halfLifeBars * TIMEFRAME_MS[timeframe], priorStrength, minPayoffSamples);
      if (this.tracking) record.trackUnsynced(true);
      this.trades.set(k, record);
    }
    return record;
  }

  /** A stream following `symbol` on `timeframe` for the given agents (their order fixes the action-code order). */
  stream(symbol: string, timeframe: Timeframe, agents: readonly string[]): AccuracyStream {
    const cls = symbolClass(symbol);
    const frozen = Object.isFrozen(agents);
    const byClass = frozen ? this.streamCells.get(agents) : undefined;
    const known = byClass?.get(key('', cls, timeframe));
    if (known) return new AccuracyStream(symbol, timeframe, cls, agents, known, this.trade(cls, timeframe), this.options);
    let missing = 0;
    for (const agent of agents) if (!this.cells.has(key(agent, cls, timeframe))) missing++;
    // The new cells share one buffer: a replay on a fresh tracker creates one per agent at once.
    const floats = ACCURACY_CELL_FLOATS * this.options.historyLength;
    const buffer = missing > 1 ? new Float64Array(missing * floats) : null;
    let next = 0;
    const cells = agents.map((agent) => {
      if (buffer === null || this.cells.has(key(agent, cls, timeframe))) return this.cell(agent, cls, timeframe);
      const storage = buffer.subarray(next * floats, (next + 1) * floats);
      next++;
      return this.cell(agent, cls, timeframe, storage);
    });
    if (frozen) {
      let cache = this.streamCells.get(agents);
      if (!cache) {
        cache = new Map();
        this.streamCells.set(agents, cache);
      }
      cache.set(key('', cls, timeframe), cells);
    }
    return new AccuracyStream(symbol, timeframe, cls, frozen ? agents : [...agents], cells, this.trade(cls, timeframe), this.options);
  }

  /** Current weight of an agent (1, a coin flip's, when it has no record yet). */
  weight(agent: string, cls: SymbolClass, timeframe: Timeframe): number {
    return this.accuracy(agent, cls, timeframe).weight;
  }

  /** An agent's record (a fresh one at 50% when it has none yet). */
  accuracy(agent: string, cls: SymbolClass, timeframe: Timeframe): AgentAccuracy {
    return (this.cells.get(key(agent, cls, timeframe)) ?? new AccuracyCell(agent, cls, timeframe, this.settings(timeframe))).snapshot();
  }

  /** An agent's weight history, oldest first, one point per bar at which its votes were scored. */
  history(agent: string, cls: SymbolClass, timeframe: Timeframe): AccuracyHistoryPoint[] {
    return this.cells.get(key(agent, cls, timeframe))?.history() ?? [];
  }

  /** Every agent record, in the order they were first seen. */
  snapshot(): AgentAccuracy[] {
    return [...this.cells.values()].map((cell) => cell.snapshot());
  }

  /** The consensus' record as a trader on a symbol class and timeframe. */
  tradeRecord(cls: SymbolClass, timeframe: Timeframe): TradeRecordSnapshot {
    return this.trade(cls, timeframe).snapshot();
  }

  /** Plain data for persistence (`JSON.stringify` it). */
  toJSON(): AccuracyTrackerState {
    return {
      version: 1,
      options: { ...this.options },
      records: [...this.cells.values()].map((cell) => cell.toState()),
      trades: [...this.trades.values()].map((record) => record.toState()),
    };
  }

  /** True once it tallies its learning since a sync ({@link markSynced} or a first {@link beginSync}). */
  get syncing(): boolean {
    return this.tracking;
  }

  /** Declares the current state shared (e.g. just loaded from the shared store): only learning from now on goes in the next delta. */
  markSynced(): void {
    this.setTracking(true);
  }

  private setTracking(on: boolean): void {
    this.tracking = on;
    for (const cell of this.cells.values()) cell.trackUnsynced(on);
    for (const record of this.trades.values()) record.trackUnsynced(on);
  }

  /**
   * Starts a sync: the delta is what was learned since the last one (everything, the first time, unless
   * {@link markSynced} was called). Learning may go on meanwhile; it goes with the next sync. One sync at a time.
   */
  beginSync(): AccuracySync {
    if (this.syncInProgress) throw new Error('a sync of this accuracy tracker is in progress; complete or abort it first');
    this.syncInProgress = true;
    const first = !this.tracking;
    let records: AccuracyCellState[];
    let trades: TradeRecordState[];
    const takenCells = new Map<AccuracyCell, AccuracyCellState>();
    const takenTrades = new Map<TradeRecord, TradeRecordState>();
    if (first) {
      const state = this.toJSON();
      records = state.records.filter((record) => record.scored > 0 || record.pushes > 0);
      trades = state.trades.filter((record) => record.trades > 0);
      this.setTracking(true);
    } else {
      for (const cell of this.cells.values()) {
        const taken = cell.takeUnsynced();
        if (taken !== null) takenCells.set(cell, taken);
      }
      for (const record of this.trades.values()) {
        const taken = record.takeUnsynced();
        if (taken !== null) takenTrades.set(record, taken);
      }
      records = [...takenCells.values()];
      trades = [...takenTrades.values()];
    }
    let open = true;
    const finish = (): void => {
      if (!open) throw new Error('this accuracy sync is already completed or aborted');
      open = false;
      this.syncInProgress = false;
    };
    return {
      delta: { version: 1, options: { ...this.options }, records, trades },
      complete: (shared) => {
        if (shared !== null) assertSameAccuracyOptions(this.options, shared.options);
        finish();
        if (shared === null) return;
        for (const record of shared.records) this.cell(record.agent, record.symbolClass, record.timeframe).adopt(record);
        for (const record of shared.trades) this.trade(record.symbolClass, record.timeframe).adopt(record);
      },
      abort: () => {
        finish();
        if (first) {
          // Nothing was ever synced: all of it, including what was learned meanwhile, is unsynced again.
          this.setTracking(false);
          return;
        }
        for (const [cell, taken] of takenCells) cell.returnUnsynced(taken);
        for (const [record, taken] of takenTrades) record.returnUnsynced(taken);
      },
    };
  }

  /** Restores a tracker saved with {@link toJSON}; bad state is rejected with a RangeError naming the field. */
  static fromJSON(state: unknown): AccuracyTracker {
    const parsed = parseAccuracyTrackerState(state);
    const tracker = new AccuracyTracker(parsed.options);
    for (const record of parsed.records) tracker.cell(record.agent, record.symbolClass, record.timeframe).restore(record);
    for (const record of parsed.trades) tracker.trade(record.symbolClass, record.timeframe).restore(record);
    return tracker;
  }
}

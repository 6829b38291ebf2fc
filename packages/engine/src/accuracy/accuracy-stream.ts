import type { Timeframe } from '../series/timeframe.js';
import type { AccuracyCell } from './accuracy-cell.js';
import type { AccuracyOptions } from './accuracy-options.js';
import { NO_VOTE } from './action-code.js';
import { scoreVote } from './score-vote.js';
import type { SymbolClass } from './symbol-class.js';
import type { TradeRecord } from './trade-record.js';
import { VolatilityEstimate } from './volatility-estimate.js';

/**
 * The tracker's view of one symbol and timeframe: it keeps the votes cast on recent bars until
 * their horizon has passed, then scores them into the shared per-class records. Pending votes live in
 * typed arrays (a ring of `horizon` bars × agents), so following a symbol allocates nothing per bar.
 *
 * Scoring, with r the simple return from the close at the vote to the close `horizon` bars later and
 * d the dead-band fixed at vote time (`deadBandDeviations` × per-bar volatility × √horizon):
 * BUY is right when r > d and wrong when r < −d; SELL mirrors it; a BUY/SELL with |r| ≤ d is a push
 * (counted, not scored: a move inside the noise says nothing about direction); HOLD is right when
 * |r| ≤ d and wrong otherwise. The per-bar volatility is the root of an exponentially weighted mean
 * of squared simple returns, seeded with their plain mean over `volatilityPeriod` returns (simple
 * rather than log returns: no logarithm per bar of every symbol, and no difference at bar scale);
 * votes cast before it is seeded are not recorded, since no dead-band can be set yet.
 *
 * Votes recorded on consecutive bars overlap (their horizons share bars), so each counts
 * min(1, bars since the previous recorded bar / horizon) samples: recording every bar and recording
 * every `horizon` bars accumulate the same evidence per bar of history.
 */
export class AccuracyStream {
  private readonly horizon: number;
  private readonly deviations: number;
  private readonly agentCount: number;
  private bar = -1;
  private readonly volatility: VolatilityEstimate;
  private lastRecordBar = -Infinity;
  private readonly pendingBar: Float64Array;
  private readonly pendingClose: Float64Array;
  private readonly pendingBand: Float64Array;
  private readonly pendingWeight: Float64Array;
  private readonly pendingConsensus: Int8Array;
  private readonly pendingActions: Int8Array;
  private head = -1;
  private tail = 0;
  private count = 0;

  constructor(
    readonly symbol: string,
    readonly timeframe: Timeframe,
    readonly symbolClass: SymbolClass,
    readonly agents: readonly string[],
    private readonly cells: readonly AccuracyCell[],
    private readonly trades: TradeRecord,
    options: AccuracyOptions,
  ) {
    this.horizon = options.horizon;
    this.deviations = options.deadBandDeviations;
    this.volatility = new VolatilityEstimate(options.volatilityPeriod);
    this.agentCount = agents.length;
    const capacity = options.horizon;
    this.pendingBar = new Float64Array(capacity);
    this.pendingClose = new Float64Array(capacity);
    this.pendingBand = new Float64Array(capacity);
    this.pendingWeight = new Float64Array(capacity);
    this.pendingConsensus = new Int8Array(capacity);
    this.pendingActions = new Int8Array(capacity * agents.length);
  }

  /** Number of votes batches (bars) waiting for their horizon. */
  get pending(): number {
    return this.count;
  }

  /** The current accuracy weight of agent `index` (in `agents` order). */
  weight(index: number): number {
    return this.cells[index].weight;
  }

  /** Writes every agent's current weight into `out` (length ≥ agents). */
  weights(out: Float64Array): Float64Array {
    for (let i = 0; i < this.agentCount; i++) out[i] = this.cells[i].weight;
    return out;
  }

  /** The consensus' trade record this stream feeds (shared by the symbol class and timeframe). */
  get tradeRecord(): TradeRecord {
    return this.trades;
  }

  /**
   * Advances to a new bar closing at `close` (bar start `time`, epoch ms): updates the volatility
   * and scores the votes whose horizon ends here. A close that is not a positive number breaks the
   * return chain; votes due on it are dropped unscored.
   */
  observe(time: number, close: number): void {
    this.bar++;
    const valid = close > 0 && close < Infinity;
    this.volatility.observe(close);
    const capacity = this.pendingBar.length;
    while (this.count > 0 && this.pendingBar[this.tail] + this.horizon <= this.bar) {
      if (valid) this.resolve(this.tail, time, close);
      this.tail = this.tail + 1 === capacity ? 0 : this.tail + 1;
      this.count--;
    }
  }

  /**
   * Records the current bar's votes for scoring once the horizon has passed: `actions[i]` is agent i's
   * action code (`NO_VOTE` when it did not vote), `consensus` the consensus' code. Recording the same
   * bar again replaces its votes. Returns false when nothing could be recorded yet (volatility not seeded).
   */
  record(actions: ArrayLike<number>, consensus: number): boolean {
    if (this.bar < 0) throw new Error(`${this.symbol} ${this.timeframe}: record() before the first observe()`);
    if (actions.length !== this.agentCount) throw new RangeError(`actions has ${actions.length} codes for ${this.agentCount} agents`);
    const volatility = this.volatility;
    if (!volatility.seeded || !(volatility.lastClose > 0)) return false;
    let slot = this.head;
    if (this.count === 0 || this.pendingBar[slot] !== this.bar) {
      slot = this.head + 1 === this.pendingBar.length ? 0 : this.head + 1;
      this.head = slot;
      this.count++;
      this.pendingBar[slot] = this.bar;
      this.pendingWeight[slot] = Math.min(1, (this.bar - this.lastRecordBar) / this.horizon);
      this.lastRecordBar = this.bar;
    }
    this.pendingClose[slot] = volatility.lastClose;
    this.pendingBand[slot] = this.deviations * Math.sqrt(volatility.perBarVariance * this.horizon);
    this.pendingConsensus[slot] = consensus;
    const offset = slot * this.agentCount;
    for (let i = 0; i < this.agentCount; i++) this.pendingActions[offset + i] = actions[i];
    return true;
  }

  private resolve(slot: number, time: number, close: number): void {
    const start = this.pendingClose[slot];
    const r = close / start - 1;
    const band = this.pendingBand[slot];
    const sampleWeight = this.pendingWeight[slot];
    const offset = slot * this.agentCount;
    for (let i = 0; i < this.agentCount; i++) {
      const code = this.pendingActions[offset + i];
      if (code === NO_VOTE) continue;
      const cell = this.cells[i];
      // The scorecard judges votes with the same rule (scoreVote).
      const score = scoreVote(code, r, band);
      if (score === 'push') cell.countPush();
      else cell.score(time, score === 'right', sampleWeight);
    }
    const consensus = this.pendingConsensus[slot];
    if (consensus === 1 || consensus === -1) this.trades.score(time, consensus * r, sampleWeight);
  }
}

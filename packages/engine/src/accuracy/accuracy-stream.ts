import type { Timeframe } from '../series/timeframe.js';
import type { AccuracyCell } from './accuracy-cell.js';
import type { AccuracyOptions } from './accuracy-options.js';
import { NO_VOTE } from './action-code.js';
import type { PendingVotesState } from './pending-votes.js';
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
 *
 * The votes waiting for their horizon can be handed to another stream of the same symbol (in another
 * process) with {@link pendingVotes} and {@link adoptPendingVotes}, so whoever follows the symbol on
 * the bar they resolve on scores them, once.
 */
export class AccuracyStream {
  private readonly horizon: number;
  private readonly deviations: number;
  private readonly agentCount: number;
  private bar = -1;
  private readonly volatility: VolatilityEstimate;
  private lastRecordBar = -Infinity;
  private lastRecordTime = NaN;
  /** Start times of the last `horizon + 1` bars (ring by bar number): pending votes are handed over by time. */
  private readonly recentTimes: Float64Array;
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
    this.recentTimes = new Float64Array(capacity + 1);
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
    this.recentTimes[this.bar % this.recentTimes.length] = time;
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
      this.lastRecordTime = this.recentTimes[this.bar % this.recentTimes.length];
    }
    this.pendingClose[slot] = volatility.lastClose;
    this.pendingBand[slot] = this.deviations * Math.sqrt(volatility.perBarVariance * this.horizon);
    this.pendingConsensus[slot] = consensus;
    const offset = slot * this.agentCount;
    for (let i = 0; i < this.agentCount; i++) this.pendingActions[offset + i] = actions[i];
    return true;
  }

  /** The votes waiting for their horizon, as plain data (see {@link adoptPendingVotes}). */
  pendingVotes(): PendingVotesState {
    const capacity = this.pendingBar.length;
    const votes: PendingVotesState['votes'] = [];
    for (let k = 0, slot = this.tail; k < this.count; k++, slot = slot + 1 === capacity ? 0 : slot + 1) {
      const offset = slot * this.agentCount;
      votes.push({
        time: this.recentTimes[this.pendingBar[slot] % this.recentTimes.length],
        close: this.pendingClose[slot],
        band: this.pendingBand[slot],
        weight: this.pendingWeight[slot],
        consensus: this.pendingConsensus[slot],
        actions: Array.from(this.pendingActions.subarray(offset, offset + this.agentCount)),
      });
    }
    return { agents: [...this.agents], lastRecordTime: Number.isNaN(this.lastRecordTime) ? null : this.lastRecordTime, votes };
  }

  /**
   * Replaces the votes waiting for their horizon with `state` (`null`: none), e.g. those another
   * process recorded on bars this stream has observed without voting. Votes are matched to this
   * stream's last `horizon` bars by bar start time and to its agents by id: votes on bars it has not
   * observed, or already due, are dropped, and agents the state does not have count as not voting.
   */
  adoptPendingVotes(state: PendingVotesState | null): void {
    this.count = 0;
    this.head = -1;
    this.tail = 0;
    this.lastRecordBar = -Infinity;
    this.lastRecordTime = NaN;
    if (state === null) return;
    if (state.lastRecordTime !== null) {
      this.lastRecordTime = state.lastRecordTime;
      // Not among the recent bars: recorded longer ago than the horizon (a full sample) or later (now).
      this.lastRecordBar = this.barAt(state.lastRecordTime) ?? (this.bar >= 0 && state.lastRecordTime > this.recentTimes[this.bar % this.recentTimes.length] ? this.bar : -Infinity);
    }
    const columns = this.agents.map((agent) => state.agents.indexOf(agent));
    const capacity = this.pendingBar.length;
    for (const vote of state.votes) {
      const bar = this.barAt(vote.time);
      if (bar === undefined || bar + this.horizon <= this.bar || (this.count > 0 && bar <= this.pendingBar[this.head]) || this.count === capacity) continue;
      const slot = this.head + 1 === capacity ? 0 : this.head + 1;
      this.head = slot;
      this.count++;
      this.pendingBar[slot] = bar;
      this.pendingClose[slot] = vote.close;
      this.pendingBand[slot] = vote.band;
      this.pendingWeight[slot] = vote.weight;
      this.pendingConsensus[slot] = vote.consensus;
      const offset = slot * this.agentCount;
      for (let i = 0; i < this.agentCount; i++) this.pendingActions[offset + i] = columns[i] < 0 ? NO_VOTE : vote.actions[columns[i]];
    }
  }

  /** The number of the observed bar starting at `time`, among the last `horizon + 1`. */
  private barAt(time: number): number | undefined {
    const window = this.recentTimes.length;
    for (let back = 0; back < window && back <= this.bar; back++) {
      if (this.recentTimes[(this.bar - back) % window] === time) return this.bar - back;
    }
    return undefined;
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

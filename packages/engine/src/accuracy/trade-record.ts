import type { Timeframe } from '../series/timeframe.js';
import { shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';
import { mergeTradeRecordStates } from './merge-trade-states.js';
import type { SymbolClass } from './symbol-class.js';

/** The consensus' own record as a trader on one symbol class and timeframe: what Kelly sizing needs. */
export interface TradeRecordSnapshot {
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  /** Decayed share of winning BUY/SELL signals, shrunk toward 0.5 like agents' hit rates. */
  readonly winRate: number;
  /** Decayed average win / average loss, `null` until there are enough samples of both. */
  readonly payoff: number | null;
  /** Decayed number of scored signals. */
  readonly samples: number;
  /** Signals scored, ever. */
  readonly trades: number;
}

/** Plain-data form of a {@link TradeRecord}. */
export interface TradeRecordState {
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  readonly wins: number;
  readonly losses: number;
  readonly winSum: number;
  readonly lossSum: number;
  readonly trades: number;
  readonly lastTime: number | null;
}

/**
 * The consensus' BUY/SELL signals scored as trades held for the tracker's horizon (no stops: the
 * engine cannot know the fills; the server's scorecard follows stops and targets). A trade wins
 * when its signed simple return is positive; returns of exactly 0 are not counted. Decayed in time
 * like agent records.
 */
export class TradeRecord {
  wins = 0;
  losses = 0;
  winSum = 0;
  lossSum = 0;
  trades = 0;
  lastTime = NaN;
  /** Whether signals scored are also tallied as learning not yet synced (see `AccuracyTracker.beginSync`). */
  private tracking = false;
  /** The signals scored since the last sync, as a record of their own. */
  private unsynced: TradeRecord | null = null;

  constructor(
    readonly symbolClass: SymbolClass,
    readonly timeframe: Timeframe,
    private readonly halfLifeMs: number,
    private readonly priorStrength: number,
    private readonly minPayoffSamples: number,
  ) {}

  /** Scores one signal resolved at `time` with the position's return `signedReturn`, counting `sampleWeight` samples. */
  score(time: number, signedReturn: number, sampleWeight: number): void {
    if (!(signedReturn !== 0 && Number.isFinite(signedReturn))) return;
    if (!Number.isNaN(this.lastTime)) {
      const f = decayFactor(this.lastTime, time, this.halfLifeMs);
      if (f !== 1) {
        this.wins *= f;
        this.losses *= f;
        this.winSum *= f;
        this.lossSum *= f;
      }
    }
    // A signal resolved before the last one (another symbol lagging) counts decayed from its own time,
    // so the record does not depend on the order signals are scored in (and records merge exactly).
    const weight = time < this.lastTime ? sampleWeight * decayFactor(time, this.lastTime, this.halfLifeMs) : sampleWeight;
    if (!(time <= this.lastTime)) this.lastTime = time;
    if (signedReturn > 0) {
      this.wins += weight;
      this.winSum += weight * signedReturn;
    } else {
      this.losses += weight;
      this.lossSum -= weight * signedReturn;
    }
    this.trades++;
    if (this.tracking) {
      this.unsynced ??= this.empty();
      this.unsynced.score(time, signedReturn, sampleWeight);
    }
  }

  private empty(): TradeRecord {
    return new TradeRecord(this.symbolClass, this.timeframe, this.halfLifeMs, this.priorStrength, this.minPayoffSamples);
  }

  /** Starts (or stops) tallying signals scored from now on as learning not yet synced; the tally starts empty. */
  trackUnsynced(on: boolean): void {
    this.tracking = on;
    this.unsynced = null;
  }

  /** The signals tallied since the last sync (`null`: none), handed over; the tally starts again empty. */
  takeUnsynced(): TradeRecordState | null {
    const taken = this.unsynced?.toState() ?? null;
    this.unsynced = null;
    return taken;
  }

  /** Gives back a tally that could not be synced, merged with what was tallied since. */
  returnUnsynced(taken: TradeRecordState): void {
    if (!this.tracking) return;
    const since = this.unsynced?.toState();
    const tally = this.empty();
    tally.restore(since === undefined ? taken : mergeTradeRecordStates(taken, since, this.halfLifeMs));
    this.unsynced = tally;
  }

  /** Takes the shared record `state` as its own, keeping the signals tallied but not yet synced on top of it. */
  adopt(state: TradeRecordState): void {
    const since = this.unsynced?.toState();
    this.restore(since === undefined ? state : mergeTradeRecordStates(state, since, this.halfLifeMs));
  }

  /** Shrunk win rate. */
  get winRate(): number {
    return shrunkHitRate(this.wins, this.wins + this.losses, this.priorStrength);
  }

  /** Measured payoff ratio (average win / average loss), or `null` while samples are too few. */
  get payoff(): number | null {
    if (this.wins + this.losses < this.minPayoffSamples || !(this.wins > 0) || !(this.lossSum > 0)) return null;
    return this.winSum / this.wins / (this.lossSum / this.losses);
  }

  /** The record for display. */
  snapshot(): TradeRecordSnapshot {
    return {
      symbolClass: this.symbolClass,
      timeframe: this.timeframe,
      winRate: this.winRate,
      payoff: this.payoff,
      samples: this.wins + this.losses,
      trades: this.trades,
    };
  }

  /** Plain data for JSON. */
  toState(): TradeRecordState {
    const { symbolClass, timeframe, wins, losses, winSum, lossSum, trades } = this;
    return { symbolClass, timeframe, wins, losses, winSum, lossSum, trades, lastTime: Number.isNaN(this.lastTime) ? null : this.lastTime };
  }

  /** Restores what {@link toState} saved. */
  restore(state: TradeRecordState): void {
    this.wins = state.wins;
    this.losses = state.losses;
    this.winSum = state.winSum;
    this.lossSum = state.lossSum;
    this.trades = state.trades;
    this.lastTime = state.lastTime ?? NaN;
  }
}

import type { Timeframe } from '../series/timeframe.js';
import { shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';
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
    if (!(time <= this.lastTime)) this.lastTime = time;
    if (signedReturn > 0) {
      this.wins += sampleWeight;
      this.winSum += sampleWeight * signedReturn;
    } else {
      this.losses += sampleWeight;
      this.lossSum -= sampleWeight * signedReturn;
    }
    this.trades++;
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

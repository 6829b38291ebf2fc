import type { Timeframe } from '../series/timeframe.js';
import { accuracyWeight, shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';
import type { SymbolClass } from './symbol-class.js';

/** One point of an agent's weight history: after the votes scored at `time` (epoch ms). */
export interface AccuracyHistoryPoint {
  readonly time: number;
  readonly hitRate: number;
  readonly samples: number;
  readonly weight: number;
}

/** An agent's accuracy on one symbol class and timeframe, as shown to users. */
export interface AgentAccuracy {
  readonly agent: string;
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  /** Decayed hit rate shrunk toward 0.5 — what the weight is computed from. */
  readonly hitRate: number;
  /** Decayed hit rate without shrinkage, `null` before the first scored vote. */
  readonly rawHitRate: number | null;
  /** Decayed number of scored votes (each vote counts 1, or less when votes overlap). */
  readonly samples: number;
  /** Votes scored right or wrong, ever. */
  readonly scored: number;
  /** BUY/SELL votes whose forward return stayed inside the dead-band: counted here, not scored. */
  readonly pushes: number;
  readonly weight: number;
  /** Time of the last scored vote (epoch ms), `null` before the first. */
  readonly updatedAt: number | null;
}

/** Numbers of history storage per point a cell keeps (time, hit rate, samples, weight). */
export const ACCURACY_CELL_FLOATS = 4;

/** What every record of one tracker shares. */
export interface CellSettings {
  readonly halfLifeMs: number;
  readonly priorStrength: number;
  readonly weightExponent: number;
  readonly maxWeight: number;
  readonly historyLength: number;
}

/** Plain-data form of an {@link AccuracyCell}, for persistence. */
export interface AccuracyCellState {
  readonly agent: string;
  readonly symbolClass: SymbolClass;
  readonly timeframe: Timeframe;
  readonly hits: number;
  readonly samples: number;
  readonly scored: number;
  readonly pushes: number;
  readonly lastTime: number | null;
  readonly history: { readonly time: number[]; readonly hitRate: number[]; readonly samples: number[]; readonly weight: number[] };
}

/**
 * The decayed track record of one agent on one symbol class and timeframe, with its current weight
 * (updated as votes are scored, so reading it is free) and a bounded history, one point per bar.
 */
export class AccuracyCell {
  hits = 0;
  samples = 0;
  scored = 0;
  pushes = 0;
  lastTime = NaN;
  hitRate = 0.5;
  weight: number;
  /** Ring of `historyLength` points as four consecutive columns: time, hit rate, samples, weight. */
  private readonly ring: Float64Array;
  private readonly size: number;
  private head = -1;
  private count = 0;
  private decayElapsed = NaN;
  private decay = 1;

  /**
   * `storage`, when given, holds the history: {@link ACCURACY_CELL_FLOATS} × `historyLength` numbers,
   * zero, used by this cell alone (a tracker hands out views of one buffer to the cells it creates
   * together, since every separate typed array costs a backing-store allocation).
   */
  constructor(
    readonly agent: string,
    readonly symbolClass: SymbolClass,
    readonly timeframe: Timeframe,
    private readonly settings: CellSettings,
    storage?: Float64Array,
  ) {
    this.weight = accuracyWeight(0.5, settings.weightExponent, settings.maxWeight);
    this.size = settings.historyLength;
    const floats = ACCURACY_CELL_FLOATS * this.size;
    if (storage !== undefined && storage.length !== floats) throw new RangeError(`storage has ${storage.length} numbers, a cell needs ${floats}`);
    this.ring = storage ?? new Float64Array(floats);
  }

  /** Scores one vote resolved at `time`: `hit` or not, counting `sampleWeight` (≤ 1) samples. */
  score(time: number, hit: boolean, sampleWeight: number): void {
    const elapsed = time - this.lastTime;
    if (elapsed > 0) {
      // Votes resolve once per bar, so the gap is nearly always the bar length: reuse its factor.
      if (elapsed !== this.decayElapsed) {
        this.decayElapsed = elapsed;
        this.decay = decayFactor(0, elapsed, this.settings.halfLifeMs);
      }
      this.hits *= this.decay;
      this.samples *= this.decay;
    }
    if (!(time <= this.lastTime)) this.lastTime = time;
    if (hit) this.hits += sampleWeight;
    this.samples += sampleWeight;
    this.scored++;
    const { priorStrength, weightExponent, maxWeight } = this.settings;
    this.hitRate = shrunkHitRate(this.hits, this.samples, priorStrength);
    this.weight = accuracyWeight(this.hitRate, weightExponent, maxWeight);
    this.remember(this.lastTime);
  }

  /** Counts a BUY/SELL vote that ended inside the dead-band: no evidence of direction either way. */
  countPush(): void {
    this.pushes++;
  }

  private remember(time: number): void {
    const { ring, size } = this;
    // One point per bar: votes of many symbols resolve at the same bar time.
    if (this.count === 0 || ring[this.head] !== time) {
      this.head = this.head + 1 === size ? 0 : this.head + 1;
      if (this.count < size) this.count++;
    }
    const head = this.head;
    ring[head] = time;
    ring[size + head] = this.hitRate;
    ring[2 * size + head] = this.samples;
    ring[3 * size + head] = this.weight;
  }

  /** The weight history, oldest first. */
  history(): AccuracyHistoryPoint[] {
    const { ring, size } = this;
    const points: AccuracyHistoryPoint[] = [];
    for (let k = this.count - 1; k >= 0; k--) {
      const i = (this.head - k + size) % size;
      points.push({ time: ring[i], hitRate: ring[size + i], samples: ring[2 * size + i], weight: ring[3 * size + i] });
    }
    return points;
  }

  /** The current record for display. */
  snapshot(): AgentAccuracy {
    return {
      agent: this.agent,
      symbolClass: this.symbolClass,
      timeframe: this.timeframe,
      hitRate: this.hitRate,
      rawHitRate: this.samples > 0 ? this.hits / this.samples : null,
      samples: this.samples,
      scored: this.scored,
      pushes: this.pushes,
      weight: this.weight,
      updatedAt: Number.isNaN(this.lastTime) ? null : this.lastTime,
    };
  }

  /** Plain data for JSON. */
  toState(): AccuracyCellState {
    const points = this.history();
    return {
      agent: this.agent,
      symbolClass: this.symbolClass,
      timeframe: this.timeframe,
      hits: this.hits,
      samples: this.samples,
      scored: this.scored,
      pushes: this.pushes,
      lastTime: Number.isNaN(this.lastTime) ? null : this.lastTime,
      history: {
        time: points.map((p) => p.time),
        hitRate: points.map((p) => p.hitRate),
        samples: points.map((p) => p.samples),
        weight: points.map((p) => p.weight),
      },
    };
  }

  /** Restores counts and history saved by {@link toState} (the newest `historyLength` points). */
  restore(state: AccuracyCellState): void {
    this.hits = state.hits;
    this.samples = state.samples;
    this.scored = state.scored;
    this.pushes = state.pushes;
    this.lastTime = state.lastTime ?? NaN;
    this.hitRate = shrunkHitRate(this.hits, this.samples, this.settings.priorStrength);
    this.weight = accuracyWeight(this.hitRate, this.settings.weightExponent, this.settings.maxWeight);
    const { time, hitRate, samples, weight } = state.history;
    const { ring, size } = this;
    const start = Math.max(0, time.length - size);
    this.head = -1;
    this.count = 0;
    for (let i = start; i < time.length; i++) {
      const head = ++this.head;
      this.count++;
      ring[head] = time[i];
      ring[size + head] = hitRate[i];
      ring[2 * size + head] = samples[i];
      ring[3 * size + head] = weight[i];
    }
  }
}

import type { Timeframe } from '../series/timeframe.js';
import { AccuracyHistoryRing } from './accuracy-history-ring.js';
import { accuracyWeight, shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';
import { mergeAccuracyCellStates } from './merge-cell-states.js';
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
 *
 * The record is a function of the votes scored, whatever their order: a vote resolved at time t counts
 * 2^(−(T − t) / half-life) of its samples at the record's time T, also when it is scored after later
 * ones (another symbol of the class lagging, or a replay). So records of different processes merge
 * exactly (see `mergeAccuracyCellStates`).
 */
export class AccuracyCell {
  hits = 0;
  samples = 0;
  scored = 0;
  pushes = 0;
  lastTime = NaN;
  hitRate = 0.5;
  weight: number;
  private readonly ring: AccuracyHistoryRing;
  private decayElapsed = NaN;
  private decay = 1;
  /** Whether votes scored are also tallied as learning not yet synced (see `AccuracyTracker.beginSync`). */
  private tracking = false;
  /** The votes scored since the last sync, as a record of their own (made at the first such vote). */
  private unsynced: AccuracyCell | null = null;

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
    const floats = ACCURACY_CELL_FLOATS * settings.historyLength;
    if (storage !== undefined && storage.length !== floats) throw new RangeError(`storage has ${storage.length} numbers, a cell needs ${floats}`);
    this.ring = new AccuracyHistoryRing(storage ?? new Float64Array(floats), settings);
  }

  /** Scores one vote resolved at `time`: `hit` or not, counting `sampleWeight` (≤ 1) samples. */
  score(time: number, hit: boolean, sampleWeight: number): void {
    const elapsed = time - this.lastTime;
    if (elapsed < 0) {
      this.scoreLate(time, hit, sampleWeight);
    } else {
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
      this.updateWeight();
      this.ring.remember(this.lastTime, this.hitRate, this.samples, this.weight);
    }
    if (this.tracking) this.tally().score(time, hit, sampleWeight);
  }

  /** A vote resolved before the record's last time: counted decayed from its own time, in the history too. */
  private scoreLate(time: number, hit: boolean, sampleWeight: number): void {
    const factor = decayFactor(time, this.lastTime, this.settings.halfLifeMs);
    if (hit) this.hits += sampleWeight * factor;
    this.samples += sampleWeight * factor;
    this.scored++;
    this.updateWeight();
    this.ring.addLate(time, hit ? sampleWeight : 0, sampleWeight);
  }

  private updateWeight(): void {
    const { priorStrength, weightExponent, maxWeight } = this.settings;
    this.hitRate = shrunkHitRate(this.hits, this.samples, priorStrength);
    this.weight = accuracyWeight(this.hitRate, weightExponent, maxWeight);
  }

  /** Counts a BUY/SELL vote that ended inside the dead-band: no evidence of direction either way. */
  countPush(): void {
    this.pushes++;
    if (this.tracking) this.tally().pushes++;
  }

  private tally(): AccuracyCell {
    this.unsynced ??= new AccuracyCell(this.agent, this.symbolClass, this.timeframe, this.settings);
    return this.unsynced;
  }

  /**
   * Starts (or stops) tallying the votes scored from now on as learning not yet synced; either way
   * the tally starts empty.
   */
  trackUnsynced(on: boolean): void {
    this.tracking = on;
    this.unsynced = null;
  }

  /** The learning tallied since the last sync (`null`: none), handed over; the tally starts again empty. */
  takeUnsynced(): AccuracyCellState | null {
    const taken = this.unsynced?.toState() ?? null;
    this.unsynced = null;
    return taken;
  }

  /** Gives back a tally taken with {@link takeUnsynced} that could not be synced, merged with what was tallied since. */
  returnUnsynced(taken: AccuracyCellState): void {
    if (!this.tracking) return;
    const since = this.unsynced?.toState();
    const tally = new AccuracyCell(this.agent, this.symbolClass, this.timeframe, this.settings);
    tally.restore(since === undefined ? taken : mergeAccuracyCellStates(taken, since, this.settings));
    this.unsynced = tally;
  }

  /**
   * Takes `state` (the shared record, which holds every vote synced so far) as its own, keeping the
   * votes tallied but not yet synced on top of it. History points from the first of `state`'s on are
   * replaced by its points; older ones stay, and the newest point is the current record.
   */
  adopt(state: AccuracyCellState): void {
    const since = this.unsynced?.toState();
    const combined = since === undefined ? state : mergeAccuracyCellStates(state, since, this.settings);
    this.setCounts(combined);
    const given = combined.history;
    const from = given.time.length > 0 ? given.time[0] : Infinity;
    const points = this.ring.points().filter((point) => point.time < from);
    for (let i = 0; i < given.time.length; i++) points.push({ time: given.time[i], hitRate: given.hitRate[i], samples: given.samples[i], weight: given.weight[i] });
    const newest = points.length > 0 ? points[points.length - 1].time : -Infinity;
    if (!Number.isNaN(this.lastTime) && newest < this.lastTime) points.push({ time: this.lastTime, hitRate: this.hitRate, samples: this.samples, weight: this.weight });
    this.ring.set(
      points.map((p) => p.time),
      points.map((p) => p.hitRate),
      points.map((p) => p.samples),
      points.map((p) => p.weight),
    );
  }

  /** The weight history, oldest first. */
  history(): AccuracyHistoryPoint[] {
    return this.ring.points();
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
    this.setCounts(state);
    const { time, hitRate, samples, weight } = state.history;
    this.ring.set(time, hitRate, samples, weight);
  }

  private setCounts(state: AccuracyCellState): void {
    this.hits = state.hits;
    this.samples = state.samples;
    this.scored = state.scored;
    this.pushes = state.pushes;
    this.lastTime = state.lastTime ?? NaN;
    this.updateWeight();
  }
}

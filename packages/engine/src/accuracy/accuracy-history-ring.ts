import type { AccuracyHistoryPoint, CellSettings } from './accuracy-cell.js';
import { accuracyWeight, hitsOfShrunkRate, shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';

/**
 * The newest `historyLength` points of a record's weight history: one per time at which votes were
 * scored, holding the record as of that time. Kept as four columns of one typed array (time, hit rate,
 * samples, weight), so following symbols allocates nothing.
 */
export class AccuracyHistoryRing {
  private readonly size: number;
  private head = -1;
  private count = 0;

  /** `ring` holds 4 × `historyLength` numbers, zero, used by this ring alone. */
  constructor(
    private readonly ring: Float64Array,
    private readonly settings: CellSettings,
  ) {
    this.size = settings.historyLength;
  }

  /** Points kept. */
  get length(): number {
    return this.count;
  }

  /** Time of the newest point (-Infinity when there is none). */
  get newest(): number {
    return this.count === 0 ? -Infinity : this.ring[this.head];
  }

  /** Sets the point at `time`, the newest: a new one, or the newest again when votes of more symbols resolve at that time. */
  remember(time: number, hitRate: number, samples: number, weight: number): void {
    const { ring, size } = this;
    if (this.count === 0 || ring[this.head] !== time) {
      this.head = this.head + 1 === size ? 0 : this.head + 1;
      if (this.count < size) this.count++;
    }
    const head = this.head;
    ring[head] = time;
    ring[size + head] = hitRate;
    ring[2 * size + head] = samples;
    ring[3 * size + head] = weight;
  }

  /**
   * Adds a vote scored late (at `time`, before the newest point): every point from `time` on gains its
   * evidence decayed to the point, and a point is made at `time` unless it would be older than all of
   * a full ring's. So the history is that of the votes, whatever order they were scored in.
   */
  addLate(time: number, hits: number, samples: number): void {
    const { ring, size } = this;
    const { halfLifeMs, priorStrength, weightExponent, maxWeight } = this.settings;
    let newer = 0;
    let found = false;
    for (; newer < this.count; newer++) {
      const i = (this.head - newer + size) % size;
      if (ring[i] < time) break;
      if (ring[i] === time) found = true;
      const factor = decayFactor(time, ring[i], halfLifeMs);
      const before = ring[2 * size + i];
      const pointSamples = before + samples * factor;
      const hitRate = shrunkHitRate(hitsOfShrunkRate(ring[size + i], before, priorStrength) + hits * factor, pointSamples, priorStrength);
      ring[size + i] = hitRate;
      ring[2 * size + i] = pointSamples;
      ring[3 * size + i] = accuracyWeight(hitRate, weightExponent, maxWeight);
    }
    if (found || (this.count === size && newer === this.count)) return;
    // The record as of `time`: the newest older point decayed to it, plus the vote.
    let pointHits = hits;
    let pointSamples = samples;
    if (newer < this.count) {
      const i = (this.head - newer + size) % size;
      const factor = decayFactor(ring[i], time, halfLifeMs);
      pointHits += hitsOfShrunkRate(ring[size + i], ring[2 * size + i], priorStrength) * factor;
      pointSamples += ring[2 * size + i] * factor;
    }
    // Shift the newer points one slot on (over the oldest when full) and put the new one before them.
    const next = this.head + 1 === size ? 0 : this.head + 1;
    for (let k = 0; k < newer; k++) {
      const to = (next - k + size) % size;
      const from = (this.head - k + size) % size;
      for (let column = 0; column < 4; column++) ring[column * size + to] = ring[column * size + from];
    }
    this.head = next;
    if (this.count < size) this.count++;
    const slot = (next - newer + size) % size;
    const hitRate = shrunkHitRate(pointHits, pointSamples, priorStrength);
    ring[slot] = time;
    ring[size + slot] = hitRate;
    ring[2 * size + slot] = pointSamples;
    ring[3 * size + slot] = accuracyWeight(hitRate, weightExponent, maxWeight);
  }

  /** The points, oldest first. */
  points(): AccuracyHistoryPoint[] {
    const { ring, size } = this;
    const points: AccuracyHistoryPoint[] = [];
    for (let k = this.count - 1; k >= 0; k--) {
      const i = (this.head - k + size) % size;
      points.push({ time: ring[i], hitRate: ring[size + i], samples: ring[2 * size + i], weight: ring[3 * size + i] });
    }
    return points;
  }

  /** Replaces the points with the newest `historyLength` of the given ones (oldest first). */
  set(time: readonly number[], hitRate: readonly number[], samples: readonly number[], weight: readonly number[]): void {
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

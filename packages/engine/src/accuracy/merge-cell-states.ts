import type { AccuracyCellState, CellSettings } from './accuracy-cell.js';
import { accuracyWeight, hitsOfShrunkRate, shrunkHitRate } from './accuracy-weight.js';
import { decayFactor } from './decay.js';

type History = AccuracyCellState['history'];

/** Decayed hits and samples of a record as of some time. */
interface Evidence {
  hits: number;
  samples: number;
}

/**
 * Reads a record's evidence as of ascending times: from its counts at or after its last scored vote,
 * else from its newest history point at or before the time, decayed to it (nothing before its first point).
 */
class EvidenceAt {
  private index = -1;

  constructor(
    private readonly state: AccuracyCellState,
    private readonly settings: CellSettings,
  ) {}

  at(time: number, out: Evidence): Evidence {
    const { state, settings } = this;
    if (state.lastTime !== null && time >= state.lastTime) {
      const factor = decayFactor(state.lastTime, time, settings.halfLifeMs);
      out.hits = state.hits * factor;
      out.samples = state.samples * factor;
      return out;
    }
    const times = state.history.time;
    while (this.index + 1 < times.length && times[this.index + 1] <= time) this.index++;
    if (this.index < 0) {
      out.hits = 0;
      out.samples = 0;
      return out;
    }
    const factor = decayFactor(times[this.index], time, settings.halfLifeMs);
    const samples = state.history.samples[this.index];
    out.hits = hitsOfShrunkRate(state.history.hitRate[this.index], samples, settings.priorStrength) * factor;
    out.samples = samples * factor;
    return out;
  }
}

/** The ascending union of two ascending lists of times, without repeats. */
function unionOfTimes(a: readonly number[], b: readonly number[]): number[] {
  const union: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
    if (i < a.length && a[i] === next) i++;
    if (j < b.length && b[j] === next) j++;
    if (union.length === 0 || union[union.length - 1] !== next) union.push(next);
  }
  return union;
}

/**
 * The weight history of two merged records: a point at every time either has one, holding the sum of
 * both records' evidence as of that time (the newest `historyLength` points).
 */
function mergeHistories(a: AccuracyCellState, b: AccuracyCellState, settings: CellSettings): History {
  const times = unionOfTimes(a.history.time, b.history.time);
  const start = Math.max(0, times.length - settings.historyLength);
  const fromA = new EvidenceAt(a, settings);
  const fromB = new EvidenceAt(b, settings);
  const one: Evidence = { hits: 0, samples: 0 };
  const other: Evidence = { hits: 0, samples: 0 };
  const history: { time: number[]; hitRate: number[]; samples: number[]; weight: number[] } = { time: [], hitRate: [], samples: [], weight: [] };
  for (let k = start; k < times.length; k++) {
    fromA.at(times[k], one);
    fromB.at(times[k], other);
    const samples = one.samples + other.samples;
    const hitRate = shrunkHitRate(one.hits + other.hits, samples, settings.priorStrength);
    history.time.push(times[k]);
    history.hitRate.push(hitRate);
    history.samples.push(samples);
    history.weight.push(accuracyWeight(hitRate, settings.weightExponent, settings.maxWeight));
  }
  return history;
}

/**
 * Two records of the same agent, symbol class and timeframe, each learned from its own votes, as one
 * record of all their votes: decayed sums brought to the later of the two last times and added, counts
 * added, histories merged point by point. Order does not matter (a ⊕ b = b ⊕ a), so processes that
 * learn from different bars can pool what they learned. When each record's votes came in time order,
 * the result equals one record that scored all the votes in time order (to rounding).
 */
export function mergeAccuracyCellStates(a: AccuracyCellState, b: AccuracyCellState, settings: CellSettings): AccuracyCellState {
  if (a.agent !== b.agent || a.symbolClass !== b.symbolClass || a.timeframe !== b.timeframe) {
    throw new RangeError(`cannot merge the record of ${a.agent} ${a.symbolClass} ${a.timeframe} with that of ${b.agent} ${b.symbolClass} ${b.timeframe}`);
  }
  const lastTime = a.lastTime === null ? b.lastTime : b.lastTime === null ? a.lastTime : Math.max(a.lastTime, b.lastTime);
  const decayA = a.lastTime === null || lastTime === null ? 1 : decayFactor(a.lastTime, lastTime, settings.halfLifeMs);
  const decayB = b.lastTime === null || lastTime === null ? 1 : decayFactor(b.lastTime, lastTime, settings.halfLifeMs);
  return {
    agent: a.agent,
    symbolClass: a.symbolClass,
    timeframe: a.timeframe,
    hits: a.hits * decayA + b.hits * decayB,
    samples: a.samples * decayA + b.samples * decayB,
    scored: a.scored + b.scored,
    pushes: a.pushes + b.pushes,
    lastTime,
    history: mergeHistories(a, b, settings),
  };
}

import { describe, expect, it } from 'vitest';
import { SymbolAnalysis } from '../agents/symbol-analysis.js';
import { runAgents } from '../consensus/run-agents.js';
import { alwaysWrongAgent, configure, constantAgent, randomAgent, skilfulAgent } from '../consensus/test-agents.test-support.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { AccuracyTracker } from './accuracy-tracker.js';
import { actionCode, NO_VOTE } from './action-code.js';

const horizon = 5;
const series = randomWalkBars({ length: 600, seed: 5, symbol: 'AAPL' });

/** Feeds `series` bar by bar: observe the close, run the agents, record every vote. */
function learn(tracker: AccuracyTracker, length = series.length) {
  const agents = configure(
    alwaysWrongAgent('always-wrong', series, horizon),
    skilfulAgent('skilful', series, horizon, 0.7),
    randomAgent('random', 3),
    constantAgent('holder', 'HOLD', 0.5),
  );
  const analysis = new SymbolAnalysis({ symbol: series.symbol, timeframe: '1d', agents: agents.map((a) => a.instance) });
  const stream = tracker.stream(series.symbol, '1d', agents.map((a) => a.id));
  const actions = new Int8Array(agents.length);
  for (let i = 0; i < length; i++) {
    const bar = series.bar(i);
    analysis.push(bar);
    stream.observe(bar.time, bar.close);
    const results = runAgents(agents, analysis.context());
    results.forEach((r, k) => (actions[k] = r.vote ? actionCode(r.vote.action) : NO_VOTE));
    stream.record(actions, NO_VOTE);
  }
  return tracker;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('AccuracyTracker', () => {
  const tracker = learn(new AccuracyTracker({ horizon }));
  const weight = (agent: string) => tracker.weight(agent, 'equity', '1d');
  const history = (agent: string) => tracker.history(agent, 'equity', '1d').map((p) => p.weight);

  it("drives an always-wrong agent's weight toward zero from realized returns", () => {
    const points = history('always-wrong');
    expect(points.length).toBeGreaterThan(200);
    expect(weight('always-wrong')).toBeLessThan(0.03); // measured 0.021 after 600 bars
    expect(tracker.accuracy('always-wrong', 'equity', '1d').rawHitRate).toBe(0);
    // Falling: the weight after 50 scored bars is already below 1, and it ends far lower.
    expect(points[49]).toBeLessThan(0.2);
    expect(points.at(-1)).toBeLessThan(points[49]);
  });

  it("raises a skilful agent's weight as evidence accumulates, up to the cap", () => {
    const points = history('skilful');
    expect(mean(points.slice(0, 20))).toBeLessThan(mean(points.slice(-100)));
    expect(weight('skilful')).toBeGreaterThan(2);
    const accuracy = tracker.accuracy('skilful', 'equity', '1d');
    // Right 70% of the time by construction; pushes inside the dead-band do not count.
    expect(accuracy.rawHitRate).toBeGreaterThan(0.6);
    expect(accuracy.rawHitRate).toBeLessThan(0.8);
    expect(accuracy.pushes).toBeGreaterThan(100);
  });

  it('keeps a coin-flipping agent and an always-HOLD agent near weight 1', () => {
    expect(weight('random')).toBeGreaterThan(0.5);
    expect(weight('random')).toBeLessThan(1.8);
    expect(weight('holder')).toBeGreaterThan(0.5);
    expect(weight('holder')).toBeLessThan(1.8);
  });

  it('answers weight 1 and a 50% hit rate for an agent it has never scored', () => {
    expect(tracker.accuracy('newcomer', 'crypto', '1h')).toMatchObject({ weight: 1, hitRate: 0.5, samples: 0, scored: 0, updatedAt: null });
    expect(tracker.history('newcomer', 'crypto', '1h')).toEqual([]);
  });

  it('lists every record in its snapshot', () => {
    expect(tracker.snapshot().map((a) => a.agent)).toEqual(['always-wrong', 'skilful', 'random', 'holder']);
  });

  it('round-trips its state through JSON: same records, weights, history and options', () => {
    const halfway = learn(new AccuracyTracker({ horizon }), 300);
    const text = JSON.stringify(halfway);
    const restored = AccuracyTracker.fromJSON(JSON.parse(text));
    expect(JSON.stringify(restored)).toBe(text);
    expect(restored.weight('skilful', 'equity', '1d')).toBe(halfway.weight('skilful', 'equity', '1d'));
    expect(restored.history('always-wrong', 'equity', '1d')).toEqual(halfway.history('always-wrong', 'equity', '1d'));
    expect(restored.options).toEqual(halfway.options);
  });

  it('keeps the records a stream creates together (one shared buffer) as separate as records created one by one', () => {
    const together = learn(new AccuracyTracker({ horizon, historyLength: 7 }));
    const apart = new AccuracyTracker({ horizon, historyLength: 7 });
    for (const agent of ['always-wrong', 'skilful', 'random', 'holder']) apart.stream(series.symbol, '1d', [agent]);
    learn(apart);
    expect(JSON.stringify(together)).toBe(JSON.stringify(apart));
    // The ring wrapped many times; each record kept its own last 7 points.
    expect(together.history('skilful', 'equity', '1d')).toHaveLength(7);
    expect(together.history('skilful', 'equity', '1d')).not.toEqual(together.history('always-wrong', 'equity', '1d'));
  });

  it('rejects corrupt state, naming the field', () => {
    const state = JSON.parse(JSON.stringify(tracker));
    state.records[1].hits = -1;
    expect(() => AccuracyTracker.fromJSON(state)).toThrow(/^invalid accuracy tracker state: records\.1\.hits: /);
    expect(() => AccuracyTracker.fromJSON({ ...JSON.parse(JSON.stringify(tracker)), version: 2 })).toThrow(/version/);
    const badOptions = JSON.parse(JSON.stringify(tracker));
    badOptions.options.horizon = 0;
    expect(() => AccuracyTracker.fromJSON(badOptions)).toThrow('horizon must be an integer >= 1, got 0');
  });

  it('rejects options outside their ranges, naming the option', () => {
    expect(() => new AccuracyTracker({ horizon: 1.5 })).toThrow('horizon must be an integer >= 1, got 1.5');
    expect(() => new AccuracyTracker({ maxWeight: 0.5 })).toThrow('maxWeight must be a number in [1, 1000], got 0.5');
  });
});

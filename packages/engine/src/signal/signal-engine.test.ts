import { describe, expect, it } from 'vitest';
import { vote } from '../agents/agent.js';
import { AgentRegistry } from '../agents/agent-registry.js';
import { AccuracyTracker } from '../accuracy/accuracy-tracker.js';
import {
  abstainingAgent,
  alwaysWrongAgent,
  constantAgent,
  hangingAgent,
  nanAgent,
  randomAgent,
  skilfulAgent,
  testAgent,
  throwingAgent,
} from '../consensus/test-agents.test-support.js';
import { averageTrueRange } from '../indicators/volatility/average-true-range.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { generateSignal } from './generate-signal.js';
import type { Signal } from './signal.js';
import { SignalEngine } from './signal-engine.js';

const horizon = 5;
const series = randomWalkBars({ length: 400, seed: 21, symbol: 'AAPL' });
const DAY = 86_400_000;

function registry(): AgentRegistry {
  return new AgentRegistry([
    skilfulAgent('skilful-1', series, horizon, 0.7, 1),
    skilfulAgent('skilful-2', series, horizon, 0.7, 2),
    skilfulAgent('skilful-3', series, horizon, 0.7, 3),
    alwaysWrongAgent('wrong-1', series, horizon),
    alwaysWrongAgent('wrong-2', series, horizon),
    randomAgent('coin', 5),
    constantAgent('holder', 'HOLD', 0.3),
    abstainingAgent('news'),
    nanAgent('broken-nan'),
    throwingAgent('broken-throw'),
  ]);
}

const engineOptions = { registry: registry(), accuracy: { horizon } };

/** Every field of the Signal contract (signal/signal.ts), nothing more. */
const SIGNAL_FIELDS = ['action', 'confidence', 'consensusStrength', 'entry', 'expiresAt', 'price', 'positionSize', 'riskLevel', 'stopLoss', 'summary', 'symbol', 'takeProfit', 'time', 'timeframe', 'votes'];
const VOTE_FIELDS = ['action', 'agent', 'category', 'confidence', 'reasoning', 'status', 'weight'];

describe('SignalEngine', () => {
  it('asks again for the current bar without recording its votes a second time when told not to learn', () => {
    const asked = new SignalEngine({ ...engineOptions, registry: registry() });
    const plain = new SignalEngine({ ...engineOptions, registry: registry() });
    asked.replay(series.slice(0, 200), { learn: true });
    plain.replay(series.slice(0, 200), { learn: true });
    const first = asked.signal('AAPL', '1d', undefined, false);
    expect(asked.signal('AAPL', '1d', undefined, false)).toEqual(first);
    for (let i = 200; i < 220; i++) {
      asked.update('AAPL', '1d', series.bar(i));
      plain.update('AAPL', '1d', series.bar(i));
    }
    const scored = (engine: SignalEngine): number => engine.tracker.snapshot().reduce((sum, cell) => sum + cell.scored, 0);
    expect(scored(asked)).toBeGreaterThan(0);
    expect(scored(asked)).toBe(scored(plain));
  });

  it('produces a full signal whose JSON has exactly the contract fields', () => {
    const engine = new SignalEngine({ ...engineOptions, registry: registry() });
    const signal = engine.replay(series.slice(0, 300));
    const json = JSON.parse(JSON.stringify(signal)) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(SIGNAL_FIELDS.sort());
    for (const v of signal.votes) expect(Object.keys(v).sort()).toEqual(VOTE_FIELDS);

    const last = 299;
    expect(signal.symbol).toBe('AAPL');
    expect(signal.timeframe).toBe('1d');
    expect(signal.time).toBe(new Date(series.time[last]).toISOString());
    expect(signal.expiresAt).toBe(new Date(series.time[last] + horizon * DAY).toISOString());
    expect(signal.price).toBe(series.close[last]);
    expect(signal.entry).toBe(series.close[last]);
    expect(['low', 'medium', 'high']).toContain(signal.riskLevel);
    expect(signal.summary.startsWith(`${signal.action} AAPL at ${series.close[last].toFixed(2)}: `)).toBe(true);
    expect(signal.summary).toMatch(/; 1 abstained, 2 excluded\.$/);
  });

  it('lists every configured agent in registry order, with abstentions and exclusions and their reasons', () => {
    const engine = new SignalEngine({ ...engineOptions, registry: registry() });
    const signal = engine.replay(series.slice(0, 300));
    expect(signal.votes.map((v) => [v.agent, v.status])).toEqual([
      ['skilful-1', 'voted'],
      ['skilful-2', 'voted'],
      ['skilful-3', 'voted'],
      ['wrong-1', 'voted'],
      ['wrong-2', 'voted'],
      ['coin', 'voted'],
      ['holder', 'voted'],
      ['news', 'abstained'],
      ['broken-nan', 'excluded'],
      ['broken-throw', 'excluded'],
    ]);
    const byAgent = new Map(signal.votes.map((v) => [v.agent, v]));
    expect(byAgent.get('news')).toMatchObject({ action: null, confidence: 0, reasoning: 'news has no data' });
    expect(byAgent.get('broken-nan')).toMatchObject({ action: null, reasoning: 'invalid output: confidence NaN is not a number in 0..1' });
    expect(byAgent.get('broken-throw')).toMatchObject({ action: null, reasoning: 'threw Error: broken-throw exploded' });
    expect(byAgent.get('holder')).toMatchObject({ action: 'HOLD', confidence: 0.3, reasoning: 'holder always says HOLD at 0.3.' });
  });

  it('places stops 2 ATR(14) from the close, the target at 2R', () => {
    const engine = new SignalEngine({ registry: new AgentRegistry([constantAgent('a', 'BUY', 0.9), constantAgent('b', 'BUY', 0.9), constantAgent('c', 'BUY', 0.9)]) });
    const signal = engine.replay(series.slice(0, 120), { learn: false });
    // TA-Lib ATR(14) from the batch function (itself checked against TA-Lib by the indicator contract).
    const atr = averageTrueRange(series.high, series.low, series.close, 14)[119];
    const close = series.close[119];
    expect(signal.action).toBe('BUY');
    expect(signal.stopLoss).toBeCloseTo(close - 2 * atr, 10);
    expect(signal.takeProfit).toBeCloseTo(close + 4 * atr, 10);
    // Nothing learned yet: p = 0.5, b = R = 2, half Kelly = 0.125; the 1% risk cap is 0.01 / (2 ATR / close).
    expect(signal.positionSize).toBeCloseTo(Math.min(0.125, 0.01 / ((2 * atr) / close)), 12);
    expect(signal.summary).toMatch(/^BUY AAPL at \d+\.\d\d: 3 of 3 voting agents agree \(strength 1\.00, confidence 0\.90\); stop \d+\.\d\d, target \d+\.\d\d \(2\.0R\); risk (low|medium|high); size \d+\.\d% of equity; 0 abstained, 0 excluded\.$/);
  });

  it('learns from the replayed history: always-wrong agents end near weight 0, skilful ones above 1', () => {
    const signal = new SignalEngine({ ...engineOptions, registry: registry() }).replay(series.slice(0, 395));
    const weight = new Map(signal.votes.map((v) => [v.agent, v.weight]));
    expect(weight.get('wrong-1')).toBeLessThan(0.1);
    expect(weight.get('wrong-2')).toBeLessThan(0.1);
    for (const agent of ['skilful-1', 'skilful-2', 'skilful-3']) expect(weight.get(agent)).toBeGreaterThan(1.5);
  });

  it('trades with the skilful agents once the always-wrong ones are down-weighted, against them before', () => {
    // With equal weights the unanimous, fully confident wrong pair outweighs the three skilful agents
    // (confidence 0.8, right 70% each); learned weights turn that around.
    const forward = (i: number) => series.close[i + horizon] / series.close[i] - 1;
    const score = (engine: SignalEngine) => {
      let right = 0;
      let wrong = 0;
      for (let i = 300; i < 395; i++) {
        const signal = engine.update('AAPL', '1d', series.bar(i));
        if (signal.action === 'HOLD') continue;
        if ((signal.action === 'BUY') === forward(i) > 0) right++;
        else wrong++;
      }
      return { right, wrong };
    };
    const learned = new SignalEngine({ ...engineOptions, registry: registry() });
    learned.replay(series.slice(0, 300), { scoreEvery: 1 });
    const naive = new SignalEngine({ ...engineOptions, registry: registry(), learn: false });
    naive.replay(series.slice(0, 300), { learn: false });
    const withLearning = score(learned);
    const withoutLearning = score(naive);
    // Measured on this series: learned 56 right / 16 wrong; equal weights 0 right / 30 wrong.
    expect(withLearning.right).toBeGreaterThan(3 * withLearning.wrong);
    expect(withoutLearning.wrong).toBeGreaterThan(3 * withoutLearning.right);
  });

  it('gives identical signals from a replay and from bar-by-bar updates', () => {
    const part = series.slice(0, 250);
    const replayed = new SignalEngine({ ...engineOptions, registry: registry() });
    const viaReplay = replayed.replay(part, { scoreEvery: 1 });
    const updated = new SignalEngine({ ...engineOptions, registry: registry() });
    let viaUpdate: Signal | undefined;
    for (let i = 0; i < part.length; i++) viaUpdate = updated.update('AAPL', '1d', part.bar(i));
    expect(viaUpdate).toEqual(viaReplay);
    expect(JSON.stringify(updated.tracker)).toBe(JSON.stringify(replayed.tracker));

    const quiet = new SignalEngine({ ...engineOptions, registry: registry(), learn: false });
    let quietUpdate: Signal | undefined;
    for (let i = 0; i < part.length; i++) quietUpdate = quiet.update('AAPL', '1d', part.bar(i));
    expect(quietUpdate).toEqual(new SignalEngine({ ...engineOptions, registry: registry() }).replay(part, { learn: false }));
  });

  it('carries learned weights across a restart through the tracker JSON', () => {
    const first = new SignalEngine({ ...engineOptions, registry: registry() });
    first.replay(series.slice(0, 300));
    const restored = AccuracyTracker.fromJSON(JSON.parse(JSON.stringify(first.tracker)));
    const second = new SignalEngine({ registry: registry(), tracker: restored });
    const a = first.update('MSFT', '1d', series.bar(0));
    const b = second.update('MSFT', '1d', series.bar(0));
    expect(b.votes.map((v) => v.weight)).toEqual(a.votes.map((v) => v.weight));
    expect(a.votes[3].weight).toBeLessThan(0.1); // wrong-1, learned on AAPL, applies to MSFT (same class)
  });

  it("raises the risk level and scales the size by the risk agents' assessments", () => {
    const definitions = [
      constantAgent('a', 'BUY', 0.9),
      constantAgent('b', 'BUY', 0.9),
      constantAgent('c', 'BUY', 0.9),
      testAgent('volatility-guard', () => vote('HOLD', 0.01, 'volatility is extreme.', {}, { level: 'high', sizeMultiplier: 0.5 }), 'risk'),
    ];
    const engine = new SignalEngine({ registry: new AgentRegistry(definitions) });
    engine.replay(series.slice(0, 119), { learn: false });
    const details = engine.updateWithDetails('AAPL', '1d', series.bar(119));
    expect(details.risk.sizeMultiplier).toBe(0.5);
    expect(details.signal.riskLevel).toBe('high');
    expect(details.signal.positionSize).toBeCloseTo(0.5 * Math.min(0.125, 0.01 / ((details.risk.stopDistance ?? NaN) / series.close[119])), 12);
  });

  it('excludes an agent that answers with a promise, since the engine runs agents synchronously', () => {
    const engine = new SignalEngine({ registry: new AgentRegistry([constantAgent('a', 'BUY'), hangingAgent('remote-model')]) });
    const vote = engine.update('AAPL', '1d', series.bar(0)).votes[1];
    expect(vote).toMatchObject({ agent: 'remote-model', status: 'excluded', action: null });
    expect(vote.reasoning).toMatch(/^returned a promise/);
  });

  it('runs the default registry end to end', () => {
    const engine = new SignalEngine();
    const signal = engine.replay(randomWalkBars({ length: 400, seed: 4, symbol: 'MSFT' }));
    expect(Object.keys(signal).sort()).toEqual(SIGNAL_FIELDS.sort());
    expect(signal.votes.map((v) => v.agent)).toEqual(engine.registry.list().map((d) => d.id));
    expect(signal.votes.every((v) => Number.isFinite(v.weight) && v.weight >= 0)).toBe(true);
  });

  it('shares one set of default agents between engines on the defaults, and configures its own otherwise', () => {
    const a = new SignalEngine();
    const b = new SignalEngine({ learn: false });
    expect(b.agents).toBe(a.agents);
    expect(a.agents.map((agent) => agent.id)).toEqual(a.registry.list().map((d) => d.id));
    const tuned = new SignalEngine({ agentConfigs: { rsi: { period: 9 } } });
    expect(tuned.agents).not.toBe(a.agents);
    expect(tuned.agents.find((agent) => agent.id === 'rsi')?.config).toMatchObject({ period: 9 });
    // Shared agents are pure: two engines on different symbols give the signals fresh engines give.
    const msft = randomWalkBars({ length: 300, seed: 8, symbol: 'MSFT' });
    a.replay(series.slice(0, 300));
    expect(JSON.stringify(b.replay(msft))).toBe(JSON.stringify(new SignalEngine({ learn: false, agentConfigs: {} }).replay(msft)));
  });

  it('runs only the enabled agents, and rejects unknown ones by name', () => {
    const engine = new SignalEngine({ registry: registry(), agents: ['holder', 'skilful-2'] });
    expect(engine.agents.map((a) => a.id)).toEqual(['skilful-2', 'holder']);
    expect(() => new SignalEngine({ registry: registry(), agents: ['nope'] })).toThrow(/unknown agent "nope"/);
  });

  it('rejects misuse with clear errors', () => {
    const engine = new SignalEngine({ registry: registry() });
    expect(() => engine.signal('AAPL', '1d')).toThrow('no bars for AAPL 1d; push or replay some first');
    expect(() => engine.replay(series.slice(0, 0))).toThrow('series AAPL is empty');
    expect(() => engine.replay(series, { scoreEvery: 0 })).toThrow('scoreEvery must be an integer >= 1, got 0');
    expect(() => new SignalEngine({ registry: registry(), tracker: new AccuracyTracker(), accuracy: { horizon: 3 } })).toThrow('give either tracker or accuracy options, not both');
    engine.push('AAPL', '1d', series.bar(5));
    expect(() => engine.push('AAPL', '1d', series.bar(4))).toThrow(/is not after the previous bar/);
  });

  it('makes the same signal through generateSignal as through an engine replay', () => {
    const part = series.slice(0, 200);
    expect(generateSignal(part, { registry: registry(), accuracy: { horizon } })).toEqual(new SignalEngine({ registry: registry(), accuracy: { horizon } }).replay(part));
  });
});

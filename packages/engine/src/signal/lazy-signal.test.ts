import { describe, expect, it } from 'vitest';
import { vote } from '../agents/agent.js';
import { AgentRegistry } from '../agents/agent-registry.js';
import { abstainingAgent, constantAgent, testAgent, throwingAgent } from '../consensus/test-agents.test-support.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { formatPrice } from './format-price.js';
import { LazySignal, signalVote } from './lazy-signal.js';
import { SignalEngine } from './signal-engine.js';
import { signalSummary } from './signal-summary.js';

const series = randomWalkBars({ length: 200, seed: 5, symbol: 'AAPL' });

function engineWith(counter: { written: number }): SignalEngine {
  const counted = testAgent('counted', () =>
    vote('BUY', 0.9, () => {
      counter.written++;
      return 'counted says BUY.';
    }, { x: 1 }),
  );
  const registry = new AgentRegistry([counted, constantAgent('b', 'BUY', 0.9), constantAgent('c', 'BUY', 0.9), abstainingAgent('news'), throwingAgent('broken')]);
  return new SignalEngine({ registry });
}

describe('LazySignal', () => {
  it('writes no reasoning and no summary until they are read, then writes each once', () => {
    const counter = { written: 0 };
    const engine = engineWith(counter);
    engine.replay(series.slice(0, 150));
    const details = engine.updateWithDetails('AAPL', '1d', series.bar(150));
    expect(counter.written).toBe(0);
    const { signal } = details;
    expect(signal).toBeInstanceOf(LazySignal);
    expect(signal.votes[0].reasoning).toBe('counted says BUY.');
    expect(signal.votes).toBe(signal.votes);
    JSON.stringify(signal);
    expect(counter.written).toBe(1);
    expect(signal.summary).toBe(signalSummary({ symbol: 'AAPL', price: series.close[150], consensus: details.consensus, risk: details.risk }));
    expect(signal.summary.startsWith(`BUY AAPL at ${formatPrice(series.close[150])}: `)).toBe(true);
  });

  it('reads, serialises, spreads and clones exactly like the plain object with the same fields', () => {
    const engine = engineWith({ written: 0 });
    engine.replay(series.slice(0, 150));
    const { signal, results, consensus, risk } = engine.updateWithDetails('AAPL', '1d', series.bar(150));
    const weights = signal.votes.map((v) => v.weight);
    const plain = {
      symbol: signal.symbol,
      timeframe: signal.timeframe,
      time: new Date(series.time[150]).toISOString(),
      action: consensus.action,
      confidence: consensus.confidence,
      consensusStrength: consensus.consensusStrength,
      price: series.close[150],
      entry: series.close[150],
      stopLoss: risk.stopLoss,
      takeProfit: risk.takeProfit,
      riskLevel: risk.riskLevel,
      positionSize: risk.positionSize,
      expiresAt: new Date(series.time[150] + 5 * 86_400_000).toISOString(),
      summary: signalSummary({ symbol: 'AAPL', price: series.close[150], consensus, risk }),
      votes: results.map((r, i) => signalVote(r, weights[i])),
    };
    expect(JSON.stringify(signal)).toBe(JSON.stringify(plain));
    expect(Object.keys(signal)).toEqual(Object.keys(plain));
    expect({ ...signal }).toEqual(plain);
    expect(structuredClone(signal)).toEqual(plain);
    expect(signal.votes.map((v) => v.reasoning)).toEqual(['counted says BUY.', 'b always says BUY at 0.9.', 'c always says BUY at 0.9.', 'news has no data', 'threw Error: broken exploded']);
  });

  it('says, when read bars later, exactly what it said at its own bar (the default agents, learning)', () => {
    const readNow = new SignalEngine();
    const readLater = new SignalEngine();
    const history = randomWalkBars({ length: 420, seed: 12, symbol: 'MSFT' });
    readNow.replay(history.slice(0, 300));
    readLater.replay(history.slice(0, 300));
    const now: string[] = [];
    const later: ReturnType<SignalEngine['update']>[] = [];
    for (let i = 300; i < 420; i++) {
      now.push(JSON.stringify(readNow.update('MSFT', '1d', history.bar(i))));
      later.push(readLater.update('MSFT', '1d', history.bar(i)));
    }
    expect(later.map((signal) => JSON.stringify(signal))).toEqual(now);
  });

  it('keeps the weights of its own bar although the engine reuses its weight array', () => {
    const engine = new SignalEngine({ registry: new AgentRegistry([constantAgent('a', 'BUY', 0.9), constantAgent('b', 'SELL', 0.9), constantAgent('c', 'BUY', 0.9)]) });
    engine.replay(series.slice(0, 120));
    const early = engine.update('AAPL', '1d', series.bar(120));
    const weightsThen = (engine.tracker.snapshot().map((r) => r.weight));
    for (let i = 121; i < 190; i++) engine.update('AAPL', '1d', series.bar(i));
    // The tracker has learned since; the early signal still shows the weights it was made with.
    expect(engine.tracker.snapshot().map((r) => r.weight)).not.toEqual(weightsThen);
    expect(early.votes.map((v) => v.weight)).toEqual(weightsThen);
  });
});

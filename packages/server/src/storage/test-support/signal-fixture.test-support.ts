import { generateSignal, randomWalkBars, type Signal } from '@goldensignals/engine';

let engineSignal: Signal | undefined;

/** A real engine signal (every agent's vote included) as a plain object, computed once per test file. */
function baseSignal(): Signal {
  if (engineSignal === undefined) {
    const signal = generateSignal(randomWalkBars({ length: 300, seed: 7, symbol: 'AAPL' }), { learn: false });
    engineSignal = {
      symbol: signal.symbol,
      timeframe: signal.timeframe,
      time: signal.time,
      action: signal.action,
      confidence: signal.confidence,
      consensusStrength: signal.consensusStrength,
      price: signal.price,
      entry: signal.entry,
      stopLoss: signal.stopLoss,
      takeProfit: signal.takeProfit,
      riskLevel: signal.riskLevel,
      positionSize: signal.positionSize,
      expiresAt: signal.expiresAt,
      summary: signal.summary,
      votes: signal.votes.map((vote) => ({ ...vote })),
    };
  }
  return engineSignal;
}

/** The engine's signal with some fields replaced (e.g. another symbol, time or action). */
export function signalFixture(overrides: Partial<Signal> = {}): Signal {
  return { ...baseSignal(), ...overrides };
}

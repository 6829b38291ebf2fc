import { randomUUID } from 'node:crypto';
import { randomWalkBars, SignalEngine, type Signal } from '@goldensignals/engine';
import type { StoredSignal } from '@goldensignals/server';

/** The last BUY or SELL signal (with stops and a size, the fullest summary) of a simulated walk. */
function actionableSignal(): Signal {
  const series = randomWalkBars({ length: 600, seed: 42, symbol: 'AAPL' });
  const engine = new SignalEngine({ learn: false });
  let chosen: Signal | undefined;
  for (let i = 0; i < series.length; i++) {
    const signal = engine.update('AAPL', '1d', series.bar(i));
    if (signal.action !== 'HOLD' && signal.stopLoss !== null) chosen = signal;
  }
  if (chosen === undefined) throw new Error('the simulated walk gave no BUY or SELL signal to publish');
  return chosen;
}

/**
 * A stored signal exactly as the REST API returns it and the bus carries it: a real engine BUY/SELL signal on
 * simulated bars, without votes; each call gives it a new id, as each new signal has.
 */
export function benchSignalFactory(): () => StoredSignal {
  const { votes: _votes, ...signal } = actionableSignal();
  return () => ({ ...signal, id: randomUUID(), simulated: true, createdAt: new Date().toISOString(), outcome: null });
}

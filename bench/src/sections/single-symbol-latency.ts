import { performance } from 'node:perf_hooks';
import { createDefaultAgentRegistry, randomWalkBars, SignalEngine } from '@goldensignals/engine';
import { percentile, progress, round } from '../measure.js';

const HISTORY = 1_000;
const COLD_RUNS = 300;
const INCREMENTAL_RUNS = 3_000;
const WARM_UP_UPDATES = 20_000;
const WARM_UP_REPLAYS = 50;

/**
 * Runs both paths on another symbol's data until the JIT has optimised them, as it has in a running
 * engine that serves many symbols: the figures are then steady-state latencies, not compile times.
 */
function warmUp(): void {
  const series = randomWalkBars({ length: HISTORY + WARM_UP_UPDATES, seed: 12, symbol: 'WARM' });
  const history = series.slice(0, HISTORY);
  const engine = new SignalEngine({ learn: false });
  for (let run = 0; run < WARM_UP_REPLAYS; run++) {
    engine.forget('WARM', '1d');
    engine.replay(history, { learn: false });
  }
  for (let i = HISTORY; i < series.length; i++) engine.update('WARM', '1d', series.bar(i));
}

/**
 * One symbol with 1,000 bars of history through every agent, the consensus and risk: cold (a symbol the running
 * engine has not seen: its 1,000 bars are replayed and the last bar is signalled) and incremental (one new bar on a
 * warm symbol), p50/p99 in µs. Agent construction (config validation) happens once per process, not per symbol,
 * so it is outside the cold figure; it is reported separately. Both are measured after a JIT warm-up on another
 * symbol, as in a running engine.
 */
export function singleSymbolLatency(): unknown {
  const series = randomWalkBars({ length: HISTORY + INCREMENTAL_RUNS, seed: 11, symbol: 'ONE' });
  const history = series.slice(0, HISTORY);
  const agents = createDefaultAgentRegistry().list().length;
  progress(`single symbol: ${agents} agents, cold x${COLD_RUNS}`);
  const constructionStart = performance.now();
  const coldEngine = new SignalEngine({ learn: false });
  const constructionUs = (performance.now() - constructionStart) * 1e3;
  progress(`single symbol: JIT warm-up on another symbol (${WARM_UP_REPLAYS} replays, ${WARM_UP_UPDATES} updates)`);
  warmUp();
  const cold: number[] = [];
  for (let run = 0; run < COLD_RUNS + 20; run++) {
    coldEngine.forget('ONE', '1d');
    const start = performance.now();
    coldEngine.replay(history, { learn: false });
    if (run >= 20) cold.push((performance.now() - start) * 1e3);
  }
  progress(`single symbol: incremental x${INCREMENTAL_RUNS}`);
  const engine = new SignalEngine({ learn: false });
  engine.replay(history, { learn: false });
  const incremental: number[] = [];
  for (let i = HISTORY; i < series.length; i++) {
    const bar = series.bar(i);
    const start = performance.now();
    engine.update('ONE', '1d', bar);
    incremental.push((performance.now() - start) * 1e3);
  }
  const coldP50 = percentile(cold, 50);
  const incrementalP50 = percentile(incremental.slice(200), 50);
  return {
    agents,
    historyBars: HISTORY,
    engineConstructionUs: round(constructionUs, 0),
    coldUs: { p50: round(coldP50, 0), p99: round(percentile(cold, 99), 0) },
    incrementalUs: { p50: round(incrementalP50, 1), p99: round(percentile(incremental.slice(200), 99), 1) },
    targets: { coldP50Us: 1000, incrementalP50Us: 20 },
    meetsTargets: coldP50 <= 1000 && incrementalP50 <= 20,
  };
}

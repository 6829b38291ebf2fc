import type { OptionsChain } from '../../options/options-chain.js';
import { syntheticOptionsChain, type SyntheticChainOptions } from '../../options/options-chain.test-support.js';
import type { Bar } from '../../series/bar.js';
import { barsFromCloses } from '../risk/run-agent.test-support.js';

/** Ten daily bars ending 2024-01-10; the last bar closes at 2024-01-11T00:00Z. */
export const optionsTestBars: Bar[] = barsFromCloses([100, 101, 99, 100, 102, 101, 100, 99, 100, 100]);

/** Snapshot time of the test chains: 20:00Z on the last bar's day (before its close). */
export const chainTime = optionsTestBars[optionsTestBars.length - 1].time + 20 * 3_600_000;

/** A Black-Scholes-priced chain for TEST at {@link chainTime} (override anything). */
export function testChain(options: Partial<SyntheticChainOptions> = {}): OptionsChain {
  return syntheticOptionsChain({ underlying: 'TEST', asOf: chainTime, ...options });
}

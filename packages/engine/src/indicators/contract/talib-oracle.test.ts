import { describe, expect, it } from 'vitest';
import { allIndicatorDescriptors } from './all-descriptors.js';
import { contractBars } from './contract-bars.test-support.js';
import { runTalib } from './talib-oracle.test-support.js';

/**
 * Reference values: TA-Lib 0.4 itself (npm `talib` 1.1.6, the C library compiled from source), run
 * on the same bars. Agreement is required to 1e-9 relative; for outputs that cross zero the
 * tolerance is relative to the column's typical magnitude so rounding noise around 0 is not a miss.
 */
const RELATIVE_TOLERANCE = 1e-9;

const datasets = [
  { name: 'random walk with a flat stretch', bars: contractBars(1500, 7) },
  { name: 'second random walk', bars: contractBars(800, 99) },
];

const withTalib = allIndicatorDescriptors.filter((d) => d.talib !== undefined);

describe.each(datasets)('TA-Lib oracle on $name', ({ bars }) => {
  it.each(withTalib.map((d) => [d.id, d] as const))('%s matches TA-Lib', (_id, descriptor) => {
    const spec = descriptor.talib;
    if (!spec) throw new Error('filtered above');
    const expected = runTalib(spec, bars);
    const actual = descriptor.batch(bars);
    for (const name of Object.keys(spec.outputs)) {
      const want = expected[name];
      const got = actual[name];
      const firstWant = want.findIndex((v) => !Number.isNaN(v));
      const firstGot = got.findIndex((v) => !Number.isNaN(v));
      expect(firstGot, `${name}: first valid bar`).toBe(firstWant);
      let scale = 0;
      for (const v of want) if (!Number.isNaN(v)) scale = Math.max(scale, Math.abs(v));
      for (let i = firstWant; i < want.length; i++) {
        const tolerance = RELATIVE_TOLERANCE * Math.max(Math.abs(want[i]), scale * 1e-3, 1e-12);
        if (!(Math.abs(got[i] - want[i]) <= tolerance)) {
          expect.fail(`${name}[${i}]: ours ${got[i]}, TA-Lib ${want[i]}`);
        }
      }
    }
  });
});

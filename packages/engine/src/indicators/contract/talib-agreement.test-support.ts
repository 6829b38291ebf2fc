import { expect } from 'vitest';
import type { BarColumns } from '../../series/bar-series.js';
import type { TalibSpec } from './indicator-descriptor.js';
import { runTalib } from './talib-oracle.test-support.js';

/**
 * Comparisons with TA-Lib itself (TA-Lib 0.4 via npm `talib` 1.1.6, run on the same columns) for
 * configurations and data beyond the registered descriptors, which the oracle test covers.
 */

/**
 * Expects our columns to agree with TA-Lib's from TA-Lib's first value on, to 1e-12 relative to
 * max(1, |TA-Lib|), and the first valid bar to be the same.
 */
export function expectTalibAgreement(spec: TalibSpec, columns: BarColumns, ours: Readonly<Record<string, Float64Array>>): void {
  const expected = runTalib(spec, columns);
  for (const name of Object.keys(spec.outputs)) {
    const want = expected[name];
    const got = ours[name];
    const first = want.findIndex((v) => !Number.isNaN(v));
    expect(got.findIndex((v) => !Number.isNaN(v)), `${name}: first valid bar`).toBe(first);
    for (let i = first; i < want.length; i++) {
      if (!(Math.abs(got[i] - want[i]) <= 1e-12 * Math.max(1, Math.abs(want[i])))) {
        expect.fail(`${spec.name} ${name}[${i}]: ours ${got[i]}, TA-Lib ${want[i]}`);
      }
    }
  }
}

/** Expects our columns to equal TA-Lib's bit for bit, NaN where TA-Lib gives nothing. */
export function expectSameAsTalib(spec: TalibSpec, columns: BarColumns, ours: Readonly<Record<string, Float64Array>>): void {
  const talib = runTalib(spec, columns);
  for (const name of Object.keys(spec.outputs)) {
    const mismatch = talib[name].findIndex((v, i) => !Object.is(v, ours[name][i]));
    const where = `${spec.name} ${JSON.stringify(spec.options)} ${name}[${mismatch}]`;
    expect(mismatch, `${where}: ours ${ours[name][mismatch]}, TA-Lib ${talib[name][mismatch]}`).toBe(-1);
  }
}

import { expect } from 'vitest';
import type { BarColumns } from '../../series/bar-series.js';
import type { TalibSpec } from '../contract/indicator-descriptor.js';
import { runTalib } from '../contract/talib-oracle.test-support.js';

/**
 * Expects our batch columns to equal TA-Lib's bit for bit (NaN where TA-Lib gives nothing), for
 * parameter sets beyond the registered descriptors. Reference: TA-Lib 0.4 via npm `talib` 1.1.6.
 */
export function expectSameAsTalib(spec: TalibSpec, bars: BarColumns, ours: Readonly<Record<string, Float64Array>>): void {
  const talib = runTalib(spec, bars);
  for (const name of Object.keys(spec.outputs)) {
    const mismatch = talib[name].findIndex((v, i) => !Object.is(v, ours[name][i]));
    const where = `${spec.name} ${JSON.stringify(spec.options)} ${name}[${mismatch}]`;
    expect(mismatch, `${where}: ours ${ours[name][mismatch]}, TA-Lib ${talib[name][mismatch]}`).toBe(-1);
  }
}

/** Feeds `inputs` one by one and collects the outputs into columns (NaN while the value is null). */
export function streamColumns<TInput>(
  indicator: { update(input: TInput): number | Readonly<Record<string, number>> | null },
  inputs: readonly TInput[],
  outputs: readonly string[],
): Record<string, Float64Array> {
  const columns: Record<string, Float64Array> = {};
  for (const name of outputs) columns[name] = new Float64Array(inputs.length).fill(NaN);
  inputs.forEach((input, i) => {
    const value = indicator.update(input);
    if (value === null) return;
    if (typeof value === 'number') columns[outputs[0]][i] = value;
    else for (const name of outputs) columns[name][i] = value[name];
  });
  return columns;
}

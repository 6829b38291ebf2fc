import { describe, expect, it } from 'vitest';
import type { BarSeries } from '../../series/bar-series.js';
import { allIndicatorDescriptors } from './all-descriptors.js';
import { contractBars } from './contract-bars.test-support.js';
import type { IndicatorDescriptor, IndicatorOutput } from './indicator-descriptor.js';

/** Runs the streaming object over every bar and collects each output into a column. */
function streamAll(descriptor: IndicatorDescriptor, bars: BarSeries): Record<string, Float64Array> {
  const indicator = descriptor.createStreaming();
  const columns: Record<string, Float64Array> = {};
  for (const name of descriptor.outputs) columns[name] = new Float64Array(bars.length).fill(NaN);
  for (let i = 0; i < bars.length; i++) {
    const value: IndicatorOutput | null = indicator.update(bars.bar(i));
    if (value === null) continue;
    if (typeof value === 'number') columns[descriptor.outputs[0]][i] = value;
    else for (const name of descriptor.outputs) columns[name][i] = value[name];
  }
  return columns;
}

function firstValidIndex(column: Float64Array): number {
  return column.findIndex((v) => !Number.isNaN(v));
}

const bars = contractBars();

describe('indicator contract', () => {
  it('registers at least 40 indicator configurations', () => {
    expect(allIndicatorDescriptors.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every registered configuration a unique id', () => {
    const ids = allIndicatorDescriptors.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe.each(allIndicatorDescriptors.map((d) => [d.id, d] as const))('%s', (_id, descriptor) => {
    const batch = descriptor.batch(bars);

    it('batch returns one column per declared output, as long as the input', () => {
      expect(Object.keys(batch).sort()).toEqual([...descriptor.outputs].sort());
      for (const name of descriptor.outputs) expect(batch[name].length).toBe(bars.length);
    });

    it('streaming agrees with batch exactly, bar for bar', () => {
      const streamed = streamAll(descriptor, bars);
      for (const name of descriptor.outputs) {
        const mismatch = batch[name].findIndex((v, i) => !Object.is(v, streamed[name][i]));
        expect(mismatch, `${name}: batch ${batch[name][mismatch]} vs streaming ${streamed[name][mismatch]}`).toBe(-1);
      }
    });

    if (descriptor.dataDependentWarmUp === true) {
      it('gives nothing before its lookback, and starts on the same bar in batch and streaming', () => {
        const indicator = descriptor.createStreaming();
        expect(indicator.lookback).toBe(descriptor.lookback);
        let firstStreamed = -1;
        for (let i = 0; i < bars.length && firstStreamed < 0; i++) if (indicator.update(bars.bar(i)) !== null) firstStreamed = i;
        expect(firstStreamed).toBeGreaterThanOrEqual(descriptor.lookback);
        for (const name of descriptor.outputs) expect(firstValidIndex(batch[name])).toBe(firstStreamed);
      });
    } else {
      it('warms up for exactly its lookback, in batch and streaming', () => {
        const indicator = descriptor.createStreaming();
        expect(indicator.lookback).toBe(descriptor.lookback);
        for (const name of descriptor.outputs) expect(firstValidIndex(batch[name])).toBe(descriptor.lookback);
        for (let i = 0; i < descriptor.lookback; i++) expect(indicator.update(bars.bar(i))).toBeNull();
        expect(indicator.value).toBeNull();
        expect(indicator.update(bars.bar(descriptor.lookback))).not.toBeNull();
      });
    }

    it('reports as its value what the latest non-null update returned, and null before that', () => {
      const indicator = descriptor.createStreaming();
      let latest: IndicatorOutput | null = null;
      for (let i = 0; i < 400; i++) {
        const value: IndicatorOutput | null = indicator.update(bars.bar(i));
        if (value !== null) latest = value;
        expect(indicator.value, `after bar ${i}`).toEqual(latest);
      }
    });

    it('reset returns to a fresh state', () => {
      const indicator = descriptor.createStreaming();
      for (let i = 0; i < 300; i++) indicator.update(bars.bar(i));
      indicator.reset();
      expect(indicator.value).toBeNull();
      const fresh = descriptor.createStreaming();
      for (let i = 0; i < 300; i++) expect(indicator.update(bars.bar(i))).toEqual(fresh.update(bars.bar(i)));
    });

    it('does not look ahead: values on truncated data equal those on the full data', () => {
      for (const cut of [descriptor.lookback + 1, 500, 1000]) {
        const truncated = descriptor.batch(bars.slice(0, cut));
        for (const name of descriptor.outputs) {
          const prefix = batch[name].subarray(0, cut);
          const mismatch = truncated[name].findIndex((v, i) => !Object.is(v, prefix[i]));
          expect(mismatch, `${name} differs at ${mismatch} when cut at ${cut}`).toBe(-1);
        }
      }
    });
  });
});

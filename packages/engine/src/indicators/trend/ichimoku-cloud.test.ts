import { describe, expect, it } from 'vitest';
import { barsOf, columnsOf, streamed, tiedColumns } from '../contract/indicator-test-kit.test-support.js';
import { IchimokuCloud, ichimokuCloud } from './ichimoku-cloud.js';

// A steady ramp: high = 10 + t, low = t. The midpoint over n bars is ((10 + t) + (t - n + 1)) / 2.
const ramp = columnsOf({
  high: Array.from({ length: 8 }, (_, t) => 10 + t),
  low: Array.from({ length: 8 }, (_, t) => t),
  close: Array.from({ length: 8 }, (_, t) => 5 + t),
});

describe('ichimokuCloud', () => {
  it('computes the lines from midpoints and shows at each bar the spans of displacement bars ago (hand-computed)', () => {
    // Periods 2/3/4, displacement 2: conversion t + 4.5, base t + 4, span A t + 4.25, span B t + 3.5;
    // the cloud at t is the spans of t - 2: t + 2.25 and t + 1.5. Everything exists from bar 3 + 2 = 5.
    const lines = ichimokuCloud(ramp.high, ramp.low, ramp.close, 2, 3, 4, 2);
    for (const column of Object.values(lines)) expect(Array.from(column.subarray(0, 5)).every(Number.isNaN)).toBe(true);
    for (let t = 5; t < 8; t++) {
      expect(lines.conversion[t]).toBe(t + 4.5);
      expect(lines.base[t]).toBe(t + 4);
      expect(lines.leadingSpanA[t]).toBe(t + 4.25);
      expect(lines.leadingSpanB[t]).toBe(t + 3.5);
      expect(lines.cloudA[t]).toBe(t + 2.25);
      expect(lines.cloudB[t]).toBe(t + 1.5);
    }
  });

  it('displaces by the base period by default and warms up until the cloud exists (77 for 9/26/52)', () => {
    expect(new IchimokuCloud().lookback).toBe(77);
    const columns = tiedColumns(200);
    const lines = ichimokuCloud(columns.high, columns.low, columns.close);
    expect(lines.cloudA[150]).toBe(lines.leadingSpanA[124]);
    expect(lines.cloudB[150]).toBe(lines.leadingSpanB[124]);
  });

  it('streams the batch values as fresh objects', () => {
    const columns = tiedColumns(200);
    const bars = barsOf(columns);
    const batch = ichimokuCloud(columns.high, columns.low, columns.close);
    const indicator = new IchimokuCloud();
    const values = bars.map((bar) => indicator.update(bar));
    for (const name of ['conversion', 'base', 'leadingSpanA', 'leadingSpanB', 'cloudA', 'cloudB'] as const) {
      expect(values.map((v) => (v === null ? NaN : v[name]))).toEqual(Array.from(batch[name]));
    }
    indicator.reset();
    expect(Array.from(streamed(indicator, bars, (v) => v.cloudB))).toEqual(Array.from(batch.cloudB));
  });

  it('rejects bad periods, naming them', () => {
    expect(() => new IchimokuCloud(0)).toThrow('conversionPeriod must be an integer >= 1, got 0');
    expect(() => new IchimokuCloud(9, 26, 52, 0)).toThrow('displacement must be an integer >= 1, got 0');
    expect(() => ichimokuCloud(ramp.high, ramp.low, ramp.close, 9, -1)).toThrow('basePeriod must be an integer >= 1, got -1');
  });
});

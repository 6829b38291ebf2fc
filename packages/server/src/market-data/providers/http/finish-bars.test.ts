import type { Bar } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error.js';
import { finishBars } from './finish-bars.js';

const DAY = 86_400_000;
const JAN_2 = Date.UTC(2024, 0, 2);
const request = { symbol: 'AAPL', timeframe: '1d', from: JAN_2, to: JAN_2 + 3 * DAY } as const;
const fail = (problem: string): ProviderError => new ProviderError('test', 'bad-response', problem);

function bar(time: number, open: number, high: number, low: number, close: number, volume = 1_000): Bar {
  return { time, open, high, low, close, volume };
}

describe('finishBars', () => {
  it('keeps only bars in [from, to), sorted ascending, and drops an identical repeat', () => {
    const bars = [
      bar(JAN_2 + 2 * DAY, 12, 13, 11, 12.5),
      bar(JAN_2 - DAY, 9, 10, 8, 9.5),
      bar(JAN_2, 10, 11, 9, 10.5),
      bar(JAN_2 + DAY, 11, 12, 10, 11.5),
      bar(JAN_2, 10, 11, 9, 10.5),
      bar(JAN_2 + 3 * DAY, 13, 14, 12, 13.5),
    ];
    expect(finishBars(bars, request, fail).map((b) => [b.time, b.close])).toEqual([
      [JAN_2, 10.5],
      [JAN_2 + DAY, 11.5],
      [JAN_2 + 2 * DAY, 12.5],
    ]);
  });

  it('refuses two different bars at one time, naming the symbol and time', () => {
    expect(() => finishBars([bar(JAN_2, 10, 11, 9, 10.5), bar(JAN_2, 10, 11, 9, 10.6)], request, fail)).toThrow(
      'two different 1d bars of AAPL at 2024-01-02T00:00:00.000Z',
    );
  });

  it.each([
    [bar(JAN_2, 10, 10.2, 9, 10.5), 'high 10.2 is below max(open 10, close 10.5)'],
    [bar(JAN_2, 10, 11, 10.1, 10.5), 'low 10.1 is above min(open 10, close 10.5)'],
    [bar(JAN_2, 10, 11, 9, 10.5, -1), 'volume -1 is negative'],
    [bar(JAN_2, Number.NaN, 11, 9, 10.5), 'open is NaN, expected a finite number'],
    [bar(JAN_2, 10, Number.POSITIVE_INFINITY, 9, 10.5), 'high is Infinity, expected a finite number'],
  ])('refuses an invalid bar instead of dropping or repairing it: %o', (broken, problem) => {
    expect(() => finishBars([bar(JAN_2 + DAY, 11, 12, 10, 11.5), broken], request, fail)).toThrow(
      `the 1d bar of AAPL at 2024-01-02T00:00:00.000Z is invalid: ${problem}`,
    );
  });

  it('ignores a broken bar outside the requested range', () => {
    expect(finishBars([bar(JAN_2 - DAY, 10, 1, 9, 10.5), bar(JAN_2, 10, 11, 9, 10.5)], request, fail)).toHaveLength(1);
  });
});

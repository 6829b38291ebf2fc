import { describe, expect, it } from 'vitest';
import { parseGridSpec } from './parse-grid-spec.js';

describe('parseGridSpec', () => {
  it('reads start:stop:step with the stop included', () => {
    expect(parseGridSpec('fast=5:30:5')).toEqual({ name: 'fast', values: [5, 10, 15, 20, 25, 30] });
    expect(parseGridSpec('slow=10:70:5').values).toHaveLength(13);
    expect(parseGridSpec('n=3:10:3').values).toEqual([3, 6, 9]);
    expect(parseGridSpec('n=4:4:1').values).toEqual([4]);
  });

  it('keeps fractional ranges on the decimals written, stop included', () => {
    expect(parseGridSpec('k=0.1:0.3:0.1').values).toEqual([0.1, 0.2, 0.3]);
    expect(parseGridSpec('k=1:2:0.25').values).toEqual([1, 1.25, 1.5, 1.75, 2]);
  });

  it('reads comma lists in their order and single values', () => {
    expect(parseGridSpec('fast=20,5,10')).toEqual({ name: 'fast', values: [20, 5, 10] });
    expect(parseGridSpec(' slow = 30 ')).toEqual({ name: 'slow', values: [30] });
    expect(parseGridSpec('x=-1.5')).toEqual({ name: 'x', values: [-1.5] });
  });

  it('quotes the spec and names the problem in its errors', () => {
    const cases: [string, string][] = [
      ['fast', 'grid "fast": expected name=start:stop:step, name=a,b,c or name=value'],
      ['=5', 'grid "=5": "" is not a parameter name'],
      ['2x=5', 'grid "2x=5": "2x" is not a parameter name'],
      ['fast=', 'grid "fast=": no values after "="'],
      ['fast=5:30', 'grid "fast=5:30": a range is start:stop:step (stop inclusive), got 2 part(s)'],
      ['fast=5:30:0', 'grid "fast=5:30:0": step must be > 0, got 0'],
      ['fast=5:30:-5', 'grid "fast=5:30:-5": step must be > 0, got -5'],
      ['fast=30:5:5', 'grid "fast=30:5:5": stop (5) is below start (30)'],
      ['fast=a:30:5', 'grid "fast=a:30:5": start must be a number, got "a"'],
      ['fast=5,,10', 'grid "fast=5,,10": value 2 must be a number, got ""'],
      ['fast=5,10,5', 'grid "fast=5,10,5": value 5 is listed twice'],
      ['fast=1:100000:1', 'grid "fast=1:100000:1": 100000 values; at most 10000 per parameter'],
    ];
    for (const [spec, message] of cases) expect(() => parseGridSpec(spec), spec).toThrow(message);
    expect(() => parseGridSpec('fast')).toThrow(RangeError);
  });
});

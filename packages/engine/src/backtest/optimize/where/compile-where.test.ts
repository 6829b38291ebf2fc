import { describe, expect, it } from 'vitest';
import { compileWhere } from './compile-where.js';
import { parseWhere } from './parse-where.js';
import { WhereSyntaxError } from './where-syntax-error.js';

const PARAMS = ['fast', 'slow'];

describe('compileWhere', () => {
  it('keeps the combinations that pass', () => {
    const fastBelowSlow = compileWhere('fast<slow', PARAMS);
    expect(fastBelowSlow({ fast: 5, slow: 10 })).toBe(true);
    expect(fastBelowSlow({ fast: 10, slow: 10 })).toBe(false);
    expect(compileWhere('fast <= slow', PARAMS)({ fast: 10, slow: 10 })).toBe(true);
    expect(compileWhere('fast == 10', PARAMS)({ fast: 10, slow: 1 })).toBe(true);
    expect(compileWhere('fast != 10', PARAMS)({ fast: 10, slow: 1 })).toBe(false);
  });

  it('binds && tighter than || and honours parentheses', () => {
    const loose = compileWhere('fast > 20 || fast < slow && slow < 30', PARAMS);
    const grouped = compileWhere('(fast > 20 || fast < slow) && slow < 30', PARAMS);
    expect(loose({ fast: 25, slow: 50 })).toBe(true);
    expect(grouped({ fast: 25, slow: 50 })).toBe(false);
    expect(compileWhere('((fast < slow))', PARAMS)({ fast: 1, slow: 2 })).toBe(true);
    expect(compileWhere('-5 < fast', PARAMS)({ fast: -4, slow: 0 })).toBe(true);
  });

  it('names the column and the problem for every syntax error', () => {
    const cases: [string, string][] = [
      ['', 'where "": the expression is empty'],
      ['fast < ', 'where "fast < ": expected a number, a parameter name or "(", got the end'],
      ['fast << slow', 'where "fast << slow": expected a number, a parameter name or "(", got "<" at column 7'],
      ['fast = slow', 'where "fast = slow": unexpected character "=" at column 6; write == to compare'],
      ['fast<slow & slow>5', 'unexpected character "&" at column 11; write && for "and"'],
      ['fast<slow | slow>5', 'unexpected character "|" at column 11; write || for "or"'],
      ['fast + 1 < slow', 'unexpected character "+" at column 6'],
      ['!(fast<slow)', 'unexpected character "!" at column 1; write != for "not equal" (there is no negation)'],
      ['(fast < slow', 'expected ")" to close the "(" at column 1, got the end'],
      ['fast < slow)', 'unexpected ")" at column 12'],
      ['fast', '"fast" at column 1 is a value, not a condition; compare it, e.g. fast < slow'],
      ['fast < slow && 3', '3 at column 16 is a value, not a condition'],
      ['(fast < slow) < 3', '"<" at column 15 compares values, not conditions'],
      ['1 < fast < slow', 'comparisons cannot be chained (column 10); write a < b && b < c'],
      ['fast slow', 'unexpected "slow" at column 6'],
      ['fsat < slow', 'unknown parameter "fsat" at column 1; the parameters are fast, slow'],
    ];
    for (const [expression, message] of cases) {
      expect(() => compileWhere(expression, PARAMS), expression).toThrow(message);
      expect(() => compileWhere(expression, PARAMS), expression).toThrow(WhereSyntaxError);
    }
  });

  it('reports the column on the error object', () => {
    try {
      parseWhere('fast <> slow');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as WhereSyntaxError).column).toBe(7);
    }
  });
});

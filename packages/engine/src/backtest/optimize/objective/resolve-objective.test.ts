import { describe, expect, it } from 'vitest';
import { NUMERIC_STAT_NAMES } from './numeric-stat-names.js';
import { resolveObjective } from './resolve-objective.js';

describe('resolveObjective', () => {
  it('accepts every numeric statistic by its exact name', () => {
    expect(resolveObjective('Sharpe Ratio')).toEqual({ stat: 'Sharpe Ratio', goal: 'maximize' });
    expect(resolveObjective('Max. Drawdown [%]', 'minimize')).toEqual({ stat: 'Max. Drawdown [%]', goal: 'minimize' });
    expect(NUMERIC_STAT_NAMES).toHaveLength(25);
    for (const name of NUMERIC_STAT_NAMES) expect(resolveObjective(name).stat).toBe(name);
  });

  it('refuses times and durations', () => {
    expect(() => resolveObjective('Max. Drawdown Duration')).toThrow('cannot maximize "Max. Drawdown Duration": it is a time or duration, not a number');
    expect(() => resolveObjective('Start', 'minimize')).toThrow('cannot minimize "Start": it is a time or duration');
  });

  it('suggests the nearest name for a misspelt one and lists the numeric statistics', () => {
    expect(() => resolveObjective('Sharp Ratio')).toThrow('cannot maximize "Sharp Ratio": no such statistic (did you mean "Sharpe Ratio"?); the numeric statistics are: Exposure Time [%], ');
    expect(() => resolveObjective('return [%]')).toThrow('(did you mean "Return [%]"?)');
    expect(() => resolveObjective('profit')).toThrow(/^cannot maximize "profit": no such statistic; the numeric/);
  });
});

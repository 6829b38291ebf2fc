import type { Signal } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';
import { multiSymbolFile } from './bar-files.test-support.js';

describe('goldensignals scan', () => {
  const symbols = ['AAA', 'BBB', 'CCC', 'DDD'];
  const file = multiSymbolFile(symbols, 300);

  it('prints one ranked signal per symbol as JSON: actionable first, then by confidence', async () => {
    const run = await runCli('scan', file, '--json', '--workers', '1');
    expect(run.error).toBeUndefined();
    const signals = JSON.parse(run.stdout) as Signal[];
    expect(signals.map((s) => s.symbol).sort()).toEqual(symbols);
    for (let i = 1; i < signals.length; i++) {
      const [a, b] = [signals[i - 1], signals[i]];
      const actionable = (s: Signal) => (s.action === 'HOLD' ? 0 : 1);
      expect(actionable(a) > actionable(b) || (actionable(a) === actionable(b) && a.confidence >= b.confidence)).toBe(true);
    }
  });

  it('prints a table and a count of actions', async () => {
    const run = await runCli('scan', file, '--workers', '1');
    expect(run.stdout).toMatch(/^ {4}# {2}symbol/);
    expect(run.stdout).toMatch(/4 symbols in \d+\.\d s: \d+ BUY, \d+ SELL, \d+ HOLD/);
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await runCli('scan', file, '--json', '--workers', '1');
    expect(run.stderr).toBe('');
  });

  it('rejects a worker count that is not a positive integer', async () => {
    const run = await runCli('scan', file, '--workers', '0');
    expect(run.stderr).toContain('workers must be an integer >= 1, got "0"');
  });
});

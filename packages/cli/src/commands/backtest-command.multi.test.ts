import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';
import { multiSymbolFile } from './bar-files.test-support.js';

interface RunJson {
  stats: Record<string, number | string | null>;
  trades: unknown[];
  equity?: { time: string; equity: number }[];
}
interface MultiJson {
  symbols: Record<string, RunJson>;
  aggregate: { method: string; symbols: number; stats: Record<string, number | string | null>; equity?: { time: string; equity: number }[] };
  errors?: Record<string, string>;
}

const symbols = ['AAA', 'BBB', 'CCC'];
const file = multiSymbolFile(symbols, 300);

describe('goldensignals backtest on a multi-symbol file', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('prints a row per symbol, then the aggregate statistics and how they are formed', async () => {
    const run = await runCli('backtest', file, '--strategy', 'sma-cross', '--finalize-trades');
    expect(run.error).toBeUndefined();
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^symbol {2}Return \[%\] {2}Buy & Hold Return \[%\] {2}Sharpe Ratio {2}Max\. Drawdown \[%\] {2}# Trades {2}Win Rate \[%\] {2}Exposure Time \[%\]$/);
    expect(lines.slice(1, 4).map((line) => line.split(' ')[0])).toEqual(symbols);
    expect(lines[5]).toBe('Aggregate of 3 symbols:');
    expect(lines[6]).toMatch(/^Start {21}2020-01-01 00:00:00$/);
    expect(run.stdout).toMatch(/_strategy {3,}sma-cross\(10,20\)\n\nAggregate: equal-weight portfolio: one account per symbol/);
    expect(run.stdout).toMatch(/\n3 symbols in \d+\.\d s on 1 thread\(s\)\n$/);
    // Not a terminal: no progress bar, and finalized trades leave nothing to warn about.
    expect(run.stderr).toBe('');
  });

  it('prints { symbols: { SYM: { stats, trades, equity } }, aggregate } as JSON; the aggregate return is the mean return', async () => {
    const output = JSON.parse((await runCli('backtest', file, '--strategy', 'sma-cross', '--finalize-trades', '--json')).stdout) as MultiJson;
    expect(Object.keys(output)).toEqual(['symbols', 'aggregate']);
    expect(Object.keys(output.symbols)).toEqual(symbols);
    const runs = symbols.map((symbol) => output.symbols[symbol]);
    for (const run of runs) {
      expect(Object.keys(run)).toEqual(['stats', 'trades', 'equity']);
      expect(run.equity).toHaveLength(300);
    }
    const { aggregate } = output;
    expect(Object.keys(aggregate)).toEqual(['method', 'symbols', 'stats', 'equity']);
    expect(aggregate.symbols).toBe(3);
    const mean = (name: string) => runs.reduce((sum, run) => sum + Number(run.stats[name]), 0) / runs.length;
    expect(aggregate.stats['Return [%]']).toBeCloseTo(mean('Return [%]'), 9);
    expect(aggregate.stats['Buy & Hold Return [%]']).toBeCloseTo(mean('Buy & Hold Return [%]'), 9);
    expect(aggregate.stats['# Trades']).toBe(runs.reduce((sum, run) => sum + run.trades.length, 0));
    expect(aggregate.equity?.[299].equity).toBeCloseTo(runs.reduce((sum, run) => sum + (run.equity?.[299].equity ?? NaN), 0), 6);
  });

  it('leaves every equity curve out with --no-equity', async () => {
    const output = JSON.parse((await runCli('backtest', file, '--strategy', 'buy-and-hold', '--json', '--no-equity')).stdout) as MultiJson;
    for (const symbol of symbols) expect(Object.keys(output.symbols[symbol])).toEqual(['stats', 'trades']);
    expect(Object.keys(output.aggregate)).toEqual(['method', 'symbols', 'stats']);
  });

  it('reports a symbol that cannot run on stderr and in "errors", runs the others, and exits with 1', async () => {
    const withStub = multiSymbolFile(['AAA', 'BBB'], 260);
    // One bar: no timeframe can be inferred, and the consensus needs one.
    writeFileSync(withStub, `${readFileSync(withStub, 'utf8')}2020-01-01,10,11,9,10,100,ONE\n`);
    const run = await runCli('backtest', withStub, '--strategy', 'consensus', '--json', '--no-equity');
    const output = JSON.parse(run.stdout) as MultiJson;
    expect(Object.keys(output.symbols)).toEqual(['AAA', 'BBB']);
    expect(output.errors).toEqual({ ONE: 'series ONE has no timeframe; give it one (e.g. --timeframe 1d)' });
    expect(run.stderr).toContain('goldensignals: ONE: series ONE has no timeframe; give it one (e.g. --timeframe 1d)\n');
    expect(process.exitCode).toBe(1);
  });

  it('warns for the first symbols with warnings and counts the rest', async () => {
    const many = multiSymbolFile(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'], 60);
    const run = await runCli('backtest', many, '--strategy', 'buy-and-hold');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('goldensignals: S1: 1 trade(s) remain open at the end of the backtest; use finalizeTrades to close them and include them in the statistics');
    expect(lines[5]).toBe('goldensignals: warnings for 2 more symbol(s)');
  });
});

// Worker threads run compiled JavaScript, so the parallel path is checked on the built CLI when there is one.
const builtCli = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const builtWorker = fileURLToPath(new URL('../../dist/backtest/backtest-worker.js', import.meta.url));
const hasBuild = existsSync(builtWorker);
if (!hasBuild) console.warn(`skipping the worker-thread backtest test: ${builtWorker} is missing (npm run build)`);

describe.runIf(hasBuild)('goldensignals backtest on worker threads (built CLI)', () => {
  it('gives exactly the single-thread output on 2 and 3 threads', () => {
    const universe = multiSymbolFile(['A1', 'A2', 'A3', 'A4', 'A5'], 280);
    const backtest = (...args: string[]) => execFileSync(process.execPath, [builtCli, 'backtest', universe, '--strategy', 'consensus', '--json', ...args], { encoding: 'utf8' });
    const single = backtest('--workers', '1');
    expect(Object.keys((JSON.parse(single) as MultiJson).symbols)).toHaveLength(5);
    expect(backtest('--workers', '2')).toBe(single);
    expect(backtest('--workers', '3')).toBe(single);
  });
});

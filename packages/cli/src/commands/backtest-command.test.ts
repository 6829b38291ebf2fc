import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKTEST_STAT_NAMES } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../run-cli.test-support.js';
import { multiSymbolFile } from './bar-files.test-support.js';

// backtesting.py's own test data, beside the repository (see SOURCE.md there); skipped when absent.
const GOOG = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/backtesting-py/GOOG.csv');
const hasGoog = existsSync(GOOG);
if (!hasGoog) console.warn(`skipping the GOOG.csv backtests: ${GOOG} is not present`);

const json = (run: CliRun) => JSON.parse(run.stdout) as Record<string, unknown>;
const exitCode = (run: CliRun) => (run.error as { exitCode?: number } | undefined)?.exitCode;
/** The first column of a statistics table: the names, in order. */
const names = (table: string) => table.trimEnd().split('\n').map((line) => line.split(/ {3,}| (?=-?\d)/)[0].trim());

describe.runIf(hasGoog)('goldensignals backtest on GOOG.csv (backtesting.py test data)', () => {
  it("prints SmaCross(10, 30) as backtesting.py prints its stats, with its reference figures", async () => {
    const run = await runCli('backtest', GOOG, '--strategy', 'sma-cross', '--param', 'fast=10', '--param', 'slow=30', '--finalize-trades');
    expect(run.error).toBeUndefined();
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(32);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Start                     2004-08-19 00:00:00',
        'End                       2013-03-01 00:00:00',
        'Duration                   3116 days 00:00:00',
        'Exposure Time [%]                    96.74115',
        'Equity Final [$]                     51422.99',
        'Equity Peak [$]                      75787.44',
        'Return [%]                           414.2299',
        'Buy & Hold Return [%]               522.06019',
        'Max. Drawdown [%]                   -47.98013',
        'Max. Drawdown Duration      584 days 00:00:00',
        '# Trades                                   66',
        'Win Rate [%]                          46.9697',
        'Kelly Criterion                       0.15187',
        '_strategy                    sma-cross(10,30)',
      ]),
    );
    expect(run.stderr).toBe('');
  });

  it('prints { stats, trades, equity } as JSON with every statistic under its backtesting.py name', async () => {
    const run = await runCli('backtest', GOOG, '--strategy', 'sma-cross', '--commission', '0.002', '--exclusive-orders', '--finalize-trades', '--json');
    const output = json(run);
    expect(Object.keys(output)).toEqual(['stats', 'trades', 'equity']);
    const stats = output.stats as Record<string, unknown>;
    expect(Object.keys(stats)).toEqual(BACKTEST_STAT_NAMES);
    expect(stats['# Trades']).toBe(94);
    const trades = output.trades as { exitPrice: number; exitTime: string }[];
    expect(trades).toHaveLength(94);
    // Finalized at the last bar's open, 797.80 on 2013-03-01.
    expect([trades[93].exitPrice, trades[93].exitTime]).toEqual([797.8, '2013-03-01T00:00:00.000Z']);
    const equity = output.equity as unknown[];
    expect(equity).toHaveLength(2148);
    expect(equity[0]).toEqual({ time: '2004-08-19T00:00:00.000Z', equity: 10_000, drawdownPct: 0, drawdownDuration: null });
  });
});

describe('goldensignals backtest on one symbol', () => {
  const file = multiSymbolFile(['ONE'], 300);

  it('prints every statistic in backtesting.py order, then the strategy', async () => {
    const run = await runCli('backtest', file, '--strategy', 'sma-cross', '--param', 'fast=5', '--finalize-trades');
    expect(run.error).toBeUndefined();
    expect(names(run.stdout)).toEqual([...BACKTEST_STAT_NAMES.filter((name) => name !== 'Commissions [$]'), '_strategy']);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^_strategy {3,}sma-cross\(5,20\)$/);
  });

  it('writes undefined statistics as null in JSON, warns about open trades, and leaves the equity out with --no-equity', async () => {
    const run = await runCli('backtest', file, '--strategy', 'buy-and-hold', '--json', '--no-equity');
    const output = json(run);
    expect(Object.keys(output)).toEqual(['stats', 'trades']);
    expect(output.trades).toEqual([]);
    expect((output.stats as Record<string, unknown>)['Win Rate [%]']).toBeNull();
    expect(run.stderr).toBe('goldensignals: ONE: 1 trade(s) remain open at the end of the backtest; use finalizeTrades to close them and include them in the statistics\n');
  });

  it('passes cash, commission, margin, fractional units and fills at the close to the backtest', async () => {
    const run = async (...args: string[]) => json(await runCli('backtest', file, '--strategy', 'buy-and-hold', '--finalize-trades', '--json', ...args));
    const plain = await run();
    const first = (output: Record<string, unknown>) => (output.trades as { size: number; entryBar: number; entryPrice: number }[])[0];
    expect(Number.isInteger(first(plain).size)).toBe(true);
    expect(first(plain).entryBar).toBe(2);
    expect(first(await run('--trade-on-close')).entryBar).toBe(1);
    expect(Number.isInteger(first(await run('--fractional')).size)).toBe(false);
    const small = await run('--cash', '5000', '--margin', '0.5', '--commission', '0.001');
    // Half the margin: twice the units 5 000 buy, less the commission.
    expect(first(small).size).toBe(Math.floor((5000 * 2) / (first(small).entryPrice * 1.001)));
    expect((small.stats as Record<string, unknown>)['Commissions [$]']).toBeGreaterThan(0);
  });

  it('runs one agent alone as agent:<id> with its parameters', async () => {
    const run = await runCli('backtest', file, '--strategy', 'agent:rsi', '--param', 'size=0.5', '--param', 'holdBars=0', '--finalize-trades');
    expect(run.error).toBeUndefined();
    expect(run.stdout).toMatch(/_strategy {3,}agent:rsi\n$/);
  });

  it('lists the strategies and their parameters in its help', async () => {
    const run = await runCli('backtest', '--help');
    expect(run.stdout).toContain('  consensus: ');
    expect(run.stdout).toContain('      minConfidence: BUY/SELL below this confidence (0..1) counts as HOLD (number >= 0, <= 1, default 0)');
    expect(run.stdout).toMatch(/ids: rsi, macd, /);
  });
});

describe('goldensignals backtest with bad input exits with code 2, naming the problem', () => {
  const file = multiSymbolFile(['ONE'], 50);
  it.each([
    [['--strategy', 'sma-crossover'], 'unknown strategy "sma-crossover"; expected one of sma-cross, buy-and-hold, consensus, agent:<id> (ids: goldensignals agents) or a strategy file (.js/.mjs)'],
    [['--strategy', 'agent:nope'], 'unknown agent "nope" in --strategy agent:nope; known agents: rsi, macd, stochastic'],
    [['--strategy', 'sma-cross', '--param', 'period=3'], 'strategy sma-cross has no parameter "period"; its parameters are fast, slow'],
    [['--strategy', 'sma-cross', '--param', 'fast=ten'], 'strategy sma-cross: parameter fast must be an integer >= 1, got "ten"'],
    [['--strategy', 'sma-cross', '--param', 'fast'], 'expected name=value, got "fast"'],
    [['--strategy', 'sma-cross', '--param', 'fast=3', '--param', 'fast=4'], 'parameter fast is given twice'],
    [['--strategy', 'consensus', '--param', 'minConfidence=2'], 'parameter minConfidence must be a number >= 0 and <= 1, got "2"'],
    [['--strategy', 'sma-cross', '--cash', 'lots'], `option '--cash <amount>' argument 'lots' is invalid. expected a number, got "lots"`],
    [['--strategy', 'sma-cross', '--cash', '0'], 'cash must be > 0, got 0'],
    [['--strategy', 'sma-cross', '--commission', '0.5'], 'commission must be >= -0.1 and < 0.1, got 0.5'],
    [['--strategy', 'sma-cross', '--margin', '2'], 'margin must be > 0 and <= 1 (1 / leverage), got 2'],
    [['--strategy', 'sma-cross', '--workers', '0'], 'workers must be an integer >= 1, got "0"'],
    [['--strategy', 'sma-cross', '--leverage', '2'], "unknown option '--leverage'"],
    [[], "required option '--strategy <name>' not specified"],
  ])('%j', async (args, message) => {
    const run = await runCli('backtest', file, ...args);
    expect(run.stderr).toContain(message);
    expect(exitCode(run)).toBe(2);
    expect(run.stdout).toBe('');
  });

  it('fails a missing file as a run error, not a usage error', async () => {
    const run = await runCli('backtest', `${file}.missing`, '--strategy', 'sma-cross');
    expect(run.error?.message).toBe(`${file}.missing: no such file`);
    expect(exitCode(run)).toBeUndefined();
  });
});

import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluateCommand } from './evaluate-command.js';
import { multiSymbolFile } from './bar-files.test-support.js';

const SP500 = '/work/shared/data/ohlcv-sp500-daily/all_stocks_5yr.csv.gz';

interface Report {
  symbols: number;
  strategies: { label: string; returnPct: number; sharpe: number; maxDrawdownPct: number; hitRatePct: number; trades: number }[];
  verdict: string[];
  scorecard: { overall: { signals: number }; calibration: { bucket: string; n: number; hitRate: number | null; meanConfidence: number | null }[] };
}

/** Runs `goldensignals evaluate <args>` in this process, capturing what it prints. */
async function evaluate(...args: string[]): Promise<{ stdout: string; stderr: string; error?: Error }> {
  const out: string[] = [];
  const err: string[] = [];
  const command = evaluateCommand().exitOverride().configureOutput({ writeOut: (t) => out.push(t), writeErr: (t) => err.push(t), outputError: (t) => err.push(t) });
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  try {
    await command.parseAsync(args, { from: 'user' });
    return { stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    return { stdout: out.join(''), stderr: err.join(''), error: error instanceof Error ? error : new Error(String(error)) };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('goldensignals evaluate', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });
  const file = multiSymbolFile(['AAA', 'BBB', 'CCC'], 400);

  it('prints one test-period row per strategy, the verdict and the calibration table', async () => {
    const run = await evaluate(file, '--agents', 'rsi,macd');
    expect(run.error).toBeUndefined();
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe("Out-of-sample evaluation: 3 symbols, 480 test bars (first 60 % of each symbol's bars train, the rest test).");
    expect(lines[3]).toMatch(/^strategy\s+Return \[%\]\s+Sharpe\s+Max\. DD \[%\]\s+Hit rate \[%\]\s+Trades\s+Beat B&H \(of 3\)$/);
    expect(lines.slice(4, 9).map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['consensus', 'equal-weight', 'buy-and-hold', 'agent:rsi', 'agent:macd']));
    expect(lines.slice(4, 7).map((line) => line.split(' ')[0])).toEqual(['consensus', 'equal-weight', 'buy-and-hold']);
    expect(run.stdout).toMatch(/Out of sample, the accuracy weighting (HELPED|HURT|made NO CLEAR DIFFERENCE)/);
    expect(run.stdout).toMatch(/\nconfidence\s+signals\s+hit rate \[%\]\s+mean conf\. \[%\]\n0\.0-0\.1 /);
    expect(run.stderr).toBe('');
  });

  it('--json gives per-strategy aggregates and the consensus calibration; buy-and-hold trades once per symbol', async () => {
    const run = await evaluate(file, '--json', '--agents', 'rsi', '--split-date', '2020-09-01');
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stdout) as Report;
    expect(report.symbols).toBe(3);
    expect(report.strategies.map((s) => s.label)).toEqual(['consensus', 'equal-weight', 'buy-and-hold', 'agent:rsi']);
    expect(report.strategies[2].trades).toBe(3);
    expect(report.scorecard.calibration.map((row) => row.bucket)).toEqual(['0.0-0.1', '0.1-0.2', '0.2-0.3', '0.3-0.4', '0.4-0.5', '0.5-0.6', '0.6-0.7', '0.7-0.8', '0.8-0.9', '0.9-1.0']);
    expect(report.scorecard.calibration.reduce((sum, row) => sum + row.n, 0)).toBe(report.scorecard.overall.signals);
    expect(report.verdict.length).toBe(3);
  });

  it('rejects both split options together as a usage error', async () => {
    const run = await evaluate(file, '--train-fraction', '0.5', '--split-date', '2020-06-01');
    expect(run.error).toBeDefined();
    expect(run.stderr).toMatch(/give either --train-fraction or --split-date/);
  });

  it.runIf(existsSync(SP500))('evaluates 20 S&P 500 symbols out of sample', async () => {
    const symbols = ['AAPL', 'MSFT', 'AMZN', 'JPM', 'XOM', 'JNJ', 'WMT', 'PG', 'KO', 'PFE', 'INTC', 'CSCO', 'BA', 'GE', 'T', 'VZ', 'MRK', 'HD', 'DIS', 'MCD'];
    const run = await evaluate(SP500, '--json', '--invalid-rows', 'skip', '--symbols', symbols.join(','), '--agents', 'rsi,macd,sma-cross');
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stdout) as Report;
    expect(report.symbols).toBe(20);
    expect(report.strategies.every((s) => Number.isFinite(s.returnPct))).toBe(true);
    expect(report.scorecard.overall.signals).toBeGreaterThan(0);
  });
  it.skipIf(existsSync(SP500))(`S&P 500 evaluation skipped: ${SP500} is absent`, () => {});
});

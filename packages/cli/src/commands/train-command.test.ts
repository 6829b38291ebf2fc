import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseModelFile } from '@goldensignals/engine';
import { loadModelStore } from '@goldensignals/server';
import { multiSymbolFile } from './bar-files.test-support.js';
import { trainCommand } from './train-command.js';

/** Runs `goldensignals train <args>` in this process, capturing what it prints. */
async function train(...args: string[]): Promise<{ stdout: string; stderr: string; error?: Error }> {
  const out: string[] = [];
  const err: string[] = [];
  const command = trainCommand().exitOverride().configureOutput({ writeOut: (t) => out.push(t), writeErr: (t) => err.push(t), outputError: (t) => err.push(t) });
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

describe('goldensignals train', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });
  const file = multiSymbolFile(['AAA', 'BBB', 'CCC'], 400);

  it('prints each model\'s out-of-sample hit rate, baselines, log-loss and Brier, and writes loadable versioned model files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gs-models-'));
    const run = await train('--data', file, '--models', 'lr,gbt,ensemble', '--folds', '3', '--out', out);
    expect(run.error).toBeUndefined();
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Walk-forward out of sample: 3 symbol\(s\) pooled, 1053 bars with features, 1d, horizon 5 bars, 3 test windows; final models trained on 2020-02-19 to 2021-02-03\.$/);
    expect(lines[3]).toMatch(/^model\s+OOS hit rate \[%\]\s+majority \[%\]\s+train-majority \[%\]\s+log-loss\s+base-rate log-loss\s+Brier\s+OOS predictions$/);
    expect(lines.slice(4, 7).map((line) => line.split(/\s+/)[0])).toEqual(['logistic-regression', 'gradient-boosted-trees', 'ensemble']);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(3);
    expect(files[0]).toMatch(/^ensemble\.all\.1d\.h5\.\d{8}T\d{6}Z-[0-9a-f]{16}\.json$/);
    const parsed = parseModelFile(readFileSync(join(out, files[1]), 'utf8'));
    expect(parsed.kind).toBe('gradient-boosted-trees');
    expect(parsed.metrics.predictions).toBeGreaterThan(400);
    expect(parsed.metrics.calibration).toHaveLength(10);
    expect(run.stdout).toContain(`wrote ${join(out, files[1])}`);
    const store = await loadModelStore(out);
    expect(store.get('ensemble', 'ZZZ', '1d')?.header.version).toBe(parseModelFile(readFileSync(join(out, files[0]), 'utf8')).version);
  });

  it('--json gives per-model metrics and folds; --symbols and --until restrict the bars', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gs-models-'));
    const run = await train('--data', file, '--models', 'lr', '--folds', '2', '--symbols', 'AAA,CCC', '--until', '2020-12-01', '--horizon', '3', '--json', '--out', out);
    expect(run.error).toBeUndefined();
    const report = JSON.parse(run.stdout) as { symbols: number; horizon: number; models: { kind: string; metrics: { predictions: number; accuracy: number; majorityBaseline: number }; folds: unknown[]; trainedRange: { labelEnd: string } }[] };
    expect(report.symbols).toBe(2);
    expect(report.horizon).toBe(3);
    expect(report.models.map((m) => m.kind)).toEqual(['logistic-regression']);
    expect(report.models[0].folds).toHaveLength(2);
    expect(report.models[0].trainedRange.labelEnd < '2020-12-01').toBe(true);
    expect(report.models[0].metrics.accuracy).toBeGreaterThan(0);
  });

  it('names bad options before reading any file', async () => {
    const cases: [string[], string][] = [
      [['--models', 'lr,xgb'], 'unknown model "xgb" in --models; known models: lr, gbt, lstm, ensemble'],
      [['--models', 'lstm'], 'the lstm model is not available in this build'],
      [['--models', 'ensemble'], '--models ensemble needs base models to stack'],
      [['--calibration', 'beta'], '--calibration must be one of platt, isotonic, none'],
      [['--until', '2020/01/01'], '--until must be a date as YYYY-MM-DD'],
      [['--horizon', '0'], '--horizon must be an integer >= 1'],
    ];
    for (const [args, message] of cases) {
      const run = await train('--data', '/nonexistent.csv', ...args);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect((run.error as { exitCode?: number } | undefined)?.exitCode).toBe(2);
    }
  });

  it('refuses an unknown symbol and a folder without bar files', async () => {
    const unknown = await train('--data', file, '--symbols', 'AAA,NOPE', '--models', 'lr');
    expect(unknown.error?.message).toContain('no bars for NOPE');
    const empty = await train('--data', mkdtempSync(join(tmpdir(), 'gs-empty-')), '--models', 'lr');
    expect(empty.error?.message).toContain('no bar files (.csv, .tsv, .txt, optionally .gz) in this folder');
  });
});

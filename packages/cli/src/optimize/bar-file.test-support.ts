import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomWalkBars } from '@goldensignals/engine';

/** Writes a single-symbol daily CSV of a seeded random walk and returns its path. */
export function randomWalkFile(length: number, seed = 3): string {
  const series = randomWalkBars({ length, seed, volatility: 0.02 });
  const lines = ['date,open,high,low,close,volume'];
  for (let i = 0; i < length; i++) {
    const date = new Date(series.time[i]).toISOString().slice(0, 10);
    lines.push(`${date},${series.open[i]},${series.high[i]},${series.low[i]},${series.close[i]},${series.volume[i]}`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gs-optimize-')), 'WALK.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** backtesting.py's GOOG test data in the shared folder beside the repository. */
export const GOOG_CSV = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data/backtesting-py/GOOG.csv');

/** True when GOOG.csv is present; says so on stderr when the tests that need it are skipped. */
export function hasGoog(): boolean {
  const present = existsSync(GOOG_CSV);
  if (!present) console.warn(`skipping: ${GOOG_CSV} is not present beside the repository`);
  return present;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomWalkBars } from '@goldensignals/engine';

/** Writes a multi-symbol CSV (`date,open,high,low,close,volume,Name`, like the S&P 500 file) and returns its path. */
export function multiSymbolFile(symbols: readonly string[], length: number): string {
  const lines = ['date,open,high,low,close,volume,Name'];
  symbols.forEach((symbol, s) => {
    const series = randomWalkBars({ length, seed: 100 + s, symbol });
    for (let i = 0; i < length; i++) {
      const date = new Date(series.time[i]).toISOString().slice(0, 10);
      lines.push(`${date},${series.open[i]},${series.high[i]},${series.low[i]},${series.close[i]},${series.volume[i]},${symbol}`);
    }
  });
  const path = join(mkdtempSync(join(tmpdir(), 'gs-bars-')), 'universe.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

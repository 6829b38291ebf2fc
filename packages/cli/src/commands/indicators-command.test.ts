import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allIndicatorDescriptors, randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS } from '../indicators/indicator-columns.js';
import { runCli } from '../run-cli.test-support.js';

/** Writes a bar file in the backtesting.py layout (unnamed index column) and returns its path. */
function barFile(length: number): string {
  const series = randomWalkBars({ length, seed: 5 });
  const lines = [',Open,High,Low,Close,Volume'];
  for (let i = 0; i < length; i++) {
    const date = new Date(series.time[i]).toISOString().slice(0, 10);
    lines.push(`${date},${series.open[i]},${series.high[i]},${series.low[i]},${series.close[i]},${series.volume[i]}`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gs-ind-')), 'TEST.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('goldensignals indicators', () => {
  const file = barFile(300);

  it('prints the contract header: Date then exactly the 40 indicator columns', async () => {
    const run = await runCli('indicators', file);
    const header = run.stdout.split('\n')[0];
    expect(header).toBe(
      'Date,SMA_20,EMA_20,WMA_20,DEMA_20,TEMA_20,KAMA_30,RSI_14,MACD,MACD_signal,MACD_hist,BB_upper,BB_middle,BB_lower,TRANGE,ATR_14,NATR_14,ADX_14,ADXR_14,PLUS_DI_14,MINUS_DI_14,STOCH_slowK_14_3_3,STOCH_slowD_14_3_3,STOCHF_fastK_14_3,STOCHF_fastD_14_3,STOCHRSI_fastK_14_5_3,STOCHRSI_fastD_14_5_3,CCI_20,WILLR_14,OBV,MFI_14,SAR_0.02_0.2,ROC_10,MOM_10,AD,ADOSC_3_10,AROON_down_14,AROON_up_14,TRIX_30,ULTOSC_7_14_28,STDDEV_20',
    );
  });

  it('echoes the input dates and leaves each column empty until its TA-Lib lookback', async () => {
    const run = await runCli('indicators', file);
    const rows = run.stdout.trim().split('\n').slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(300);
    expect(rows[0][0]).toBe('2020-01-01');
    INDICATOR_COLUMNS.forEach(({ column, descriptor }, c) => {
      const lookback = allIndicatorDescriptors.find((d) => d.id === descriptor)?.lookback ?? -1;
      const firstFilled = rows.findIndex((row) => row[c + 1] !== '');
      expect(firstFilled, column).toBe(lookback);
    });
  });

  it('prints values that read back to the exact batch results', async () => {
    const run = await runCli('indicators', file);
    const row = run.stdout.trim().split('\n')[200].split(',');
    const sma = allIndicatorDescriptors.find((d) => d.id === 'SMA_20');
    const series = randomWalkBars({ length: 300, seed: 5 });
    expect(Number(row[1])).toBe(sma?.batch(series).value[199]);
  });

  it('fails with the file name when the file does not exist', async () => {
    const run = await runCli('indicators', '/nonexistent/bars.csv');
    expect(run.error?.message).toContain('/nonexistent/bars.csv');
    expect(run.error?.message).toContain('no such file');
  });
});

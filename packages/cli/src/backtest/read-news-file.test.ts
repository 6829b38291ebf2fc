import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FinanceWordListScorer } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { EVERY_SYMBOL, newsInputsOf, readNewsFile } from './read-news-file.js';

const folder = mkdtempSync(join(tmpdir(), 'gs-news-file-'));
const scorer = new FinanceWordListScorer();

describe('readNewsFile', () => {
  it('reads tab-separated rows without a symbol column as news of every symbol, scored, oldest first, with epoch times', async () => {
    const path = join(folder, 'market.tsv.gz');
    writeFileSync(path, gzipSync('timestamp\ttitle\tkind\n1704240000\tMarkets fall sharply\t\n1704153600000\tStocks rise strongly\tnews\n1704326400\tCEO upbeat on demand\tearnings_call\n'));
    const inputs = await readNewsFile(path, scorer);
    expect(Object.keys(inputs)).toEqual([EVERY_SYMBOL]);
    expect(inputs[EVERY_SYMBOL].news?.map((item) => [item.time, item.text, item.source])).toEqual([
      [Date.UTC(2024, 0, 2), 'Stocks rise strongly', 'file'],
      [Date.UTC(2024, 0, 3), 'Markets fall sharply', 'file'],
    ]);
    expect(inputs[EVERY_SYMBOL].news?.[1].sentiment).toEqual(scorer.score('Markets fall sharply'));
    expect(inputs[EVERY_SYMBOL].earningsCalls?.map((item) => item.text)).toEqual(['CEO upbeat on demand']);
  });

  it("merges a symbol's own rows with the rows about every symbol, in time order", () => {
    const item = (time: number, text: string) => ({ time, text, source: 'file', sentiment: { label: 'neutral' as const, score: 0, confidence: 1 } });
    const inputs = { AAPL: { news: [item(2, 'own')], social: [], earningsCalls: [] }, [EVERY_SYMBOL]: { news: [item(1, 'market'), item(3, 'later')], social: [item(1, 'post')], earningsCalls: [] } };
    expect(newsInputsOf(inputs, 'aapl')?.news?.map((entry) => entry.text)).toEqual(['market', 'own', 'later']);
    expect(newsInputsOf(inputs, 'MSFT')?.social?.map((entry) => entry.text)).toEqual(['post']);
    expect(newsInputsOf(undefined, 'AAPL')).toBeUndefined();
  });

  it('says what is wrong with a missing file or an empty headline', async () => {
    await expect(readNewsFile(join(folder, 'missing.csv'), scorer)).rejects.toThrow(`${join(folder, 'missing.csv')}: no such news file`);
    const path = join(folder, 'empty-headline.csv');
    writeFileSync(path, 'date,symbol,headline\n2024-01-02,AAPL,\n');
    await expect(readNewsFile(path, scorer)).rejects.toThrow(`${path} line 2: the headline is empty`);
  });
});

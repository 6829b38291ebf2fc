import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomWalkBars } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';

const HOUR = 3_600_000;
const folder = mkdtempSync(join(tmpdir(), 'gs-backtest-news-'));
const aapl = randomWalkBars({ length: 60, seed: 21, symbol: 'AAPL' });
const msft = randomWalkBars({ length: 60, seed: 22, symbol: 'MSFT' });
const K = 30;

function write(name: string, lines: readonly string[]): string {
  const path = join(folder, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const BARS = write('universe.csv', [
  'date,open,high,low,close,volume,Name',
  ...[aapl, msft].flatMap((series) => Array.from({ length: series.length }, (_, i) => `${new Date(series.time[i]).toISOString().slice(0, 10)},${series.open[i]},${series.high[i]},${series.low[i]},${series.close[i]},${series.volume[i]},${series.symbol}`)),
]);
// Three upbeat AAPL stories: two before bar K, the third a millisecond after it (bar K must not see it); a quoted
// headline with a comma, and a social post (kept apart from the news).
const NEWS = write('news.csv', [
  'time,symbol,headline,kind',
  `${new Date(aapl.time[K - 2] + HOUR).toISOString()},AAPL,Apple profit rises sharply,news`,
  `${new Date(aapl.time[K - 1] + HOUR).toISOString()},aapl,"Apple beats estimates, raises its outlook",`,
  `${new Date(aapl.time[K] + 1).toISOString()},AAPL,Apple shares surge to a record high,news`,
  `${new Date(aapl.time[5]).toISOString()},AAPL,Apple profit rises and shares surge,social`,
]);

interface Trade {
  entryTime: string;
  size: number;
}

describe('goldensignals backtest --news', () => {
  it("gives each symbol's scored news to the agents; a story is seen from the first bar at or after its time", async () => {
    const run = await runCli('backtest', BARS, '--strategy', 'agent:news-sentiment', '--param', 'holdBars=0', '--finalize-trades', '--news', NEWS, '--json', '--no-equity');
    expect(run.error).toBeUndefined();
    const output = JSON.parse(run.stdout) as { symbols: Record<string, { trades: Trade[] }> };
    // BUY at bar K + 1 (three stories), filled at the open of bar K + 2; MSFT has no news, so no trade.
    expect(output.symbols.AAPL.trades.map((trade) => [trade.entryTime, trade.size > 0])).toEqual([[new Date(aapl.time[K + 2]).toISOString(), true]]);
    expect(output.symbols.MSFT.trades).toEqual([]);
    const without = JSON.parse((await runCli('backtest', BARS, '--strategy', 'agent:news-sentiment', '--param', 'holdBars=0', '--finalize-trades', '--json', '--no-equity')).stdout) as typeof output;
    expect(without.symbols.AAPL.trades).toEqual([]);
  });

  it('names the file and line of a bad news row, and warns when the strategy runs no agents', async () => {
    const noHeadline = write('no-headline.csv', ['time,symbol,story', '2024-01-02,AAPL,Apple rises']);
    expect((await runCli('backtest', BARS, '--strategy', 'agent:news-sentiment', '--news', noHeadline)).error?.message).toBe(`${noHeadline} line 1: the header needs a headline (or text) column; it has "time", "symbol", "story"`);
    const badTime = write('bad-time.csv', ['time,symbol,headline', 'yesterday,AAPL,Apple rises']);
    expect((await runCli('backtest', BARS, '--strategy', 'agent:news-sentiment', '--news', badTime)).error?.message).toBe(`${badTime} line 2: time "yesterday" is not an ISO date, date-time or epoch time`);
    const badKind = write('bad-kind.csv', ['time,symbol,headline,kind', '2024-01-02,AAPL,Apple rises,tweet']);
    expect((await runCli('backtest', BARS, '--strategy', 'agent:news-sentiment', '--news', badKind)).error?.message).toBe(`${badKind} line 2: kind "tweet" is not news, social or earnings_call`);
    const smaCross = await runCli('backtest', BARS, '--strategy', 'sma-cross', '--news', NEWS, '--json', '--no-equity');
    expect(smaCross.error).toBeUndefined();
    expect(smaCross.stderr).toContain('warning: --news is read by consensus and agent:<id> strategies; sma-cross does not use it');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';
import { multiSymbolFile } from './bar-files.test-support.js';

// A user's strategy module, as `tsc` would emit it from TypeScript: backtesting.py's SmaCross written
// against the documented API only (ctx.indicator, ctx.position, buy/sell), with one parameter.
const userStrategy = `
const crossed = (a, b, i) => a[i - 1] < b[i - 1] && a[i] > b[i];
export default {
  name: 'my-sma-cross',
  description: 'SMA(fast) over SMA(30)',
  params: [{ name: 'fast', description: 'fast SMA period', type: 'integer', min: 2, default: 10 }],
  create({ fast }) {
    let f = new Float64Array(0);
    let s = new Float64Array(0);
    return {
      init(ctx) {
        f = ctx.indicator('sma', fast);
        s = ctx.indicator('sma', 30);
      },
      next(_bar, ctx) {
        const i = ctx.index;
        if (crossed(f, s, i)) { ctx.position.close(); ctx.buy(); }
        else if (crossed(s, f, i)) { ctx.position.close(); ctx.sell(); }
      },
    };
  },
};
`;

function strategyFile(source: string, name = 'strategy.mjs'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gs-strategy-')), name);
  writeFileSync(file, source);
  return file;
}

describe('goldensignals backtest --strategy <module file>', () => {
  it('runs a user strategy module with its parameters, trading exactly as the built-in strategy it mirrors', async () => {
    const bars = multiSymbolFile(['ONE'], 400);
    const user = await runCli('backtest', bars, '--strategy', strategyFile(userStrategy), '--param', 'fast=12', '--json', '--no-equity');
    const builtIn = await runCli('backtest', bars, '--strategy', 'sma-cross', '--param', 'fast=12', '--param', 'slow=30', '--json', '--no-equity');
    expect(user.error).toBeUndefined();
    const mine = JSON.parse(user.stdout) as { stats: Record<string, unknown>; trades: unknown[] };
    const reference = JSON.parse(builtIn.stdout) as { stats: Record<string, unknown>; trades: unknown[] };
    expect(mine.trades.length).toBeGreaterThan(0);
    expect(mine.trades).toEqual(reference.trades);
    expect(mine.stats['Equity Final [$]']).toBe(reference.stats['Equity Final [$]']);
  });

  it('names the file and the problem when the module cannot be used', async () => {
    const bars = multiSymbolFile(['ONE'], 50);
    const missing = await runCli('backtest', bars, '--strategy', './no-such-strategy.mjs');
    expect(missing.error?.message).toContain('cannot load strategy file ./no-such-strategy.mjs');
    const wrong = await runCli('backtest', bars, '--strategy', strategyFile('export default 42;'));
    expect(wrong.error?.message).toContain('must export default a StrategyDefinition');
    const badParam = await runCli('backtest', bars, '--strategy', strategyFile(userStrategy, 'p.mjs'), '--param', 'slow=5');
    expect(badParam.error?.message).toContain('has no parameter "slow"');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveEnginePool } from './live-engine-pool.js';
import { batchAt, symbolFeeds } from './live-engine-pool.test-support.js';

// Worker threads run the compiled worker (which `npm install` builds) and must load the compiled engine,
// so the sharded case runs in a plain Node process, outside vitest's source-resolving loader.
const builtPool = new URL('../../dist/live/live-engine-pool.js', import.meta.url);
const builtSupport = new URL('../../dist/live/live-engine-pool.test-support.js', import.meta.url);
const builtEngine = new URL('../../../engine/dist/index.js', import.meta.url);

const shardedRun = `
const { LiveEnginePool } = await import(process.env.POOL_MODULE);
const { batchAt, symbolFeeds } = await import(process.env.SUPPORT_MODULE);
const { SignalEngine } = await import(process.env.ENGINE_MODULE);
const { symbols, feeds } = symbolFeeds(12, 140);
const pool = LiveEnginePool.start({ workers: 2, engine: { learn: false } });
const reference = new SignalEngine({ learn: false });
const out = { signals: [], expected: [], rejected: [] };
for (let i = 0; i < 130; i++) {
  out.rejected.push(...(await pool.push('1d', batchAt(symbols, feeds, i))).rejected);
  symbols.forEach((symbol, s) => reference.push(symbol, '1d', feeds[s][i]));
}
for (let i = 130; i < 140; i++) {
  const result = await pool.update('1d', batchAt(symbols, feeds, i));
  out.rejected.push(...result.rejected);
  out.signals.push(result.signals);
  out.expected.push(symbols.map((symbol, s) => reference.update(symbol, '1d', feeds[s][i])));
}
await pool.close();
process.stdout.write(JSON.stringify(out));
`;

describe('LiveEnginePool', () => {
  it('gives, sharded over two worker threads, exactly the signals of one engine fed bar by bar, in batch order', () => {
    expect(existsSync(builtPool) && existsSync(builtSupport), `${builtPool.pathname} is missing: run npm run build`).toBe(true);
    // A script file, not --eval: worker threads inherit the flags, and --input-type is only allowed with --eval.
    const script = join(mkdtempSync(join(tmpdir(), 'live-pool-')), 'sharded-run.mjs');
    writeFileSync(script, shardedRun);
    const output = execFileSync(process.execPath, [script], {
      encoding: 'utf8',
      env: { ...process.env, POOL_MODULE: builtPool.href, SUPPORT_MODULE: builtSupport.href, ENGINE_MODULE: builtEngine.href },
      maxBuffer: 64 * 2 ** 20,
    });
    rmSync(dirname(script), { recursive: true });
    const { signals, expected, rejected } = JSON.parse(output) as { signals: { symbol: string }[][]; expected: unknown[][]; rejected: unknown[] };
    expect(rejected).toEqual([]);
    expect(signals).toHaveLength(10);
    for (const batch of signals) expect(batch.map((signal) => signal.symbol)).toEqual(Array.from({ length: 12 }, (_, s) => `SYM${s}`));
    expect(signals).toEqual(expected);
  });

  it('refuses a bar that is not after its symbol\'s previous one, naming it, and keeps the others', async () => {
    const { symbols, feeds } = symbolFeeds(4, 3);
    const pool = LiveEnginePool.start({ workers: 1, engine: { learn: false } });
    await pool.push('1d', batchAt(symbols, feeds, 1));
    const replayed = batchAt(symbols, feeds, 2);
    replayed.time[2] = feeds[2][0].time;
    const { rejected } = await pool.push('1d', replayed);
    expect(rejected).toEqual([{ symbol: 'SYM2', reason: `SYM2: bar at ${new Date(feeds[2][0].time).toISOString()} is not after the previous bar` }]);
    await pool.close();
  });

  it('rejects a malformed batch with a clear message and a bad worker count', async () => {
    const pool = LiveEnginePool.start({ workers: 1 });
    const batch = batchAt(['A', 'B'], symbolFeeds(2, 1).feeds, 0);
    await expect(pool.push('1d', { ...batch, symbols: ['A', 'A'] })).rejects.toThrow('bar batch: symbol A appears twice');
    await expect(pool.push('1d', { ...batch, open: new Float64Array(1) })).rejects.toThrow('bar batch: open has 1 values for 2 symbols');
    expect(() => LiveEnginePool.start({ workers: 0 })).toThrow('workers must be an integer >= 1, got 0');
    await pool.close();
  });
});

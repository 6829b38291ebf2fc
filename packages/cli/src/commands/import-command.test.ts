import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTcpServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createServer, loadConfig, type GoldenSignalsServer } from '@goldensignals/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';

const PASSWORD = 'correct horse battery staple';

/** A local port nothing listens on: one just handed out by the system and closed again. */
async function closedPort(): Promise<number> {
  const listener = createTcpServer();
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no TCP port');
  return address.port;
}
/** Fixed clock of the server: Monday 2024-06-03 18:00 UTC. */
const NOW = Date.UTC(2024, 5, 3, 18);

describe('goldensignals import (against a real server)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gs-import-cli-'));
  let server: GoldenSignalsServer;
  let url: string;
  let apiKey: string;

  /** A file in the test's folder. */
  function file(name: string, content: string | Buffer): string {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  }

  beforeAll(async () => {
    const config = loadConfig({ env: { PORT: '0', DATA_DIR: join(folder, 'data'), MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent' }, file: null });
    server = await createServer(config, { logger: false, schedule: false, now: () => NOW });
    url = await server.start();
    const registered = await fetch(`${url}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@example.com', password: PASSWORD }) });
    const { accessToken } = (await registered.json()) as { accessToken: string };
    const created = await fetch(`${url}/api/v1/auth/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` }, body: JSON.stringify({ name: 'cli test' }) });
    apiKey = ((await created.json()) as { key: string }).key;
    // A whole server with its migrations: slow on a loaded machine.
  }, 90_000);

  afterAll(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const bars = ['date,open,high,low,close,volume', '2024-05-28,190,192,189,191,1000', '2024-05-29,191,193,190,192,1100', '2024-05-30,192,194,191,193,1200'].join('\n');

  it('uploads a bar file and prints what was stored; --json prints the server\'s answer; a gzipped file is sent as its text', async () => {
    const run = await runCli('import', 'bars', file('aapl.csv', bars), '--symbol', 'aapl', '--timeframe', '1d', '--url', url, '--api-key', apiKey);
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe('imported 3 AAPL 1d bars from 2024-05-28T00:00:00.000Z to 2024-05-30T00:00:00.000Z (3 new, 0 replaced)\n');
    const again = await runCli('import', 'bars', file('aapl.csv.gz', gzipSync(bars)), '--symbol', 'AAPL', '--url', `${url}/`, '--api-key', apiKey, '--json');
    expect(again.error).toBeUndefined();
    expect(JSON.parse(again.stdout)).toEqual({ symbol: 'AAPL', timeframe: '1d', rows: 3, inserted: 0, replaced: 3, first: '2024-05-28T00:00:00.000Z', last: '2024-05-30T00:00:00.000Z', warnings: [] });
    const stored = await server.chain.bars({ symbol: 'AAPL', timeframe: '1d', from: Date.UTC(2024, 4, 28), to: Date.UTC(2024, 4, 31) });
    expect(stored.bars.map((bar) => bar.close)).toEqual([191, 192, 193]);
  });

  it("fails with the server's message when the file is refused, naming the line and column", async () => {
    const bad = file('bad.csv', bars.replace('2024-05-29,191,193,190', '2024-05-29,191,189,190'));
    const run = await runCli('import', 'bars', bad, '--symbol', 'MSFT', '--url', url, '--api-key', apiKey);
    expect(run.error?.message).toBe('the file was not imported, nothing was stored: row 3, column high, value "189": high is below low (190) (HTTP 400 GS_ERR_VALIDATION)');
  });

  it('creates watchlists from a file and lists the skipped rows', async () => {
    const run = await runCli('import', 'watchlists', file('lists.csv', 'symbol,watchlist\nAAPL,Tech\nmsft,Tech\n???,Tech\nBTC-USD,\n'), '--url', url, '--api-key', apiKey);
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe(
      [
        'Tech (new): added 2, now 2 symbols: AAPL, MSFT',
        'Imported (new): added 1, now 1 symbol: BTC-USD',
        'skipped line 4 "???": not a ticker: letters, digits and . - = ^ / up to 20 characters',
        '',
      ].join('\n'),
    );
  });

  it('reads the server and the key from GOLDENSIGNALS_URL and GOLDENSIGNALS_API_KEY', async () => {
    const saved = { url: process.env.GOLDENSIGNALS_URL, key: process.env.GOLDENSIGNALS_API_KEY };
    process.env.GOLDENSIGNALS_URL = url;
    process.env.GOLDENSIGNALS_API_KEY = apiKey;
    try {
      const run = await runCli('import', 'watchlists', file('more.csv', 'symbol,watchlist\nNVDA,Tech\n'), '--json');
      expect(run.error).toBeUndefined();
      expect(JSON.parse(run.stdout)).toMatchObject({ watchlists: [{ name: 'Tech', symbols: ['AAPL', 'MSFT', 'NVDA'], created: false, added: 1 }], skipped: [] });
    } finally {
      if (saved.url === undefined) delete process.env.GOLDENSIGNALS_URL;
      else process.env.GOLDENSIGNALS_URL = saved.url;
      if (saved.key === undefined) delete process.env.GOLDENSIGNALS_API_KEY;
      else process.env.GOLDENSIGNALS_API_KEY = saved.key;
    }
  });

  it('says how to authenticate without a key, and names a missing file, an unreachable server and a bad option', async () => {
    const csv = file('one.csv', bars);
    const anonymous = await runCli('import', 'watchlists', csv, '--url', url);
    expect(anonymous.error?.message).toMatch(/\(HTTP 401 GS_ERR_UNAUTHORIZED\) \(pass --api-key or set GOLDENSIGNALS_API_KEY\)$/);
    const missing = await runCli('import', 'bars', join(folder, 'nope.csv'), '--symbol', 'AAPL', '--url', url);
    expect(missing.error?.message).toBe(`${join(folder, 'nope.csv')}: no such file`);
    const closed = `http://127.0.0.1:${await closedPort()}`;
    const unreachable = await runCli('import', 'bars', csv, '--symbol', 'AAPL', '--url', closed);
    expect(unreachable.error?.message).toMatch(new RegExp(`^cannot reach the GoldenSignals server at ${closed}: .*ECONNREFUSED.* \\(start it with "goldensignals serve", or pass --url\\)$`));
    const badTimeframe = await runCli('import', 'bars', csv, '--symbol', 'AAPL', '--timeframe', '2d', '--url', url);
    expect(badTimeframe.stderr).toContain("option '--timeframe <timeframe>' argument '2d' is invalid. expected one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w, got \"2d\"");
    const noSymbol = await runCli('import', 'bars', csv, '--url', url);
    expect(noSymbol.stderr).toContain("required option '--symbol <symbol>' not specified");
  });
});

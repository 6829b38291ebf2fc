import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, loadConfig, type GoldenSignalsServer } from '@goldensignals/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.test-support.js';
import { DEFAULT_SERVER_URL } from './export-command.js';

/** A fixed clock: Monday 2024-06-03 18:00 UTC. */
const NOW = Date.UTC(2024, 5, 3, 18, 0);
const PASSWORD = 'violet kettle drum meadow 42';

/** The records of a CSV without quoted cells (what these exports hold), split into cells. */
function records(csv: string): string[][] {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('goldensignals export against a running server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-export-cli-'));
  let server: GoldenSignalsServer;
  let url: string;
  let apiKey: string;
  let signalId: string;
  let portfolioId: string;
  let backtestId: string;

  async function call(method: 'GET' | 'POST', path: string, payload: object | undefined, headers: Record<string, string>): Promise<Record<string, unknown>> {
    const response = await server.app.inject({ method, url: path, headers, ...(payload === undefined ? {} : { payload }) });
    if (response.statusCode >= 300) throw new Error(`set-up ${method} ${path} answered ${response.statusCode}: ${response.body}`);
    return response.json<Record<string, unknown>>();
  }

  beforeAll(async () => {
    const config = loadConfig({ env: { PORT: '0', DATA_DIR: dataDir, MARKET_DATA_PROVIDERS: 'simulator', LOG_LEVEL: 'silent' }, file: null });
    server = await createServer(config, { logger: false, schedule: false, now: () => NOW });
    url = await server.start();
    // The first account is the admin; accounts are on from then, so the exports need the key.
    const registered = await call('POST', '/api/v1/auth/register', { email: 'admin@example.com', password: PASSWORD }, {});
    const bearer = { authorization: `Bearer ${String(registered.accessToken)}` };
    apiKey = String((await call('POST', '/api/v1/auth/api-keys', { name: 'exports' }, bearer)).key);
    signalId = String((await call('POST', '/api/v1/signals/generate/AAPL?timeframe=1d', undefined, bearer)).id);
    portfolioId = String((await call('POST', '/api/v1/portfolios', { name: 'cli', initialCash: '10000' }, bearer)).id);
    backtestId = String((await call('POST', '/api/v1/backtests', { strategy: 'buy-and-hold', symbols: ['AAPL'], timeframe: '1d', from: '2024-01-02', to: '2024-06-01' }, bearer)).id);
    // The server's own runner works the backtest off; a generous bound, not a timing assertion.
    const deadline = Date.now() + 60_000;
    while ((await call('GET', `/api/v1/backtests/${backtestId}`, undefined, bearer)).status !== 'done') {
      if (Date.now() > deadline) throw new Error('the backtest did not finish');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('writes the signals as CSV to stdout', async () => {
    const run = await runCli('export', 'signals', '--symbol', 'AAPL', '--url', url, '--api-key', apiKey);
    expect(run.error).toBeUndefined();
    const [header, ...rows] = records(run.stdout);
    expect(header.slice(0, 5)).toEqual(['id', 'time', 'symbol', 'timeframe', 'action']);
    expect(rows.map((row) => [row[0], row[2], row[3]])).toEqual([[signalId, 'AAPL', '1d']]);
  });

  it('writes JSON to the --out file, taking the server and key from the environment', async () => {
    vi.stubEnv('GOLDENSIGNALS_URL', `${url}/`);
    vi.stubEnv('GOLDENSIGNALS_API_KEY', apiKey);
    const out = join(dataDir, 'signals.json');
    const run = await runCli('export', 'signals', '--format', 'json', '--out', out, '--action', 'BUY,SELL,HOLD');
    expect(run.error).toBeUndefined();
    expect(run.stdout).toBe('');
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { signals: { id: string; symbol: string }[] };
    expect(exported.signals.map((signal) => [signal.id, signal.symbol])).toEqual([[signalId, 'AAPL']]);
  });

  it('exports a portfolio, a finished backtest and the scorecard', async () => {
    const trades = await runCli('export', 'trades', '--portfolio', portfolioId, '--format', 'json', '--url', url, '--api-key', apiKey);
    expect(trades.error).toBeUndefined();
    expect(JSON.parse(trades.stdout)).toEqual({ fills: [] });

    const equity = await runCli('export', 'backtest', '--id', backtestId, '--part', 'equity', '--url', url, '--api-key', apiKey);
    expect(equity.error).toBeUndefined();
    const [header, ...points] = records(equity.stdout);
    expect(header).toEqual(['symbol', 'time', 'equity', 'drawdown_pct', 'buy_and_hold_equity']);
    expect(points.length).toBeGreaterThan(50);
    expect(points.every((point) => point[0] === 'AAPL')).toBe(true);

    const scorecard = await runCli('export', 'scorecard', '--part', 'outcomes', '--url', url, '--api-key', apiKey);
    expect(scorecard.error).toBeUndefined();
    expect(records(scorecard.stdout).map((row) => row[0])).toEqual(['action', 'BUY', 'SELL', 'all']);
  });

  it("fails with the server's own message: no key, another's or a missing portfolio, bad input", async () => {
    const anonymous = await runCli('export', 'signals', '--url', url);
    expect(anonymous.error?.message).toMatch(/^the server refused the export: 401 GS_ERR_UNAUTHORIZED: /);
    const missing = await runCli('export', 'trades', '--portfolio', '00000000-0000-4000-8000-000000000000', '--url', url, '--api-key', apiKey);
    expect(missing.error?.message).toBe('the server refused the export: 404 GS_ERR_NOT_FOUND: no portfolio 00000000-0000-4000-8000-000000000000');
    const bad = await runCli('export', 'signals', '--limit', '0', '--url', url, '--api-key', apiKey);
    expect(bad.error?.message).toContain('400 GS_ERR_VALIDATION: query.limit');
    expect(bad.stdout).toBe('');
  });

  it('refuses options that do not fit the export before asking the server, and names an unreachable server', async () => {
    expect((await runCli('export', 'backtest', '--url', url)).error?.message).toBe('export backtest needs --id <backtest id>');
    expect((await runCli('export', 'scorecard', '--portfolio', portfolioId, '--url', url)).error?.message).toBe('--portfolio does not apply to export scorecard');
    expect((await runCli('export', 'signals', '--id', backtestId, '--url', url)).error?.message).toBe('--id does not apply to export signals');
    expect((await runCli('export', 'orders', '--url', url)).stderr).toContain('choose one of signals, trades, backtest, scorecard, got "orders"');
    expect((await runCli('export', 'signals', '--format', 'xml', '--url', url)).stderr).toContain("Allowed choices are csv, json");
    const unreachable = await runCli('export', 'signals', '--url', 'http://127.0.0.1:1');
    expect(unreachable.error?.message).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:1: .*is the server running\?/);
  });

  it('defaults to a server started here with its default port', () => {
    expect(DEFAULT_SERVER_URL).toBe('http://127.0.0.1:8080');
  });
});

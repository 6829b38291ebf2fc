import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'gs-config-'));
}

function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with the documented defaults when nothing is set', () => {
    const cwd = tempDir();
    const config = loadConfig({ env: {}, cwd });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: join(cwd, 'data'),
      databaseUrl: null,
      redisUrl: null,
      marketDataProviders: ['yahoo', 'simulator'],
      logLevel: 'info',
      corsOrigins: [],
      scheduleTimeframes: ['5m', '1h', '1d'],
    });
  });

  it('reads environment variables, which win over the config file', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'goldensignals.config.json'), JSON.stringify({ PORT: 9000, HOST: '0.0.0.0', MARKET_DATA_PROVIDERS: ['simulator'] }));
    const config = loadConfig({ env: { PORT: '9100', CORS_ORIGINS: 'https://a.example.com, http://localhost:5173' }, cwd });
    expect(config.port).toBe(9100);
    expect(config.host).toBe('0.0.0.0');
    expect(config.marketDataProviders).toEqual(['simulator']);
    expect(config.corsOrigins).toEqual(['https://a.example.com', 'http://localhost:5173']);
  });

  it('reports every bad value at once, each naming its key', () => {
    const problems = problemsOf(() =>
      loadConfig({ env: { PORT: '80a', MARKET_DATA_PROVIDERS: 'yahoo,bloomberg', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', SCHEDULE_TIMEFRAMES: '1d,2h' }, cwd: tempDir() }),
    );
    expect(problems).toEqual([
      'PORT: expected an integer from 0 to 65535, got "80a"',
      'DATABASE_URL: expected a postgres: or postgresql: URL, got mysql:',
      'MARKET_DATA_PROVIDERS: unknown provider "bloomberg"; known: yahoo, polygon, alphavantage, finnhub, ccxt, csv, simulator',
      'LOG_LEVEL: expected one of trace, debug, info, warn, error, fatal, silent, got "loud"',
      'SCHEDULE_TIMEFRAMES: unknown timeframe "2h"; expected one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w',
    ]);
  });

  it('rejects unknown keys in the config file, listing the known ones', () => {
    const cwd = tempDir();
    const file = join(cwd, 'custom.json');
    writeFileSync(file, JSON.stringify({ PROT: 8080 }));
    const [problem] = problemsOf(() => loadConfig({ env: { CONFIG_FILE: 'custom.json' }, cwd }));
    expect(problem).toContain(`config file ${file}: unknown key "PROT"; known keys: PORT, HOST,`);
  });

  it('names the file when it is missing or not a JSON object', () => {
    const cwd = tempDir();
    expect(problemsOf(() => loadConfig({ file: 'nope.json', env: {}, cwd }))[0]).toBe(`config file ${join(cwd, 'nope.json')} does not exist (CONFIG_FILE)`);
    writeFileSync(join(cwd, 'list.json'), '[1]');
    expect(problemsOf(() => loadConfig({ file: 'list.json', env: {}, cwd }))).toEqual([`config file ${join(cwd, 'list.json')}: expected a JSON object of settings`]);
  });

  it('requires the API key of every keyed provider that is listed', () => {
    const problems = problemsOf(() => loadConfig({ env: { MARKET_DATA_PROVIDERS: 'polygon,finnhub,csv,simulator', FINNHUB_API_KEY: 'k' }, cwd: tempDir() }));
    expect(problems).toEqual(['MARKET_DATA_PROVIDERS: provider "polygon" needs POLYGON_API_KEY', 'MARKET_DATA_PROVIDERS: provider "csv" needs CSV_PATH']);
  });

  it('treats an empty environment variable as unset', () => {
    expect(loadConfig({ env: { PORT: '', DATABASE_URL: '' }, cwd: tempDir() })).toMatchObject({ port: 8080, databaseUrl: null });
  });

  it('rejects a CORS origin with a path', () => {
    expect(problemsOf(() => loadConfig({ env: { CORS_ORIGINS: 'https://a.example.com/app' }, cwd: tempDir() }))).toEqual([
      'CORS_ORIGINS: "https://a.example.com/app" is not a bare origin (scheme://host[:port], no path)',
    ]);
  });
});

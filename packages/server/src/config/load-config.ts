import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from './config-error.js';
import { CONFIG_KEYS, type ConfigKey } from './config-keys.js';
import type { ServerConfig } from './server-config.js';

/** Where configuration comes from: environment variables win over the optional JSON file. */
export interface ConfigSources {
  /** Environment variables (default `process.env`); only known names are read. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A JSON config file; default `CONFIG_FILE`, else `./goldensignals.config.json` when it exists. */
  readonly file?: string | null;
  /** Folder that relative paths are resolved against (default the working directory). */
  readonly cwd?: string;
}

/** The default config file, looked for in the working directory. */
export const DEFAULT_CONFIG_FILE = 'goldensignals.config.json';

type Field = keyof typeof CONFIG_KEYS;
const FIELDS = Object.keys(CONFIG_KEYS) as Field[];
const NAMES = new Set(FIELDS.map((field) => CONFIG_KEYS[field].name));

function fileValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(',');
  return null;
}

function readConfigFile(path: string, problems: string[]): Map<string, string> {
  const values = new Map<string, string>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`config file ${path}: ${error instanceof Error ? error.message : String(error)}`);
    return values;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push(`config file ${path}: expected a JSON object of settings`);
    return values;
  }
  for (const [name, value] of Object.entries(parsed)) {
    if (!NAMES.has(name)) {
      problems.push(`config file ${path}: unknown key "${name}"; known keys: ${[...NAMES].join(', ')}`);
      continue;
    }
    const raw = fileValue(value);
    if (raw === null) problems.push(`${name} (config file): expected a string, number or list of strings`);
    else values.set(name, raw);
  }
  return values;
}

function configFilePath(sources: ConfigSources, cwd: string): string | null {
  const explicit = sources.file !== undefined ? sources.file : (sources.env ?? process.env).CONFIG_FILE;
  if (explicit !== undefined && explicit !== null && explicit !== '') return resolve(cwd, explicit);
  const fallback = resolve(cwd, DEFAULT_CONFIG_FILE);
  return sources.file === undefined && existsSync(fallback) ? fallback : null;
}

/**
 * Reads and validates the configuration once, at start. Every problem is collected and reported together
 * (a `ConfigError` naming each key), so one restart fixes them all; unknown keys in the file are rejected.
 */
export function loadConfig(sources: ConfigSources = {}): ServerConfig {
  const env = sources.env ?? process.env;
  const cwd = sources.cwd ?? process.cwd();
  const problems: string[] = [];
  const filePath = configFilePath(sources, cwd);
  if (filePath !== null && !existsSync(filePath)) problems.push(`config file ${filePath} does not exist (CONFIG_FILE)`);
  const fromFile = filePath !== null && existsSync(filePath) ? readConfigFile(filePath, problems) : new Map<string, string>();
  const config: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const spec: ConfigKey<unknown> = CONFIG_KEYS[field];
    const fromEnv = env[spec.name];
    const raw = fromEnv !== undefined && fromEnv !== '' ? fromEnv : fromFile.get(spec.name);
    if (raw === undefined) {
      config[field] = spec.defaultValue;
      continue;
    }
    try {
      config[field] = spec.parse(raw);
    } catch (error) {
      problems.push(`${spec.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const result = config as unknown as ServerConfig;
  problems.push(...providerKeyProblems(result));
  if (problems.length > 0) throw new ConfigError(problems);
  const path = (value: string | null): string | null => (value === null ? null : resolve(cwd, value));
  return {
    ...result,
    dataDir: resolve(cwd, result.dataDir),
    csvPath: path(result.csvPath),
    sentimentModelFile: path(result.sentimentModelFile),
    sentimentModelDir: path(result.sentimentModelDir),
    embeddingsOnnxDir: path(result.embeddingsOnnxDir),
    mlModelsDir: path(result.mlModelsDir),
  };
}

function providerKeyProblems(config: ServerConfig): string[] {
  const problems: string[] = [];
  const needs: Record<string, [string, string | null]> = {
    polygon: ['POLYGON_API_KEY', config.polygonApiKey],
    alphavantage: ['ALPHA_VANTAGE_API_KEY', config.alphaVantageApiKey],
    finnhub: ['FINNHUB_API_KEY', config.finnhubApiKey],
    csv: ['CSV_PATH', config.csvPath],
  };
  for (const provider of config.marketDataProviders) {
    const need = needs[provider];
    if (need !== undefined && need[1] === null) problems.push(`MARKET_DATA_PROVIDERS: provider "${provider}" needs ${need[0]}`);
  }
  return problems;
}

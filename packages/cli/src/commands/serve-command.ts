import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/** Exit code of a configuration the server cannot start with. */
const CONFIG_EXIT_CODE = 2;

function parsePort(value: string): string {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError(`port must be 0..65535, got "${value}"`);
  return value;
}

interface ServeOptions {
  readonly port?: string;
  readonly host?: string;
  readonly config?: string;
  readonly schedule: boolean;
}

/** `goldensignals serve`: the whole product — API, WebSocket, scheduler and dashboard — on one port. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('start the GoldenSignals server and dashboard (settings: environment variables or a config file; see README)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT; default 8080)', parsePort)
    .option('--host <host>', 'interface to bind (overrides HOST; default 127.0.0.1)')
    .option('--config <file>', 'JSON config file (overrides CONFIG_FILE; default ./goldensignals.config.json when present)')
    .option('--no-schedule', 'do not generate signals on a schedule (on-demand only)')
    .action(async (options: ServeOptions) => {
      // Loaded here, not at the top: the other commands do not need the server's modules.
      const { ConfigError, createServer, loadConfig } = await import('@goldensignals/server');
      const env = { ...process.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) };
      let config;
      try {
        config = loadConfig({ env, file: options.config });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = CONFIG_EXIT_CODE;
        return;
      }
      const server = await createServer(config, { webRoot, schedule: options.schedule });
      const address = await server.start();
      const offline = config.marketDataProviders.length === 1 && config.marketDataProviders[0] === 'simulator';
      process.stdout.write(
        `GoldenSignals is running at ${address.replace('127.0.0.1', 'localhost')}\n` +
          `  API docs: ${address.replace('127.0.0.1', 'localhost')}/docs\n` +
          `  market data: ${config.marketDataProviders.join(' → ')}${offline ? ' (offline: all data is simulated)' : ''}\n` +
          `  database: ${config.databaseUrl === null ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}\n` +
          ((await server.accounts.needsFirstAccount())
            ? `  no account yet: the first one to register becomes admin (POST /api/v1/auth/register {"email","password"})\n`
            : ''),
      );
      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) {
          process.stderr.write(`${signal} again: exiting without waiting\n`);
          process.exit(1);
        }
        stopping = true;
        server.app.log.info(`${signal}: shutting down`);
        void server.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            server.app.log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '@goldensignals/server';
import { Command, InvalidArgumentError } from 'commander';

const webRoot = join(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError(`port must be 0..65535, got "${value}"`);
  return port;
}

/** `goldensignals serve`: starts the HTTP server and the dashboard. */
export function serveCommand(): Command {
  return new Command('serve')
    .description('start the GoldenSignals server and dashboard')
    .option('-p, --port <port>', 'port to listen on (env PORT)', parsePort, parsePort(process.env.PORT ?? '8080'))
    .option('--host <host>', 'interface to bind (env HOST)', process.env.HOST ?? '127.0.0.1')
    .action(async (options: { port: number; host: string }) => {
      const app = buildApp({ webRoot });
      const address = await app.listen({ port: options.port, host: options.host });
      process.stdout.write(`GoldenSignals is running at ${address.replace('127.0.0.1', 'localhost')}\n`);
      const stop = (): void => {
        void app.close().then(() => process.exit(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
}

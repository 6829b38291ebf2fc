import { Command, InvalidArgumentError } from 'commander';

/** Exit code of a configuration the worker cannot start with (as `serve`). */
const CONFIG_EXIT_CODE = 2;

function parseConcurrency(value: string): string {
  const concurrency = Number(value);
  if (!/^\d+$/.test(value) || concurrency < 1 || concurrency > 64) throw new InvalidArgumentError(`concurrency must be an integer from 1 to 64, got "${value}"`);
  return value;
}

interface WorkerOptions {
  readonly concurrency?: string;
  readonly config?: string;
}

/**
 * `goldensignals worker`: takes scans, signal generation and backtests from the BullMQ queues, on any number of
 * machines. Scale-out only: it needs the Redis and the PostgreSQL database the API nodes use.
 */
export function workerCommand(): Command {
  return new Command('worker')
    .description('process scans, signals and backtests from the job queues (scale-out: needs REDIS_URL and DATABASE_URL; settings as for serve)')
    .option('-c, --concurrency <n>', 'scan and signal jobs run at once (overrides WORKER_CONCURRENCY; default 2)', parseConcurrency)
    .option('--config <file>', 'JSON config file (overrides CONFIG_FILE; default ./goldensignals.config.json when present)')
    .action(async (options: WorkerOptions) => {
      // Loaded here, not at the top: the other commands do not need the server's modules.
      const { ConfigError, loadConfig, startWorker, workerConfigProblem } = await import('@goldensignals/server');
      const env = { ...process.env, ...(options.concurrency ? { WORKER_CONCURRENCY: options.concurrency } : {}) };
      let config;
      try {
        config = loadConfig({ env, file: options.config });
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        process.stderr.write(`${error.message}\n`);
        process.exitCode = CONFIG_EXIT_CODE;
        return;
      }
      const problem = workerConfigProblem(config);
      if (problem !== null) {
        process.stderr.write(`goldensignals worker: ${problem}\n`);
        process.exitCode = CONFIG_EXIT_CODE;
        return;
      }
      // Health, readiness and metrics on the configured port, for the orchestrator's probes and Prometheus.
      const running = await startWorker(config, { http: { port: config.port, host: config.host } });
      const { log } = running.worker;
      process.stdout.write(
        `GoldenSignals worker running: ${config.workerConcurrency} scan and signal job(s) at once, queues scans, signals and backtests (Redis: REDIS_URL), database PostgreSQL (DATABASE_URL); health and metrics at ${running.worker.httpUrl ?? '(none)'}\n`,
      );
      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) {
          process.stderr.write(`${signal} again: exiting without waiting (running jobs go to another worker once their locks expire)\n`);
          process.exit(1);
        }
        stopping = true;
        log.info(`${signal}: finishing running jobs, then stopping`);
        void running.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            log.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
}

import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../redis/private-redis-server.test-support.js';

const run = promisify(execFile);
const POSTGRESQL_LIB = '/usr/lib/postgresql';
// PostgreSQL refuses to run as root: as root, its tools run as this account (Debian's packages create it).
const SERVICE_ACCOUNT = 'postgres';

/** The `bin` folder of the newest PostgreSQL under /usr/lib/postgresql that has `initdb` and `pg_ctl`, or `null`. */
export function postgresBinDir(): string | null {
  if (!existsSync(POSTGRESQL_LIB)) return null;
  const versions = readdirSync(POSTGRESQL_LIB)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(POSTGRESQL_LIB, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function serviceAccountIds(): { uid: number; gid: number } | null {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${SERVICE_ACCOUNT}:`));
  if (line === undefined) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

const runningAsRoot = userInfo().uid === 0;

/** Why a private PostgreSQL server cannot be made here, or `null`. */
export function privatePostgresProblem(): string | null {
  if (postgresBinDir() === null) return `no PostgreSQL server binaries (initdb, pg_ctl) under ${POSTGRESQL_LIB}/<version>/bin`;
  if (runningAsRoot && serviceAccountIds() === null) return `running as root, and there is no "${SERVICE_ACCOUNT}" account to run initdb and pg_ctl as (they refuse root)`;
  if (runningAsRoot && !existsSync('/usr/sbin/runuser') && !existsSync('/sbin/runuser')) return 'running as root without runuser, which runs initdb and pg_ctl as postgres';
  return null;
}

/**
 * A PostgreSQL cluster of the test's own — `initdb` into a temporary folder, trust authentication, on a free port of
 * 127.0.0.1 — that a test may stop (`pg_ctl stop -m immediate`, as a crash) and start again, without touching the
 * machine's PostgreSQL. As root, its tools run as the `postgres` account.
 */
export class PrivatePostgresServer {
  private constructor(
    private readonly bin: string,
    private readonly folder: string,
    readonly port: number,
  ) {}

  /** Creates the cluster and starts it; resolves once it accepts connections. */
  static async create(): Promise<PrivatePostgresServer> {
    const bin = postgresBinDir();
    const problem = privatePostgresProblem();
    if (bin === null || problem !== null) throw new Error(problem ?? 'no PostgreSQL binaries');
    const folder = mkdtempSync(join(tmpdir(), 'gs-pg-'));
    mkdirSync(join(folder, 'socket'));
    const ids = runningAsRoot ? serviceAccountIds() : null;
    if (ids !== null) {
      for (const path of [folder, join(folder, 'socket')]) chownSync(path, ids.uid, ids.gid);
    }
    const server = new PrivatePostgresServer(bin, folder, await freePort());
    try {
      await server.#tool('initdb', ['-D', server.#dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
      await server.start();
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
    return server;
  }

  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the server (again, on the same port and data); resolves once it accepts connections. */
  async start(): Promise<void> {
    // fsync off: the data only has to survive the server process (an immediate stop), not the machine.
    const options = `-p ${this.port} -k ${join(this.folder, 'socket')} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    await this.#tool('pg_ctl', ['-D', this.#dataDir, '-l', join(this.folder, 'server.log'), '-o', options, '-w', '-t', '30', 'start']);
  }

  /** `pg_ctl stop -m immediate`: every backend is killed at once, no checkpoint, as a crash; recovery runs at the next start. */
  async stopImmediately(): Promise<void> {
    await this.#tool('pg_ctl', ['-D', this.#dataDir, '-m', 'immediate', '-w', 'stop']);
  }

  /** The server's log so far (for failure messages). */
  log(): string {
    const path = join(this.folder, 'server.log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  }

  /** Stops the server if it runs (fast shutdown) and deletes its folder. */
  async remove(): Promise<void> {
    await this.#tool('pg_ctl', ['-D', this.#dataDir, '-m', 'fast', '-w', 'stop']).catch(() => undefined);
    rmSync(this.folder, { recursive: true, force: true });
  }

  get #dataDir(): string {
    return join(this.folder, 'data');
  }

  async #tool(name: string, args: readonly string[]): Promise<void> {
    const path = join(this.bin, name);
    const [command, commandArgs] = runningAsRoot ? ['runuser', ['-u', SERVICE_ACCOUNT, '--', path, ...args]] : [path, [...args]];
    try {
      // Its own folder as the working directory: the service account may not enter the test's.
      await run(command, commandArgs, { cwd: this.folder, timeout: 60_000 });
    } catch (error) {
      const failure = error as { stderr?: string; stdout?: string; message?: string };
      throw new Error(`${name} ${args.join(' ')} failed: ${failure.stderr ?? ''}${failure.stdout ?? ''}${failure.message ?? ''}`, { cause: error });
    }
  }
}

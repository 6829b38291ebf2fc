import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the Linux cpu controller is mounted, and how a quota is written there. */
interface CpuController {
  readonly root: string;
  quotaFiles(cores: number): ReadonlyArray<readonly [file: string, value: string]>;
}

// A short period spreads a fractional quota evenly: with 100 ms, a half-core server would stop for 50 ms at a time.
const PERIOD_US = 10_000;
const V1_ROOT = '/sys/fs/cgroup/cpu';
const V2_ROOT = '/sys/fs/cgroup';

/** The cpu controller of this machine: cgroup v1's `cpu` hierarchy, or a cgroup v2 root that delegates `cpu`. */
function cpuController(): CpuController | string {
  if (process.platform !== 'linux') return `CPU budgets need Linux cgroups; this is ${process.platform}`;
  if (existsSync(join(V1_ROOT, 'cpu.cfs_quota_us'))) {
    return { root: V1_ROOT, quotaFiles: (cores) => [['cpu.cfs_period_us', String(PERIOD_US)], ['cpu.cfs_quota_us', String(Math.round(cores * PERIOD_US))]] };
  }
  const controllers = join(V2_ROOT, 'cgroup.subtree_control');
  if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) {
    return { root: V2_ROOT, quotaFiles: (cores) => [['cpu.max', `${Math.round(cores * PERIOD_US)} ${PERIOD_US}`]] };
  }
  return `no writable cgroup cpu controller (neither ${V1_ROOT}/cpu.cfs_quota_us nor "cpu" in ${controllers})`;
}

/**
 * Gives each server process of a run its own CPU quota (`cores` of CPU time per wall second), as if each ran on a
 * machine of its own that size: one cgroup per process under a group of the run's. On a box with few cores this is
 * how a comparison of one node against two stays about the nodes, with the load generators, Redis and PostgreSQL
 * on the CPU left over instead of competing with the nodes for it. Needs root (or a delegated cgroup).
 */
export class CpuBudget {
  readonly #controller: CpuController;
  readonly #group: string;
  /** Names of the cgroups made so far, one per limited process. */
  readonly #members = new Set<string>();

  private constructor(controller: CpuController, group: string, readonly cores: number) {
    this.#controller = controller;
    this.#group = group;
  }

  /** The run's cgroup folder. */
  get path(): string {
    return this.#group;
  }

  /** Creates the run's group; throws an Error saying why when the machine cannot limit CPU. */
  static create(cores: number, runId: string): CpuBudget {
    if (!(cores > 0)) throw new Error(`a CPU budget needs a positive number of cores, got ${cores}`);
    const controller = cpuController();
    if (typeof controller === 'string') throw new Error(`--node-cpus: ${controller}`);
    const group = join(controller.root, `goldensignals-bench-${runId}`);
    try {
      mkdirSync(group);
    } catch (error) {
      throw new Error(`--node-cpus: cannot create the cgroup ${group} (${error instanceof Error ? error.message : String(error)}); run the bench as root`);
    }
    return new CpuBudget(controller, group, cores);
  }

  /** Puts a process (all its threads) under its own quota of `cores`; `name` names its cgroup. */
  limit(name: string, pid: number): void {
    const cgroup = join(this.#group, name);
    if (!existsSync(cgroup)) mkdirSync(cgroup);
    for (const [file, value] of this.#controller.quotaFiles(this.cores)) writeFileSync(join(cgroup, file), value);
    writeFileSync(join(cgroup, 'cgroup.procs'), String(pid));
    this.#members.add(name);
  }

  /** CPU time the processes limited so far were held back by their quota, s (from each cgroup's throttling count). */
  throttledSeconds(): Record<string, number> {
    const throttled: Record<string, number> = {};
    for (const name of this.#members) {
      const stat = readFileSync(join(this.#group, name, 'cpu.stat'), 'utf8');
      const v1 = /throttled_time (\d+)/.exec(stat);
      const v2 = /throttled_usec (\d+)/.exec(stat);
      throttled[name] = v1 !== null ? Number(v1[1]) / 1e9 : v2 !== null ? Number(v2[1]) / 1e6 : 0;
    }
    return throttled;
  }

  /** Moves whatever still runs in the groups back to the root and removes them. */
  release(): void {
    for (const name of this.#members) {
      const cgroup = join(this.#group, name);
      if (!existsSync(cgroup)) continue;
      for (const pid of readFileSync(join(cgroup, 'cgroup.procs'), 'utf8').split('\n').filter((line) => line !== '')) {
        try {
          writeFileSync(join(this.#controller.root, 'cgroup.procs'), pid);
        } catch {
          // It exited in between: nothing to move.
        }
      }
      rmdirSync(cgroup);
    }
    this.#members.clear();
    if (existsSync(this.#group)) rmdirSync(this.#group);
  }
}

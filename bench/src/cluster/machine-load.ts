import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { round } from '../measure.js';

/** CPU time of the whole machine so far, summed over its cores, ms. */
export interface CpuSnapshot {
  readonly busyMs: number;
  readonly totalMs: number;
}

/** The machine's CPU time so far (every core, every process). */
export function cpuSnapshot(): CpuSnapshot {
  let busyMs = 0;
  let totalMs = 0;
  for (const { times } of cpus()) {
    const total = times.user + times.nice + times.sys + times.idle + times.irq;
    totalMs += total;
    busyMs += total - times.idle;
  }
  return { busyMs, totalMs };
}

/** Share of the machine's CPU capacity (all cores) that was busy between two snapshots, percent. */
export function busyPercent(before: CpuSnapshot, after: CpuSnapshot): number {
  const total = after.totalMs - before.totalMs;
  return total <= 0 ? 0 : round((100 * (after.busyMs - before.busyMs)) / total, 1);
}

/** The open-files limit of the bench's processes (`ulimit -n`; children inherit it), or null when unknown. */
export function openFilesLimit(): number | null {
  const answer = spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' });
  const limit = Number(answer.stdout.trim());
  return answer.status === 0 && Number.isFinite(limit) ? limit : answer.stdout.trim() === 'unlimited' ? Number.POSITIVE_INFINITY : null;
}

/** What bounds every figure of this bench: the cores every process shares and how busy the machine already was. */
export function machineDescription(): object {
  const cores = cpus();
  const [load1m, load5m, load15m] = loadavg();
  return {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    loadAverageAtStart: { '1m': round(load1m), '5m': round(load5m), '15m': round(load15m) },
    openFilesLimit: openFilesLimit(),
  };
}

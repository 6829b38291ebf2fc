import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds used so far by every process of each command name (`redis-server`, `postgres`, ...). */
export type ServiceCpu = Readonly<Record<string, number>>;

/**
 * CPU seconds (user + system) used so far by every live process whose command is one of `names`, read from /proc:
 * Redis and PostgreSQL take CPU for every request too, outside the nodes. Those of a process that exits between two
 * readings are lost (PostgreSQL backends of the nodes' pools live as long as the pools). All processes of that name
 * on the machine count, the bench's or not. Empty where /proc is missing.
 */
export function serviceCpu(names: readonly string[]): ServiceCpu {
  const seconds: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return {};
  }
  for (const pid of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (!(command in seconds)) continue;
    // Fields after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    seconds[command] += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  }
  return seconds;
}

/** The CPU seconds used between two readings, per name. */
export function serviceCpuUsed(before: ServiceCpu, after: ServiceCpu): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((name) => [name, Math.max(0, after[name] - (before[name] ?? 0))]));
}

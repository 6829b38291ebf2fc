import type { FanOutOptions } from './cluster-fan-out.js';
import type { SoakOptions } from './cluster-soak.js';
import type { ThroughputOptions } from './cluster-throughput.js';

/** The sections of `npm run bench:cluster`, in the order they run. */
export const CLUSTER_SECTIONS = ['throughput', 'fanOut', 'soak'] as const;

/** One section's name. */
export type ClusterSection = (typeof CLUSTER_SECTIONS)[number];

/** What `npm run bench:cluster -- [section ...] [--flag value ...]` asks for. */
export interface ClusterBenchArgs {
  readonly sections: readonly ClusterSection[];
  readonly throughput: ThroughputOptions;
  readonly fanOut: FanOutOptions;
  readonly soak: SoakOptions;
}

/** Every flag, its default (the issue's figures) and what it sets. */
const FLAGS = {
  '--duration': { default: 60, description: 'seconds of each throughput run' },
  '--connections': { default: 20, description: 'autocannon connections per node' },
  '--clients': { default: 5_000, description: 'WebSocket clients of the fan-out' },
  '--signals': { default: 1_000, description: 'signals of the fan-out burst' },
  '--client-processes': { default: 4, description: 'processes holding the fan-out clients' },
  '--symbols-per-client': { default: 10, description: 'symbols each fan-out client watches (signals:<S>); 0 = every client on signals' },
  '--symbols': { default: 500, description: 'symbols the fan-out signals are spread over' },
  '--idle-ms': { default: 10_000, description: 'ms without a new delivery before the rest count as lost' },
  '--soak-minutes': { default: 10, description: 'minutes of the soak' },
  '--soak-warm-up': { default: 30, description: 'seconds of the same load before the first memory sample (0 = none)' },
  '--soak-clients': { default: 1_000, description: 'WebSocket clients during the soak' },
  '--soak-signals': { default: 100, description: 'signals of each soak burst (every 10 s)' },
  '--soak-rate': { default: 50, description: 'REST reads per second per node during the soak' },
  '--node-cpus': { default: 0, description: 'CPU quota of each server process in the throughput section, cores, through a cgroup (needs root); 0 = none' },
} as const;

type Flag = keyof typeof FLAGS;
const SWITCHES = { '--no-embedded': 'skip the embedded single-server reference run of the throughput section' } as const;

/** The usage text. */
export function clusterBenchUsage(): string {
  const flags = Object.entries(FLAGS).map(([flag, spec]) => `  ${flag} <n>  ${spec.description} (default ${spec.default})`);
  const switches = Object.entries(SWITCHES).map(([flag, description]) => `  ${flag}  ${description}`);
  return [`usage: npm run bench:cluster -- [${CLUSTER_SECTIONS.join('|')} ...] [flags]`, ...flags, ...switches].join('\n');
}

function isFlag(name: string): name is Flag {
  return Object.hasOwn(FLAGS, name);
}

/** Parses the arguments; throws an Error naming the argument that is wrong. */
export function parseClusterBenchArgs(argv: readonly string[]): ClusterBenchArgs {
  const values = new Map<Flag, number>();
  const sections: ClusterSection[] = [];
  let embedded = true;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--no-embedded') {
      embedded = false;
    } else if (isFlag(argument)) {
      const raw = argv[++i];
      const value = Number(raw);
      const zeroAllowed = argument === '--soak-warm-up' || argument === '--symbols-per-client' || argument === '--node-cpus';
      if (raw === undefined || raw.trim() === '' || !Number.isFinite(value) || value < 0 || (value === 0 && !zeroAllowed)) {
        throw new Error(`${argument} needs a ${zeroAllowed ? 'non-negative' : 'positive'} number, got ${raw === undefined ? 'nothing' : `"${raw}"`}`);
      }
      values.set(argument, value);
    } else if ((CLUSTER_SECTIONS as readonly string[]).includes(argument)) {
      if (!sections.includes(argument as ClusterSection)) sections.push(argument as ClusterSection);
    } else {
      throw new Error(`unknown argument "${argument}"\n${clusterBenchUsage()}`);
    }
  }
  const get = (flag: Flag): number => values.get(flag) ?? FLAGS[flag].default;
  const whole = (flag: Flag): number => {
    const value = get(flag);
    if (!Number.isInteger(value)) throw new Error(`${flag} needs a whole number, got ${value}`);
    return value;
  };
  return {
    sections: sections.length > 0 ? CLUSTER_SECTIONS.filter((section) => sections.includes(section)) : [...CLUSTER_SECTIONS],
    throughput: { durationSeconds: whole('--duration'), connectionsPerNode: whole('--connections'), embeddedReference: embedded, nodeCpus: get('--node-cpus') > 0 ? get('--node-cpus') : null },
    fanOut: {
      clients: whole('--clients'),
      signals: whole('--signals'),
      clientProcesses: whole('--client-processes'),
      idleMs: whole('--idle-ms'),
      subscriptions: { symbolsPerClient: whole('--symbols-per-client'), universe: whole('--symbols') },
    },
    soak: {
      minutes: get('--soak-minutes'),
      warmUpSeconds: get('--soak-warm-up'),
      clients: whole('--soak-clients'),
      clientProcesses: 2,
      burstSignals: whole('--soak-signals'),
      restRatePerNode: whole('--soak-rate'),
      idleMs: whole('--idle-ms'),
    },
  };
}

import { describe, expect, it } from 'vitest';
import { parseClusterBenchArgs } from './cluster-bench-args.js';

describe('parseClusterBenchArgs', () => {
  it("runs every section at the issue's figures when given nothing", () => {
    const args = parseClusterBenchArgs([]);
    expect(args.sections).toEqual(['throughput', 'fanOut', 'soak']);
    expect(args.throughput).toEqual({ durationSeconds: 60, connectionsPerNode: 20, embeddedReference: true, nodeCpus: null });
    expect(args.fanOut).toEqual({ clients: 5_000, signals: 1_000, clientProcesses: 4, idleMs: 10_000, subscriptions: { symbolsPerClient: 10, universe: 500 } });
    expect(args.soak).toMatchObject({ minutes: 10, warmUpSeconds: 30, clients: 1_000, burstSignals: 100, restRatePerNode: 50 });
  });

  it('runs the named sections in bench order with shortened lengths', () => {
    const args = parseClusterBenchArgs(['soak', '--duration', '5', 'throughput', '--soak-minutes', '0.5', '--no-embedded', '--clients', '200']);
    expect(args.sections).toEqual(['throughput', 'soak']);
    expect(args.throughput).toEqual({ durationSeconds: 5, connectionsPerNode: 20, embeddedReference: false, nodeCpus: null });
    expect(parseClusterBenchArgs(['--node-cpus', '0.5']).throughput.nodeCpus).toBe(0.5);
    expect(args.soak.minutes).toBe(0.5);
    expect(parseClusterBenchArgs(['--soak-warm-up', '0']).soak.warmUpSeconds).toBe(0);
    expect(args.fanOut.clients).toBe(200);
    expect(parseClusterBenchArgs(['--symbols-per-client', '0']).fanOut.subscriptions).toEqual({ symbolsPerClient: 0, universe: 500 });
  });

  it('names the argument that is wrong', () => {
    expect(() => parseClusterBenchArgs(['--duration'])).toThrow('--duration needs a positive number, got nothing');
    expect(() => parseClusterBenchArgs(['--clients', '-3'])).toThrow('--clients needs a positive number, got "-3"');
    expect(() => parseClusterBenchArgs(['--signals', '2.5'])).toThrow('--signals needs a whole number, got 2.5');
    expect(() => parseClusterBenchArgs(['--soak-minutes', '0'])).toThrow('--soak-minutes needs a positive number, got "0"');
    expect(() => parseClusterBenchArgs(['--soak-warm-up', '-1'])).toThrow('--soak-warm-up needs a non-negative number, got "-1"');
    expect(() => parseClusterBenchArgs(['--node-cpus', 'half'])).toThrow('--node-cpus needs a non-negative number, got "half"');
    expect(() => parseClusterBenchArgs(['fanout'])).toThrow('unknown argument "fanout"');
  });
});

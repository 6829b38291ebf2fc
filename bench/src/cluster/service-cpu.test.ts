import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceCpu, serviceCpuUsed } from './service-cpu.js';

const onLinux = process.platform === 'linux';

describe('serviceCpu', () => {
  it.skipIf(!onLinux)('counts the CPU time of processes by command name, and none for a name no process has', () => {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const ownCommand = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const before = serviceCpu([ownCommand, 'no-such-command']);
    // Spins until this process has used 100 ms of CPU (not of wall time: a busy machine may give it far less).
    const start = process.cpuUsage();
    let spin = 0;
    while (process.cpuUsage(start).user + process.cpuUsage(start).system < 100_000) spin++;
    const used = serviceCpuUsed(before, serviceCpu([ownCommand, 'no-such-command']));
    expect(spin).toBeGreaterThan(0);
    expect(used[ownCommand]).toBeGreaterThanOrEqual(0.05);
    expect(used['no-such-command']).toBe(0);
  });
});

describe('serviceCpuUsed', () => {
  it('is the difference per name, never negative (a process of the name exited between the readings)', () => {
    expect(serviceCpuUsed({ postgres: 10, 'redis-server': 2 }, { postgres: 12.5, 'redis-server': 1 })).toEqual({ postgres: 2.5, 'redis-server': 0 });
  });
});

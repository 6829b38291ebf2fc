import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { multiSymbolFile } from '../commands/bar-files.test-support.js';

// The worker-thread path only exists in the compiled CLI (`npm install` builds it), so it is run as a real process.
const builtCli = join(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

const scan = (...args: string[]): string => execFileSync(process.execPath, [builtCli, 'scan', ...args], { encoding: 'utf8' });

describe('scan on worker threads (built CLI)', () => {
  it('gives exactly the signals of the single-thread scan, on 2 and 3 threads', () => {
    expect(existsSync(builtCli), `${builtCli} is missing: run npm run build`).toBe(true);
    const file = multiSymbolFile(['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF', 'GGG', 'HHH', 'III'], 260);
    const single = scan(file, '--json', '--workers', '1');
    expect(JSON.parse(single)).toHaveLength(9);
    expect(scan(file, '--json', '--workers', '2')).toBe(single);
    expect(scan(file, '--json', '--workers', '3')).toBe(single);
  });

  it('scans a file with fewer symbols than threads', () => {
    const file = multiSymbolFile(['AAA', 'BBB'], 120);
    expect(scan(file, '--json', '--workers', '4')).toBe(scan(file, '--json', '--workers', '1'));
  });
});

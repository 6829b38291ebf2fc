import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { multiSymbolFile } from '../commands/bar-files.test-support.js';
import { runCli } from '../run-cli.test-support.js';

// The worker-thread path only exists in the compiled CLI (`npm install` builds it), so it is run as a real process.
const builtCli = join(dirname(fileURLToPath(import.meta.url)), '../../dist/main.js');

describe('scan on worker threads (built CLI)', () => {
  it('gives exactly the signals of the single-thread scan', async () => {
    expect(existsSync(builtCli), `${builtCli} is missing: run npm run build`).toBe(true);
    const file = multiSymbolFile(['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF'], 260);
    const parallel = execFileSync(process.execPath, [builtCli, 'scan', file, '--json', '--workers', '2'], { encoding: 'utf8' });
    const single = await runCli('scan', file, '--json', '--workers', '1');
    expect(JSON.parse(parallel)).toEqual(JSON.parse(single.stdout));
  });
});

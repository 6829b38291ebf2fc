// `npm start`: builds what is missing (a fresh clone installed with --ignore-scripts, or a cleaned
// tree), then runs `goldensignals serve` with the arguments given after `npm start --`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const needed = ['packages/cli/dist/main.js', 'packages/server/dist/index.js', 'packages/engine/dist/index.js', 'packages/web/dist/index.html'];
const missing = needed.filter((file) => !existsSync(join(root, file)));
if (missing.length > 0) {
  process.stdout.write(`Building GoldenSignals (missing: ${missing.join(', ')}) ...\n`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    process.stderr.write('The build failed; see the output above.\n');
    process.exit(build.status ?? 1);
  }
}
process.argv.splice(2, 0, 'serve');
await import(pathToFileURL(join(root, 'packages/cli/dist/main.js')).href);

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in packages/engine/src/test-support). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Absolute path of a file in `../shared/data` beside the repository. */
export function sharedDataPath(...parts: string[]): string {
  return join(repoRoot, '..', 'shared', 'data', ...parts);
}

/** True when the shared data file exists; tests that need it skip with a message otherwise. */
export function hasSharedData(...parts: string[]): boolean {
  const present = existsSync(sharedDataPath(...parts));
  if (!present) {
    console.warn(`skipping: shared data ${join('..', 'shared', 'data', ...parts)} is not present beside the repository`);
  }
  return present;
}

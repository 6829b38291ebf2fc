import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (deploy/validation/../..). */
export const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a repository file. */
export function repositoryPath(relativePath: string): string {
  return join(REPOSITORY_ROOT, relativePath);
}

/** Text of a repository file. */
export function readRepositoryFile(relativePath: string): string {
  return readFileSync(repositoryPath(relativePath), 'utf8');
}

/** True when the repository has this file or folder. */
export function repositoryHas(relativePath: string): boolean {
  return existsSync(repositoryPath(relativePath));
}

/** Repository-relative paths of the files in a folder (not recursive) whose names end with one of `extensions`. */
export function repositoryFilesIn(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(repositoryPath(folder), { withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => relative(REPOSITORY_ROOT, join(repositoryPath(folder), entry.name)))
    .sort();
}

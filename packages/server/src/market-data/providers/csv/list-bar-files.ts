import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ProviderError } from '../../provider-error.js';

/** Names the CSV provider reads in a folder: CSV/TSV/TXT bar files, optionally gzip-compressed. */
const BAR_FILE_NAME = /\.(csv|tsv|txt)(\.gz)?$/i;

/**
 * The bar files behind a CSV provider path: the file itself, or the bar files directly inside a
 * folder (not its subfolders; hidden files skipped), sorted by name so lookups are deterministic.
 * A path that does not exist or cannot be listed is the source being unavailable.
 */
export async function listBarFiles(provider: string, path: string): Promise<string[]> {
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    throw new ProviderError(provider, 'unavailable', `cannot open the CSV path ${path}: ${reason(error)}`, { cause: error });
  }
  if (!isFolder) return [path];
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    throw new ProviderError(provider, 'unavailable', `cannot list the CSV folder ${path}: ${reason(error)}`, { cause: error });
  }
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && BAR_FILE_NAME.test(entry.name))
    .map((entry) => join(path, entry.name))
    .sort();
}

function reason(error: unknown): string {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return 'no such file or folder';
  return error instanceof Error ? error.message : String(error);
}

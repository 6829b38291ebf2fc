import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isModelFileName } from './load-model-store.js';

/** The model files of a folder as last seen: name → size and modification time. */
export type ModelFolderState = ReadonlyMap<string, string>;

/**
 * A cheap look at the model files of `folder` (a directory listing and a `stat` per file, no reading): each name
 * with its size and modification time, so a changed or new file shows as a changed entry. A missing folder is
 * empty (a retrainer will create it); a file that vanishes between listing and `stat` is left out.
 */
export async function modelFolderState(folder: string): Promise<ModelFolderState> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isModelFileName).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const state = new Map<string, string>();
  for (const name of names) {
    try {
      const info = await stat(join(folder, name));
      state.set(name, `${info.size}:${info.mtimeMs}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return state;
}

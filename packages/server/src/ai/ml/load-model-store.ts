import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InMemoryModelStore, loadModelFile, modelFileName, parseModelFile, type ModelFile, type ModelLoaders } from '@goldensignals/engine';

/** Whether a folder entry is a model file (`*.json`, not hidden). */
export function isModelFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}

/** Every model file (`*.json`) in `folder`, parsed and checked; a file that is not a valid model file is an error naming it. */
export async function readModelFiles(folder: string): Promise<ModelFile[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isModelFileName).sort();
  } catch (error) {
    throw new Error(`cannot read the models folder ${folder}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (names.length === 0) throw new Error(`${folder}: no model files (*.json); run goldensignals train --out ${folder}`);
  const files: ModelFile[] = [];
  for (const name of names) {
    const path = join(folder, name);
    files.push(parseModelFile(await readFile(path, 'utf8'), path));
  }
  return files;
}

/** The model files of `folder` loaded into a store that keeps the latest training of each kind, symbol and timeframe. */
export async function loadModelStore(folder: string, loaders: ModelLoaders = {}): Promise<InMemoryModelStore> {
  const store = new InMemoryModelStore();
  const files = await readModelFiles(folder);
  for (const file of files) store.add(loadModelFile(file, loaders, join(folder, modelFileName(file))));
  return store;
}

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modelFileName, type ModelFile } from '@goldensignals/engine';

/** Writes each model file into `folder` (created when missing) under its versioned name; returns the paths. */
export async function writeModelFiles(folder: string, files: readonly ModelFile[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const path = join(folder, modelFileName(file));
    await writeFile(path, `${JSON.stringify(file)}\n`);
    paths.push(path);
  }
  return paths;
}

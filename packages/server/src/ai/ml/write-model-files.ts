import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modelFileName, type ModelFile } from '@goldensignals/engine';

/**
 * Writes each model file into `folder` (created when missing) under its versioned name; returns the paths. Each
 * file is written whole under a hidden temporary name and then renamed into place: the rename is atomic, and
 * readers skip hidden names, so a process reloading the folder never sees a half-written model.
 */
export async function writeModelFiles(folder: string, files: readonly ModelFile[]): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (const file of files) {
    const name = modelFileName(file);
    const path = join(folder, name);
    const temporary = join(folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      await writeFile(temporary, `${JSON.stringify(file)}\n`);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    paths.push(path);
  }
  return paths;
}

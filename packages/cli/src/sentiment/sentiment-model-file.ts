import { readFile, writeFile } from 'node:fs/promises';
import { parseSentimentModel, serializeSentimentModel, SentimentModelError, type SentimentModel } from '@goldensignals/engine';

/** Writes a trained sentiment model as JSON to `path` (replacing the file). */
export async function saveSentimentModel(path: string, model: SentimentModel): Promise<void> {
  try {
    await writeFile(path, serializeSentimentModel(model));
  } catch (error) {
    throw new Error(`cannot write the model file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
}

/**
 * Reads a sentiment model file. Throws {@link SentimentModelError} naming the path when the file is
 * missing, damaged, not a model, or written by an incompatible version.
 */
export async function loadSentimentModel(path: string): Promise<SentimentModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SentimentModelError(`${path}: no such model file; train one with "goldensignals sentiment train <labelled.csv> --out ${path}"`);
    if (code === 'EISDIR') throw new SentimentModelError(`${path}: is a directory, not a model file`);
    throw new SentimentModelError(`${path}: cannot read the model file (${code ?? String(error)})`);
  }
  return parseSentimentModel(text, path);
}

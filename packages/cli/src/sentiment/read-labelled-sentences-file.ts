import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseLabelledSentencesCsv, type LabelledSentence } from '@goldensignals/engine';

/** Reads a labelled-sentence CSV/TSV file (optionally gzip-compressed); errors name the file and line. */
export async function readLabelledSentencesFile(path: string): Promise<LabelledSentence[]> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read the file (${code ?? String(error)})`, { cause: error });
  }
  const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  const sentences = parseLabelledSentencesCsv(text, path);
  if (sentences.length === 0) throw new Error(`${path}: no labelled sentences after the header`);
  return sentences;
}

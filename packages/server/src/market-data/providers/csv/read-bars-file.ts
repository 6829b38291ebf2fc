import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BarsCsvError, parseBarsCsv, type ParseBarsOptions, type ParsedBars } from '@goldensignals/engine';
import { BarsFileError } from './bars-file-error.js';

/** A parsed bar file and how it was stored. */
export interface ReadBarsFileResult extends ParsedBars {
  readonly path: string;
  /** True when the file was gzip-compressed (detected from its first bytes, not its name). */
  readonly gzipped: boolean;
  /** Size of the decoded text in bytes. */
  readonly textBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * Reads a CSV/TSV bar file: gunzips it when it starts with the gzip magic bytes whatever its name,
 * decodes strict UTF-8 (a BOM is dropped), and parses it with {@link parseBarsCsv}. Without a
 * `symbol` or `defaultSymbol`, a file without a symbol column is named after the file (`GOOG.csv` ->
 * `GOOG`). A missing file, a directory, an empty file or undecodable bytes throw {@link BarsFileError};
 * problems in the content throw `BarsCsvError` with the path in its message.
 */
export async function readBarsFile(path: string, options: ParseBarsOptions = {}): Promise<ReadBarsFileResult> {
  const bytes = await readBytes(path);
  const gzipped = bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  const raw = gzipped ? gunzip(path, bytes) : bytes;
  if (raw.length === 0) throw new BarsFileError(path, gzipped ? 'the file decompresses to nothing' : 'the file is empty');
  const text = decodeUtf8(path, raw);
  try {
    const parsed = parseBarsCsv(text, { defaultSymbol: symbolFromFileName(path), ...options });
    return { ...parsed, path, gzipped, textBytes: raw.length };
  } catch (error) {
    if (error instanceof BarsCsvError) throw error.withSource(path);
    throw error;
  }
}

/** `data/GOOG.csv.gz` -> `GOOG`: the file name without its data extensions. */
export function symbolFromFileName(path: string): string {
  return basename(path).replace(/(\.(gz|csv|tsv|txt))+$/i, '') || basename(path);
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BarsFileError(path, 'is a directory, not a bar file');
    return await readFile(path);
  } catch (error) {
    if (error instanceof BarsFileError) throw error;
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') throw new BarsFileError(path, 'no such file', { cause: error });
    if (code === 'EACCES' || code === 'EPERM') throw new BarsFileError(path, 'permission denied', { cause: error });
    throw new BarsFileError(path, `cannot read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function gunzip(path: string, bytes: Buffer): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BarsFileError(path, `starts like gzip (1f 8b) but does not decompress: ${reason}`, { cause: error });
  }
}

function decodeUtf8(path: string, bytes: Buffer): string {
  try {
    // fatal: a Latin-1 or binary file is refused instead of being read with replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new BarsFileError(path, 'is not UTF-8 text (save it as UTF-8 CSV, or it is not a CSV file)', { cause: error });
  }
}

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors/app-error.js';

/** Longest a PDF may take to read, ms: a pathological file must not hold the upload forever. */
const READ_TIMEOUT_MS = 60_000;
/** Heap of the reading thread, MB: a decompression bomb ends that thread, not the server. */
const READ_HEAP_MB = 512;

/** What the reading thread answers. */
type PdfReply = { readonly text: string } | { readonly problem: 'password' | 'unreadable'; readonly reason: string };

/**
 * The reading thread, a CommonJS script. pdf.js (under pdf-parse) installs core-js polyfills when it loads: it
 * replaces `Array.prototype.push` and `JSON.parse` with slower JavaScript versions and adds browser globals
 * (`navigator`). Loaded in the server's thread they would slow every array push of the signal engine about
 * 2.4 times; in a thread of their own they vanish with it.
 */
const READER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse, PasswordException } = require(workerData.module);
(async () => {
  const parser = new PDFParse({ data: workerData.data });
  try {
    const result = await parser.getText({ pageJoiner: '' });
    parentPort.postMessage({ text: result.pages.map((page) => page.text).join('\n\n') });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    parentPort.postMessage({ problem: error instanceof PasswordException ? 'password' : 'unreadable', reason });
  } finally {
    await parser.destroy();
  }
})();
`;

const pdfParseModule = createRequire(import.meta.url).resolve('pdf-parse');

function read(data: Uint8Array): Promise<PdfReply> {
  // The thread gets its own copy of the bytes (pdf.js takes ownership of the buffer it is given).
  // No inherited flags: under `--input-type=module` an evaluated script would be a module, without `require`.
  const worker = new Worker(READER_SOURCE, { eval: true, execArgv: [], workerData: { module: pdfParseModule, data }, resourceLimits: { maxOldGenerationSizeMb: READ_HEAP_MB } });
  let timer: NodeJS.Timeout | undefined;
  return new Promise<PdfReply>((resolve) => {
    timer = setTimeout(() => resolve({ problem: 'unreadable', reason: `reading it took longer than ${READ_TIMEOUT_MS / 1000} s` }), READ_TIMEOUT_MS);
    worker.once('message', (reply: PdfReply) => resolve(reply));
    worker.once('error', (error) => resolve({ problem: 'unreadable', reason: error.message }));
    worker.once('exit', (code) => resolve({ problem: 'unreadable', reason: `the reader stopped (code ${code})` }));
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}

/** The text of a PDF, pages separated by blank lines; a 400 naming the problem when the file cannot be read. */
export async function readPdfText(data: Uint8Array): Promise<string> {
  const reply = await read(data);
  if ('text' in reply) return reply.text;
  throw AppError.invalid('body', reply.problem === 'password' ? 'is a password-protected PDF; upload it without a password' : `is not a readable PDF (${reply.reason})`);
}

import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes text chunks to a stream, waiting for it to drain so large outputs do not pile up in memory. */
export async function writeChunks(stream: Writable, chunks: Iterable<string>): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

/** One server-sent event as the chat route writes it. */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A byte stream giving `text` cut into the given sizes of UTF-8 bytes (the rest in one last chunk). */
export function byteStream(text: string, chunkSizes: readonly number[] = []): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const size of chunkSizes) {
    chunks.push(bytes.slice(start, start + size));
    start += size;
  }
  if (start < bytes.length) chunks.push(bytes.slice(start));
  return new ReadableStream({
    pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
}

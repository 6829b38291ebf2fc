/** Words per streamed chunk of a templated answer. */
const WORDS_PER_CHUNK = 4;

/** Splits text into chunks of a few words each, spaces and line breaks kept, that join back to the text exactly. */
export function tokenChunks(text: string): string[] {
  const pieces = text.match(/\s*\S+\s*/g) ?? (text === '' ? [] : [text]);
  const chunks: string[] = [];
  for (let k = 0; k < pieces.length; k += WORDS_PER_CHUNK) chunks.push(pieces.slice(k, k + WORDS_PER_CHUNK).join(''));
  return chunks;
}

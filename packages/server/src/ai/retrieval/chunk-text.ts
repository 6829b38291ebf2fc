/** How long passages are and how much consecutive passages share. */
export interface ChunkOptions {
  /** Longest passage in characters (default 800). */
  readonly maxChars?: number;
  /** Characters of whole sentences repeated from the end of one passage at the start of the next (default 150). */
  readonly overlapChars?: number;
}

export const DEFAULT_CHUNK_CHARS = 800;
export const DEFAULT_OVERLAP_CHARS = 150;

/** Sentences of a paragraph: ends at . ! ? (and closing quotes or brackets) followed by white space. */
function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["')\]]*)\s+(?=\S)/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A sentence longer than a passage, cut at word boundaries (mid-word only for a word longer than a passage). */
function piecesOf(sentence: string, maxChars: number): string[] {
  if (sentence.length <= maxChars) return [sentence];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > maxChars) {
    const cut = rest.lastIndexOf(' ', maxChars);
    const at = cut > maxChars / 2 ? cut : maxChars;
    pieces.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function joinedLength(parts: readonly string[]): number {
  return parts.reduce((sum, part) => sum + part.length, 0) + Math.max(0, parts.length - 1);
}

/** The last parts whose joined length is at most `limit`. */
function tailWithin(parts: readonly string[], limit: number): string[] {
  const tail: string[] = [];
  for (let i = parts.length - 1; i >= 0 && joinedLength([parts[i], ...tail]) <= limit; i -= 1) tail.unshift(parts[i]);
  return tail;
}

/**
 * Splits text into passages of at most `maxChars` characters that end on sentence boundaries (paragraph
 * breaks are boundaries too), each starting with the last sentences of the previous one up to
 * `overlapChars`, so a fact spanning a boundary is whole in one passage. White space is collapsed.
 */
export function chunkText(text: string, options: ChunkOptions = {}): string[] {
  const maxChars = options.maxChars ?? DEFAULT_CHUNK_CHARS;
  const overlapChars = options.overlapChars ?? DEFAULT_OVERLAP_CHARS;
  if (!Number.isInteger(maxChars) || maxChars < 20) throw new RangeError(`maxChars must be an integer of at least 20, got ${maxChars}`);
  if (!Number.isInteger(overlapChars) || overlapChars < 0 || overlapChars >= maxChars / 2) throw new RangeError(`overlapChars must be an integer from 0 to below half of maxChars, got ${overlapChars}`);
  const sentences = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .flatMap((paragraph) => sentencesOf(paragraph))
    .flatMap((sentence) => piecesOf(sentence, maxChars));
  const chunks: string[] = [];
  let current: string[] = [];
  // How many sentences at the start of `current` repeat the previous passage: a passage of only those is not emitted.
  let carried = 0;
  for (const sentence of sentences) {
    if (current.length > carried && joinedLength([...current, sentence]) > maxChars) {
      chunks.push(current.join(' '));
      current = tailWithin(current, overlapChars);
      carried = current.length;
    }
    // The overlap gives way to a sentence it leaves no room for.
    while (current.length > 0 && joinedLength([...current, sentence]) > maxChars) {
      current.shift();
      carried = Math.max(0, carried - 1);
    }
    current.push(sentence);
  }
  if (current.length > carried) chunks.push(current.join(' '));
  return chunks;
}

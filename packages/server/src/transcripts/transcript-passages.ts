import type { EarningsCallTurn } from '../market-data/earnings-call-transcript.js';

/** Longest passage scored and stored, in characters: a few sentences, as sentiment scorers read best. */
export const MAX_PASSAGE_LENGTH = 1200;

/** A scored unit of a transcript: a speaker turn, or a part of a long one. */
export interface TranscriptPassage {
  readonly speaker: string;
  readonly title: string | null;
  readonly text: string;
  /** 1-based part of the turn, and how many parts it has. */
  readonly part: number;
  readonly parts: number;
}

/** Pieces of `text` of at most `max` characters, cut after sentences where possible, else between words. */
function pieces(text: string, max: number): string[] {
  const sentences = text.match(/[^.!?]+(?:[.!?]+["'’”)]*\s*|$)/g) ?? [text];
  const chunks: string[] = [];
  let chunk = '';
  const push = (piece: string): void => {
    if (chunk !== '' && chunk.length + piece.length > max) {
      chunks.push(chunk.trim());
      chunk = '';
    }
    chunk += piece;
  };
  for (const sentence of sentences) {
    if (sentence.length <= max) {
      push(sentence);
      continue;
    }
    for (const word of sentence.split(/(?<=\s)/)) push(word.length <= max ? word : word.slice(0, max));
  }
  if (chunk.trim() !== '') chunks.push(chunk.trim());
  return chunks;
}

/**
 * The passages of a call in the order spoken: each speaker turn, long turns cut into parts of at most
 * `maxLength` characters. The operator's turns are left out: they are procedure ("the next question comes
 * from…"), and their neutral tone would only dilute management's and analysts'.
 */
export function transcriptPassages(turns: readonly EarningsCallTurn[], maxLength = MAX_PASSAGE_LENGTH): TranscriptPassage[] {
  const passages: TranscriptPassage[] = [];
  for (const turn of turns) {
    if (/^operator$/i.test(turn.speaker.trim())) continue;
    const parts = pieces(turn.content.replace(/\s+/g, ' ').trim(), maxLength);
    parts.forEach((text, k) => passages.push({ speaker: turn.speaker, title: turn.title, text, part: k + 1, parts: parts.length }));
  }
  return passages;
}

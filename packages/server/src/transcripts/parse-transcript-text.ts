import type { EarningsCallTurn } from '../market-data/earnings-call-transcript.js';

/** Longest speaker name (and role) taken for a speaker line, in characters. */
const MAX_NAME = 80;
// A name: up to six capitalised words (particles such as "van" or "de" aside), so "Revenue grew: 5%" is no speaker.
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|der|den|de|da|di|du|la|le|al|bin)){0,5}`;
// "Arvind Krishna: We delivered …", "Jim Kavanaugh (CFO): Thank you."
const INLINE = new RegExp(String.raw`^\s*(${NAME})\s*(?:\(([^()\n]{1,100})\))?\s*:\s*(.*)$`, 'u');
// "Arvind Krishna -- Chairman and Chief Executive Officer" on a line of its own, the words on the next lines.
const HEADING = new RegExp(String.raw`^\s*(${NAME})\s+(?:--|—|–)\s+([^\n]{1,100}?)\s*$`, 'u');

interface OpenTurn {
  readonly speaker: string;
  readonly title: string | null;
  readonly lines: string[];
}

function closed(turn: OpenTurn): EarningsCallTurn | null {
  const content = turn.lines.join(' ').replace(/\s+/g, ' ').trim();
  return content === '' ? null : { speaker: turn.speaker, title: turn.title, content };
}

/**
 * Splits an uploaded transcript into speaker turns. A turn starts at a line `Name: words` or `Name (Role): words`,
 * or at a line `Name -- Role` (the words follow on the next lines), as transcripts are usually written; lines
 * without a speaker continue the turn. Text without any speaker line becomes one turn per paragraph, spoken by
 * "Unknown". Empty turns are left out.
 */
export function parseTranscriptText(text: string): EarningsCallTurn[] {
  const turns: EarningsCallTurn[] = [];
  let current: OpenTurn | null = null;
  let sawSpeaker = false;
  const finish = (): void => {
    const turn = current === null ? null : closed(current);
    if (turn !== null) turns.push(turn);
    current = null;
  };
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = HEADING.exec(line);
    const inline = heading === null ? INLINE.exec(line) : null;
    const match = heading ?? inline;
    if (match !== null && match[1].length <= MAX_NAME) {
      finish();
      sawSpeaker = true;
      current = { speaker: match[1].trim(), title: match[2]?.trim() || null, lines: inline === null ? [] : [inline[3]] };
    } else if (line.trim() === '' && !sawSpeaker) {
      finish();
    } else {
      current ??= { speaker: 'Unknown', title: null, lines: [] };
      current.lines.push(line);
    }
  }
  finish();
  return turns;
}

/** A token of financial text: a lower-case word, a number (with its value), or a clause boundary. */
export interface TextToken {
  readonly kind: 'word' | 'number' | 'boundary';
  /** The word, `#` for a number, `.` for a boundary. */
  readonly text: string;
  /** Value of a number token after currency prefixes and scale words (mn, bn, k); NaN otherwise. */
  readonly value: number;
}

const SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  billion: 1e9,
};

// A run of letters/digits with inner decimal or thousands separators, a stray ".digits" fraction
// (news feeds split "EUR1.13" into "EUR1 .13"), or a clause-ending mark.
const PIECE = /[a-z0-9]+(?:[.,][0-9]+)*|\.[0-9]+|[.;!?:](?![0-9])/g;
// "eur131m", "usd2", "$12": currency letters, digits, an optional glued scale suffix.
const NUMBER = /^(?:eur|euro|usd|us|sek|skr|eek|gbp|dkk|nok|rub|ls|x20ac)?([0-9]+(?:[.,][0-9]+)*)(k|m|mn|mln|b|bn|bln)?$/;

function parseNumber(digits: string): number {
  // A comma before exactly three digits separates thousands; any other comma is a decimal mark.
  const normalised = digits.replace(/,(?=[0-9]{3}(?![0-9]))/g, '').replace(',', '.');
  return Number.parseFloat(normalised);
}

/**
 * Deterministic tokenisation for the finance word list: lower-cases, expands "n't" to "not", drops
 * possessive "'s", splits hyphenated words ("lay-offs" -> lay, offs), reads numbers with currency
 * prefixes and scale words ("EUR 13.1 mn" -> 13,100,000), and keeps . ; ! ? : as clause boundaries.
 * Commas and other punctuation are dropped.
 */
export function tokenizeText(text: string): TextToken[] {
  const cleaned = text
    .toLowerCase()
    .replace(/n['’]t\b/g, ' not')
    .replace(/['’]s\b/g, '')
    .replace(/[-–—/]/g, ' ');
  const tokens: TextToken[] = [];
  for (const match of cleaned.matchAll(PIECE)) {
    const piece = match[0];
    const previous = tokens[tokens.length - 1];
    if (piece.length === 1 && '.;!?:'.includes(piece)) {
      if (previous && previous.kind !== 'boundary') tokens.push({ kind: 'boundary', text: '.', value: NaN });
      continue;
    }
    if (piece.startsWith('.')) {
      // Rejoin a split decimal onto a whole number just before it.
      if (previous?.kind === 'number' && Number.isInteger(previous.value)) {
        tokens[tokens.length - 1] = { kind: 'number', text: '#', value: previous.value + Number.parseFloat(`0${piece}`) };
      }
      continue;
    }
    const number = NUMBER.exec(piece);
    if (number) {
      const scale = number[2] ? (SCALE[number[2]] ?? 1) : 1;
      tokens.push({ kind: 'number', text: '#', value: parseNumber(number[1]) * scale });
      continue;
    }
    const scale = SCALE[piece];
    if (scale !== undefined && previous?.kind === 'number') {
      tokens[tokens.length - 1] = { kind: 'number', text: '#', value: previous.value * scale };
      continue;
    }
    tokens.push({ kind: 'word', text: piece, value: NaN });
  }
  return tokens;
}

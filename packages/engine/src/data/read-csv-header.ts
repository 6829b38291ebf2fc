import { BarsCsvError } from './bars-csv-error.js';
import { csvProblem } from './csv-problem.js';
import { splitCsvLine } from './split-csv-fields.js';

/** Field delimiters the bar reader detects. */
export type CsvDelimiter = ',' | '\t' | ';';

const DELIMITERS: readonly CsvDelimiter[] = [',', '\t', ';'];
const DELIMITER_NAMES: Readonly<Record<CsvDelimiter, string>> = { ',': 'comma', '\t': 'tab', ';': 'semicolon' };

/** The header line of a CSV text and what follows from it. */
export interface CsvHeader {
  /** 1-based line number of the header. */
  readonly line: number;
  /** The header line as found. */
  readonly text: string;
  /** Header cells, trimmed and unquoted, in column order. */
  readonly cells: readonly string[];
  readonly delimiter: CsvDelimiter;
  /** Offset of the first character after the header line. */
  readonly bodyStart: number;
}

/** Options of {@link readCsvHeader}. */
export interface ReadCsvHeaderOptions {
  /** Lines before the header to skip (such as a URL or a title line). */
  readonly skipLines: number;
  /** Delimiter to use instead of detecting it from the header. */
  readonly delimiter?: CsvDelimiter;
}

/** Human name of a delimiter (`comma`, `tab`, `semicolon`), for messages. */
export function delimiterName(delimiter: CsvDelimiter): string {
  return DELIMITER_NAMES[delimiter];
}

interface Line {
  readonly number: number;
  readonly start: number;
  readonly next: number;
  readonly text: string;
}

/**
 * Finds the header after `skipLines` lines (and any blank lines) and detects the delimiter as the
 * most frequent of comma, tab and semicolon in it. A header without any of them (a URL or title line)
 * or with a tie fails with a message that says which option fixes it.
 */
export function readCsvHeader(text: string, start: number, options: ReadCsvHeaderOptions): CsvHeader {
  let line = nextLine(text, start, 0);
  for (let skipped = 0; skipped < options.skipLines && line !== undefined; skipped++) line = nextLine(text, line.next, line.number);
  while (line !== undefined && line.text.trim() === '') line = nextLine(text, line.next, line.number);
  if (line === undefined) {
    const message =
      options.skipLines > 0 ? `no header line after skipping ${options.skipLines} line(s)` : 'the file is empty';
    throw new BarsCsvError([csvProblem(options.skipLines > 0 ? 'no-header' : 'empty-file', 1, '', '', message)]);
  }
  if (line.text.includes('\r')) {
    const message = 'lines end with a bare carriage return (classic Mac format); save the file with LF or CRLF line ends';
    throw new BarsCsvError([csvProblem('no-header', line.number, '', line.text.slice(0, line.text.indexOf('\r')), message)]);
  }
  const delimiter = options.delimiter ?? detectDelimiter(text, line);
  return {
    line: line.number,
    text: line.text,
    cells: splitCsvLine(line.text, delimiter.charCodeAt(0)),
    delimiter,
    bodyStart: line.next,
  };
}

function detectDelimiter(text: string, header: Line): CsvDelimiter {
  const counts = DELIMITERS.map((delimiter) => countOutsideQuotes(header.text, delimiter));
  const best = Math.max(...counts);
  if (best === 0) throw new BarsCsvError([csvProblem('no-header', header.number, '', header.text, notAHeaderMessage(text, header))]);
  const winners = DELIMITERS.filter((_, k) => counts[k] === best);
  if (winners.length > 1) {
    const names = winners.map((delimiter) => `${DELIMITER_NAMES[delimiter]} (${best})`).join(', ');
    const message = `cannot tell the delimiter from the header: it has as many of ${names}; pass delimiter (CLI --delimiter)`;
    throw new BarsCsvError([csvProblem('ambiguous-delimiter', header.number, '', header.text, message)]);
  }
  return winners[0];
}

/** Explains why a line without delimiters is no header and, when a later line looks like one, how many lines to skip. */
function notAHeaderMessage(text: string, header: Line): string {
  const message = 'this line has no comma, tab or semicolon, so it is not a header row of bar columns';
  let line = nextLine(text, header.next, header.number);
  for (let looked = 0; line !== undefined && looked < 5; looked++, line = nextLine(text, line.next, line.number)) {
    if (DELIMITERS.some((delimiter) => countOutsideQuotes(line?.text ?? '', delimiter) > 0)) {
      const skip = line.number - 1;
      return `${message}; line ${line.number} looks like the header (${cut(line.text)}): pass skipLines: ${skip} (CLI --skip-lines ${skip})`;
    }
  }
  return message;
}

function nextLine(text: string, start: number, previousNumber: number): Line | undefined {
  if (start > text.length || (start === text.length && previousNumber > 0)) return undefined;
  let newline = text.indexOf('\n', start);
  if (newline < 0) newline = text.length;
  const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
  return { number: previousNumber + 1, start, next: newline + 1, text: text.slice(start, end) };
}

function countOutsideQuotes(line: string, delimiter: CsvDelimiter): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count++;
  }
  return count;
}

function cut(line: string): string {
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

import { isSentimentLabel, type LabelledSentence } from './labelled-sentence.js';
import { LabelledSentencesCsvError } from './labelled-sentences-csv-error.js';
import { readCsvRecords, type CsvRecord } from './read-csv-records.js';

const TEXT_COLUMNS = ['sentence', 'text'];
const DELIMITERS = [',', '\t', ';'];

/** The delimiter the header uses most outside quotes (comma when it has none, a one-column file). */
function detectDelimiter(text: string): string {
  const end = text.indexOf('\n');
  const header = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    let count = 0;
    let quoted = false;
    for (const character of header) {
      if (character === '"') quoted = !quoted;
      else if (character === delimiter && !quoted) count++;
    }
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/** The records of `body`, with an unclosed quote reported as this file's error. */
function recordsOf(body: string, source: string): CsvRecord[] {
  try {
    return readCsvRecords(body, detectDelimiter(body.trimStart()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LabelledSentencesCsvError(`${source} ${message}`, Number(/^line (\d+)/.exec(message)?.[1] ?? 0));
  }
}

/**
 * Reads labelled sentences from CSV (or TSV) text: a `sentence` or `text` column and a `label` column
 * holding positive, negative or neutral (any case); other columns are ignored. Quoted fields may hold
 * delimiters, doubled quotes and line breaks. Throws {@link LabelledSentencesCsvError} naming `source`
 * and the line for a missing column, a short row, an empty sentence or an unknown label.
 */
export function parseLabelledSentencesCsv(text: string, source = 'labelled CSV'): LabelledSentence[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const [header, ...rows] = recordsOf(body, source);
  if (header === undefined) throw new LabelledSentencesCsvError(`${source}: the file is empty (expected a header with a sentence or text column and a label column)`, 1);
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const textColumn = TEXT_COLUMNS.map((name) => names.indexOf(name)).find((column) => column >= 0);
  const labelColumn = names.indexOf('label');
  if (textColumn === undefined || labelColumn < 0) {
    const missing = [textColumn === undefined ? 'a "sentence" or "text" column' : '', labelColumn < 0 ? 'a "label" column' : ''].filter(Boolean).join(' and ');
    throw new LabelledSentencesCsvError(`${source} line ${header.line}: the header needs ${missing}; it has ${header.fields.map((name) => `"${name}"`).join(', ')}`, header.line);
  }
  const needed = Math.max(textColumn, labelColumn) + 1;
  return rows.map((row) => {
    if (row.fields.length < needed) {
      throw new LabelledSentencesCsvError(`${source} line ${row.line}: ${row.fields.length} field(s), but the ${names[needed - 1]} column is field ${needed}`, row.line);
    }
    const sentence = row.fields[textColumn].trim();
    if (sentence === '') throw new LabelledSentencesCsvError(`${source} line ${row.line}: the ${names[textColumn]} is empty`, row.line);
    const label = row.fields[labelColumn].trim().toLowerCase();
    if (!isSentimentLabel(label)) {
      throw new LabelledSentencesCsvError(`${source} line ${row.line}: label "${row.fields[labelColumn].trim()}" is not positive, negative or neutral`, row.line);
    }
    return { text: sentence, label };
  });
}

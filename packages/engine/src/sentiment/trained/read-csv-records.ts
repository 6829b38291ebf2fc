/** One CSV record: its fields (unquoted, `""` turned into `"`) and the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

const QUOTE = 34;
const SPACE = 32;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/**
 * Splits CSV text into records by RFC 4180: a quoted field may hold the delimiter, doubled quotes and
 * line breaks (sentences exported by spreadsheets and pandas do). Blank lines are skipped. The bar
 * reader's splitter is line-based and keeps doubled quotes, which is right for bars but not for text.
 * Throws a RangeError naming the line when a quoted field is never closed.
 */
export function readCsvRecords(text: string, delimiter: string): CsvRecord[] {
  const separator = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = '';
      // `a, "b, c"`: spaces before an opening quote do not make the field unquoted.
      let first = i;
      while (text.charCodeAt(first) === SPACE) first++;
      if (text.charCodeAt(first) === QUOTE) {
        i = first;
        const openedOn = line;
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close < 0) throw new RangeError(`line ${openedOn}: a quoted field is never closed`);
          const piece = text.slice(i, close);
          for (let at = piece.indexOf('\n'); at >= 0; at = piece.indexOf('\n', at + 1)) line++;
          field += piece;
          i = close + 1;
          if (text.charCodeAt(i) !== QUOTE) break;
          // A doubled quote inside a quoted field is one quote character.
          field += '"';
          i++;
        }
        // Text between the closing quote and the delimiter (`"a" b,`) is kept, as spreadsheets do.
        while (i < text.length && text.charCodeAt(i) !== separator && text.charCodeAt(i) !== LINE_FEED && text.charCodeAt(i) !== CARRIAGE_RETURN) field += text[i++];
      } else {
        const start = i;
        while (i < text.length && text.charCodeAt(i) !== separator && text.charCodeAt(i) !== LINE_FEED && text.charCodeAt(i) !== CARRIAGE_RETURN) i++;
        field = text.slice(start, i);
      }
      fields.push(field);
      if (i < text.length && text.charCodeAt(i) === separator) {
        i++;
        continue;
      }
      if (text.charCodeAt(i) === CARRIAGE_RETURN) i++;
      if (text.charCodeAt(i) === LINE_FEED) i++;
      line++;
      break;
    }
    if (fields.length > 1 || fields[0].trim() !== '') records.push({ line: startLine, fields });
  }
  return records;
}

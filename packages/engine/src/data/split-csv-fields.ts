const SPACE = 32;
const QUOTE = 34;

/**
 * Finds the fields of the line `text[lineStart, lineEnd)` without allocating: field k spans
 * `text[starts[k], ends[k])`, trimmed of spaces, without its surrounding double quotes. Quoted fields
 * may contain the delimiter; a doubled quote inside stays doubled (bar files quote at most plain
 * names). Fields beyond `starts.length` are counted but not recorded. Returns the number of fields.
 */
export function splitCsvFields(
  text: string,
  lineStart: number,
  lineEnd: number,
  delimiter: number,
  starts: Int32Array,
  ends: Int32Array,
): number {
  const capacity = starts.length;
  let count = 0;
  let i = lineStart;
  for (;;) {
    while (i < lineEnd && text.charCodeAt(i) === SPACE) i++;
    let start = i;
    let end: number;
    if (i < lineEnd && text.charCodeAt(i) === QUOTE) {
      start = ++i;
      while (i < lineEnd) {
        if (text.charCodeAt(i) === QUOTE) {
          if (i + 1 < lineEnd && text.charCodeAt(i + 1) === QUOTE) i += 2;
          else break;
        } else i++;
      }
      end = i;
      while (i < lineEnd && text.charCodeAt(i) !== delimiter) i++;
    } else {
      while (i < lineEnd && text.charCodeAt(i) !== delimiter) i++;
      end = i;
      while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    }
    if (count < capacity) {
      starts[count] = start;
      ends[count] = end;
    }
    count++;
    if (i >= lineEnd) return count;
    i++;
  }
}

/** The fields of one line as strings (for the header and for messages, not for the row loop). */
export function splitCsvLine(line: string, delimiter: number): string[] {
  const capacity = line.length + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const count = splitCsvFields(line, 0, line.length, delimiter, starts, ends);
  const cells: string[] = [];
  for (let k = 0; k < count; k++) cells.push(line.slice(starts[k], ends[k]));
  return cells;
}

/** One row of a CSV text: its 1-based line and its cells, unquoted and trimmed. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter a header line uses most (comma on a tie or when it has none): spreadsheets in some locales write `;`. */
function delimiterOf(header: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = header.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The rows of a small CSV text with cells that never span lines (a watchlist file): quoted cells may hold the
 * delimiter and doubled quotes; blank lines are skipped; the delimiter is the one the first line uses. Throws a
 * RangeError naming the line of a quote that is never closed.
 */
export function readCsvRows(text: string): CsvRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const firstLine = lines.find((line) => line.trim() !== '') ?? '';
  const delimiter = delimiterOf(firstLine);
  const rows: CsvRow[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (quoted) {
        if (char !== '"') cell += char;
        else if (line[i + 1] === '"') cell += line[++i];
        else quoted = false;
      } else if (char === '"') quoted = true;
      else if (char === delimiter) {
        cells.push(cell.trim());
        cell = '';
      } else cell += char;
    }
    if (quoted) throw new RangeError(`line ${index + 1}: a quoted cell is never closed`);
    cells.push(cell.trim());
    rows.push({ line: index + 1, cells });
  });
  return rows;
}

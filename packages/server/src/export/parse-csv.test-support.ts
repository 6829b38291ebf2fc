/**
 * Reads an RFC 4180 CSV document (quoted cells with doubled quotes and line breaks, CRLF records) into records of
 * cells, so tests check exports by their values rather than by their bytes. Throws on a stray quote.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let position = 0;
  while (position < text.length) {
    const character = text[position];
    if (quoted) {
      if (character === '"' && text[position + 1] === '"') {
        cell += '"';
        position += 2;
        continue;
      }
      if (character === '"') quoted = false;
      else cell += character;
      position += 1;
      continue;
    }
    if (character === '"') {
      if (cell !== '') throw new Error(`a quote inside an unquoted cell at ${position}`);
      quoted = true;
    } else if (character === ',') {
      record.push(cell);
      cell = '';
    } else if (character === '\r' && text[position + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      position += 1;
    } else cell += character;
    position += 1;
  }
  if (quoted) throw new Error('an unterminated quoted cell');
  if (cell !== '' || record.length > 0) records.push([...record, cell]);
  return records;
}

/** The records after the header as objects keyed by the header's names. */
export function csvObjects(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (header === undefined) return [];
  return rows.map((row) => {
    if (row.length !== header.length) throw new Error(`a record of ${row.length} cells under a header of ${header.length}: ${row.join(',')}`);
    return Object.fromEntries(header.map((name, index) => [name, row[index]]));
  });
}

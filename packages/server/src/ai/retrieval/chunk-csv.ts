import { DEFAULT_CHUNK_CHARS } from './chunk-text.js';

/** The records of a CSV text as their raw lines (a quoted field may hold line breaks); blank lines dropped. */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (i === text.length || (!inQuotes && char === '\n')) {
      const record = text.slice(start, i).replace(/\r$/, '');
      if (record.trim() !== '') records.push(record);
      start = i + 1;
    }
  }
  return records;
}

/**
 * Groups CSV rows into passages of about `maxChars` characters, each starting with the header row, so
 * every passage says what its columns are. A row longer than a passage is a passage of its own.
 * Returns no passages for a CSV without data rows.
 */
export function chunkCsv(text: string, maxChars: number = DEFAULT_CHUNK_CHARS): string[] {
  const [header, ...rows] = csvRecords(text.replace(/^\uFEFF/, ''));
  if (header === undefined || rows.length === 0) return [];
  const chunks: string[] = [];
  let current: string[] = [];
  let length = header.length;
  for (const row of rows) {
    if (current.length > 0 && length + 1 + row.length > maxChars) {
      chunks.push([header, ...current].join('\n'));
      current = [];
      length = header.length;
    }
    current.push(row);
    length += 1 + row.length;
  }
  chunks.push([header, ...current].join('\n'));
  return chunks;
}

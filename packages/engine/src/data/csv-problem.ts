/** What is wrong with a bar file or one of its rows. */
export type CsvProblemKind =
  // The file as a whole (thrown at once, whatever the invalid-row policy).
  | 'empty-file'
  | 'no-header'
  | 'ambiguous-delimiter'
  | 'missing-column'
  | 'unknown-symbol'
  | 'newest-first'
  // One row.
  | 'field-count'
  | 'empty-symbol'
  | 'empty-value'
  | 'not-a-number'
  | 'negative-value'
  | 'high-below-low'
  | 'outside-range'
  | 'bad-time'
  | 'duplicate-time'
  | 'out-of-order'
  // Informational: nothing was dropped.
  | 'sorted'
  | 'no-volume';

/** `error`: the row (or file) is unusable; `notice`: something the reader did that the user should know. */
export type CsvProblemSeverity = 'error' | 'notice';

/** One problem found while reading a bar file. */
export interface CsvProblem {
  /** 1-based line number in the file (the header line for file-level problems). */
  readonly row: number;
  /** Header name of the column concerned (`column N (unnamed)` for an unnamed one); '' when it concerns the row or file. */
  readonly column: string;
  /** The offending text as found (cut to 120 characters); '' for empty. */
  readonly value: string;
  readonly message: string;
  readonly kind: CsvProblemKind;
  readonly severity: CsvProblemSeverity;
}

const MAX_VALUE_LENGTH = 120;

/** Builds a problem, cutting a long value so one bad line cannot flood a report. */
export function csvProblem(
  kind: CsvProblemKind,
  row: number,
  column: string,
  value: string,
  message: string,
  severity: CsvProblemSeverity = 'error',
): CsvProblem {
  const shown = value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
  return { row, column, value: shown, message, kind, severity };
}

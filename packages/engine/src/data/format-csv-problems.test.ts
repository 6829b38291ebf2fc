import { describe, expect, it } from 'vitest';
import { BarsCsvError } from './bars-csv-error.js';
import { csvProblem } from './csv-problem.js';
import { formatCsvProblem, formatCsvProblems } from './format-csv-problems.js';

describe('formatCsvProblems', () => {
  it('prints row, column and quoted value before the message, and marks notices', () => {
    expect(formatCsvProblem(csvProblem('empty-value', 82951, 'open', '', 'price is empty'))).toBe('row 82951, column open, value "": price is empty');
    expect(formatCsvProblem(csvProblem('sorted', 4, 'unix', '1609282800000', 'sorted as asked', 'notice'))).toBe(
      'note: row 4, column unix, value "1609282800000": sorted as asked',
    );
    expect(formatCsvProblem(csvProblem('field-count', 7, '', 'a,b', 'row has 2 fields, the header has 6'))).toBe(
      'row 7, value "a,b": row has 2 fields, the header has 6',
    );
    expect(formatCsvProblem(csvProblem('empty-file', 1, '', '', 'the file is empty'))).toBe('row 1: the file is empty');
  });

  it('lists up to the limit, then counts the remaining problems and rows', () => {
    const problems = [1, 2, 2, 3].map((row) => csvProblem('not-a-number', row, 'close', 'x', 'price is not a number'));
    expect(formatCsvProblems(problems, 1).split('\n')).toEqual([
      'row 1, column close, value "x": price is not a number',
      '… and 3 more problems in 2 more rows',
    ]);
    expect(formatCsvProblems(problems.slice(0, 2), 1).split('\n')[1]).toBe('… and 1 more problem in 1 more row');
  });

  it('cuts long values so one bad line cannot flood the report', () => {
    expect(csvProblem('field-count', 1, '', 'x'.repeat(500), 'm').value).toBe(`${'x'.repeat(120)}…`);
  });
});

describe('BarsCsvError', () => {
  it('prefixes the message with the source when given one, keeping the problems', () => {
    const error = new BarsCsvError([csvProblem('empty-file', 1, '', '', 'the file is empty')]).withSource('data/x.csv');
    expect(error.message).toBe('data/x.csv: 1 problem\nrow 1: the file is empty');
    expect(error.source).toBe('data/x.csv');
    expect(error.code).toBe('GS_ERR_CSV');
    expect(error.name).toBe('BarsCsvError');
    expect(error.problems).toHaveLength(1);
  });
});

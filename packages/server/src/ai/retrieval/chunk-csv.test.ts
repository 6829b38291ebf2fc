import { describe, expect, it } from 'vitest';
import { chunkCsv, csvRecords } from './chunk-csv.js';

describe('chunkCsv', () => {
  it('groups rows under a repeated header, up to the passage size', () => {
    const csv = 'symbol,close\r\nAAPL,189.5\r\nMSFT,411.2\r\nNVDA,495.0\r\n\r\nTSLA,201.3\r\n';
    expect(chunkCsv(csv, 40)).toEqual(['symbol,close\nAAPL,189.5\nMSFT,411.2', 'symbol,close\nNVDA,495.0\nTSLA,201.3']);
  });

  it('keeps a quoted field with a line break in its row', () => {
    expect(csvRecords('name,note\n"ACME","first line\nsecond line"\nB,plain\n')).toEqual(['name,note', '"ACME","first line\nsecond line"', 'B,plain']);
  });

  it('gives nothing for a CSV without data rows, and drops a byte-order mark', () => {
    expect(chunkCsv('date,close\n')).toEqual([]);
    expect(chunkCsv('\uFEFFdate,close\n2024-01-02,1.5')).toEqual(['date,close\n2024-01-02,1.5']);
  });
});

import { describe, expect, it } from 'vitest';
import { documentContentType } from './document-content-type.js';

describe('documentContentType', () => {
  it('goes by the extension for the four accepted kinds, whatever the browser called the file', () => {
    expect(documentContentType({ name: 'Q3 report.PDF', type: '' })).toBe('application/pdf');
    expect(documentContentType({ name: 'fees.csv', type: 'application/vnd.ms-excel' })).toBe('text/csv');
    expect(documentContentType({ name: 'notes.txt', type: 'text/plain' })).toBe('text/plain');
    expect(documentContentType({ name: 'playbook.md', type: '' })).toBe('text/markdown');
    expect(documentContentType({ name: 'playbook.markdown', type: 'text/x-markdown' })).toBe('text/markdown');
  });

  it("sends any other file with the browser's type, or as bytes, for the server to refuse by name", () => {
    expect(documentContentType({ name: 'chart.png', type: 'image/png' })).toBe('image/png');
    expect(documentContentType({ name: 'README', type: '' })).toBe('application/octet-stream');
  });
});

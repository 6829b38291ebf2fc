import { describe, expect, it } from 'vitest';
import { tokenChunks } from './token-chunks.js';

describe('tokenChunks', () => {
  it('splits text into chunks of four words that join back to it exactly, line breaks and spaces kept', () => {
    const text = 'Note: no model.\n\nAAPL (1d) is a BUY as of   2024-03-14:\n- one\n';
    const chunks = tokenChunks(text);
    expect(chunks.join('')).toBe(text);
    expect(chunks).toEqual(['Note: no model.\n\nAAPL ', '(1d) is a BUY ', 'as of   2024-03-14:\n- ', 'one\n']);
    expect(tokenChunks('')).toEqual([]);
    expect(tokenChunks('   ')).toEqual(['   ']);
  });
});

import { describe, expect, it } from 'vitest';
import { conversationTitle } from './conversation-title.js';

describe('conversationTitle', () => {
  it('takes the first line of the question, spaces collapsed', () => {
    expect(conversationTitle('  Why is   AAPL a buy?\nAlso, what about MSFT?')).toBe('Why is AAPL a buy?');
  });

  it('cuts a long question at a word near 80 characters, marking the cut', () => {
    const title = conversationTitle('Compare the accuracy of every momentum agent on crypto against the trend agents on equities over the last year');
    expect(title).toBe('Compare the accuracy of every momentum agent on crypto against the trend…');
    expect(title.length).toBeLessThanOrEqual(80);
    expect(conversationTitle('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });
});

import { describe, expect, it } from 'vitest';
import { isEmptyListAnswer } from './empty-list-answer.js';

describe('isEmptyListAnswer', () => {
  it('believes an empty array and an envelope whose lists are all empty', () => {
    expect(isEmptyListAnswer([])).toBe(true);
    expect(isEmptyListAnswer({ error: [], result: { XXBTZUSD: [], last: 1711929600 } })).toBe(true);
  });

  it('does not believe an answer without any list, or with a non-empty one', () => {
    expect(isEmptyListAnswer({ data: 'maintenance' })).toBe(false);
    expect(isEmptyListAnswer(null)).toBe(false);
    expect(isEmptyListAnswer({ error: ['EGeneral:Unavailable'], result: [] })).toBe(false);
  });
});

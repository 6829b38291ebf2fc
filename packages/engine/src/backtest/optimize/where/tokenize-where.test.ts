import { describe, expect, it } from 'vitest';
import { tokenizeWhere } from './tokenize-where.js';

describe('tokenizeWhere', () => {
  it('splits names, numbers (negative literals too), operators and parentheses', () => {
    expect(tokenizeWhere('fast<=-2.5&&(slow!=1e2)').map((t) => t.text)).toEqual(['fast', '<=', '-2.5', '&&', '(', 'slow', '!=', '1e2', ')']);
    expect(tokenizeWhere(' fast < slow ')[1]).toEqual({ kind: 'compare', text: '<', column: 7 });
  });
});

import { WhereSyntaxError } from './where-syntax-error.js';
import type { WhereComparison, WhereToken } from './where-token.js';

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const COMPARISONS: readonly WhereComparison[] = ['<=', '>=', '==', '!=', '<', '>'];

/** What to say about a character that starts no token. */
function hintFor(char: string): string {
  if (char === '=') return '; write == to compare';
  if (char === '&') return '; write && for "and"';
  if (char === '|') return '; write || for "or"';
  if (char === '!') return '; write != for "not equal" (there is no negation)';
  return '';
}

/**
 * Splits a where expression into tokens: numbers (a leading `-` right before a digit makes a negative
 * literal), parameter names, `< <= > >= == !=`, `&&`, `||` and parentheses; blanks separate. Throws
 * a {@link WhereSyntaxError} at the first character that starts no token.
 */
export function tokenizeWhere(expression: string): WhereToken[] {
  const tokens: WhereToken[] = [];
  let k = 0;
  while (k < expression.length) {
    const char = expression[k];
    const column = k + 1;
    if (/\s/.test(char)) {
      k++;
      continue;
    }
    const rest = expression.slice(k);
    const negative = char === '-' && NUMBER.test(rest.slice(1));
    const number = NUMBER.exec(negative ? rest.slice(1) : rest);
    if (number !== null) {
      const text = `${negative ? '-' : ''}${number[0]}`;
      tokens.push({ kind: 'number', value: Number(text), text, column });
      k += text.length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name !== null) {
      tokens.push({ kind: 'name', text: name[0], column });
      k += name[0].length;
      continue;
    }
    const comparison = COMPARISONS.find((op) => rest.startsWith(op));
    if (comparison !== undefined) {
      tokens.push({ kind: 'compare', text: comparison, column });
      k += comparison.length;
      continue;
    }
    if (rest.startsWith('&&') || rest.startsWith('||')) {
      tokens.push({ kind: rest.startsWith('&&') ? '&&' : '||', text: rest.slice(0, 2), column });
      k += 2;
      continue;
    }
    if (char === '(' || char === ')') {
      tokens.push({ kind: char, text: char, column });
      k++;
      continue;
    }
    throw new WhereSyntaxError(expression, column, `unexpected character "${char}" at column ${column}${hintFor(char)}`);
  }
  return tokens;
}

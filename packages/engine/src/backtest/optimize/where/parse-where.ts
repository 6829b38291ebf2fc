import { tokenizeWhere } from './tokenize-where.js';
import type { WhereCondition, WhereNode, WhereValue } from './where-node.js';
import { WhereSyntaxError } from './where-syntax-error.js';
import type { WhereToken } from './where-token.js';

const isValue = (node: WhereNode): node is WhereValue => node.kind === 'number' || node.kind === 'name';

const describe = (token: WhereToken | undefined): string => (token === undefined ? 'the end' : `"${token.text}" at column ${token.column}`);

/**
 * Parses a where expression into a tree: `||` binds looser than `&&`, which binds looser than a
 * comparison; parentheses group. The whole expression must be a condition and every comparison must
 * compare two values (a parameter name or a number). Throws a {@link WhereSyntaxError} naming the
 * column of the first problem.
 */
export function parseWhere(expression: string): WhereCondition {
  const tokens = tokenizeWhere(expression);
  let k = 0;
  const fail = (column: number, problem: string): never => {
    throw new WhereSyntaxError(expression, column, problem);
  };
  const endColumn = expression.length + 1;
  const columnOf = (token: WhereToken | undefined): number => token?.column ?? endColumn;

  const condition = (node: WhereNode): WhereCondition => {
    if (isValue(node)) {
      const label = node.kind === 'name' ? `"${node.name}"` : String(node.value);
      return fail(node.column, `${label} at column ${node.column} is a value, not a condition; compare it, e.g. fast < slow`);
    }
    return node;
  };

  const primary = (): WhereNode => {
    const token = tokens[k];
    if (token?.kind === 'number') {
      k++;
      return { kind: 'number', value: token.value, column: token.column };
    }
    if (token?.kind === 'name') {
      k++;
      return { kind: 'name', name: token.text, column: token.column };
    }
    if (token?.kind === '(') {
      k++;
      const inner = or();
      const close = tokens[k];
      if (close?.kind !== ')') return fail(columnOf(close), `expected ")" to close the "(" at column ${token.column}, got ${describe(close)}`);
      k++;
      return inner;
    }
    return fail(columnOf(token), `expected a number, a parameter name or "(", got ${describe(token)}`);
  };

  const comparison = (): WhereNode => {
    const left = primary();
    const op = tokens[k];
    if (op?.kind !== 'compare') return left;
    k++;
    const right = primary();
    if (!isValue(left) || !isValue(right)) return fail(op.column, `"${op.text}" at column ${op.column} compares values, not conditions`);
    const next = tokens[k];
    if (next?.kind === 'compare') return fail(next.column, `comparisons cannot be chained (column ${next.column}); write a < b && b < c`);
    return { kind: 'compare', op: op.text, left, right, column: op.column };
  };

  const joined = (kind: 'and' | 'or', symbol: '&&' | '||', operand: () => WhereNode) => (): WhereNode => {
    let left = operand();
    while (tokens[k]?.kind === symbol) {
      const column = tokens[k].column;
      k++;
      const right = operand();
      left = { kind, left: condition(left), right: condition(right), column };
    }
    return left;
  };
  const and = joined('and', '&&', comparison);
  const or = joined('or', '||', and);

  if (tokens.length === 0) fail(1, 'the expression is empty');
  const tree = or();
  if (k < tokens.length) fail(tokens[k].column, `unexpected ${describe(tokens[k])}`);
  return condition(tree);
}

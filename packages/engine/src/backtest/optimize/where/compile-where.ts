import type { ParamSet } from '../grid/param-set.js';
import { parseWhere } from './parse-where.js';
import type { WhereCondition, WhereValue } from './where-node.js';
import { WhereSyntaxError } from './where-syntax-error.js';

/** A compiled where expression: true when a parameter set passes. */
export type WherePredicate = (params: ParamSet) => boolean;

function names(node: WhereCondition | WhereValue, out: WhereValue[]): WhereValue[] {
  if (node.kind === 'name') out.push(node);
  else if (node.kind !== 'number') {
    names(node.left, out);
    names(node.right, out);
  }
  return out;
}

function valueOf(node: WhereValue, params: ParamSet): number {
  return node.kind === 'number' ? node.value : params[node.name];
}

function test(node: WhereCondition, params: ParamSet): boolean {
  switch (node.kind) {
    case 'and':
      return test(node.left, params) && test(node.right, params);
    case 'or':
      return test(node.left, params) || test(node.right, params);
    case 'compare': {
      const a = valueOf(node.left, params);
      const b = valueOf(node.right, params);
      switch (node.op) {
        case '<':
          return a < b;
        case '<=':
          return a <= b;
        case '>':
          return a > b;
        case '>=':
          return a >= b;
        case '==':
          return a === b;
        case '!=':
          return a !== b;
      }
    }
  }
}

/**
 * Compiles a constraint such as `fast < slow && slow <= 60`: the small, safe language of
 * `--where`: parameter names, numbers, `< <= > >= == !=`, `&&`, `||` and parentheses. It is
 * interpreted from its tree (nothing is evaluated as code). Every name must be one of `parameters`;
 * otherwise, or on a syntax error, a {@link WhereSyntaxError} names the column.
 */
export function compileWhere(expression: string, parameters: readonly string[]): WherePredicate {
  const tree = parseWhere(expression);
  for (const node of names(tree, [])) {
    if (node.kind === 'name' && !parameters.includes(node.name)) {
      const known = parameters.length === 0 ? 'the strategy takes no parameters' : `the parameters are ${parameters.join(', ')}`;
      throw new WhereSyntaxError(expression, node.column, `unknown parameter "${node.name}" at column ${node.column}; ${known}`);
    }
  }
  return (params) => test(tree, params);
}

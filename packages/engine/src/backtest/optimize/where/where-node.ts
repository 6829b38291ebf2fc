import type { WhereComparison } from './where-token.js';

/** A number-valued node: a literal or a parameter. */
export type WhereValue =
  | { readonly kind: 'number'; readonly value: number; readonly column: number }
  | { readonly kind: 'name'; readonly name: string; readonly column: number };

/** A condition: a comparison of two values, or two conditions joined by && / ||. */
export type WhereCondition =
  | { readonly kind: 'compare'; readonly op: WhereComparison; readonly left: WhereValue; readonly right: WhereValue; readonly column: number }
  | { readonly kind: 'and' | 'or'; readonly left: WhereCondition; readonly right: WhereCondition; readonly column: number };

/** Any node of a parsed where expression. */
export type WhereNode = WhereValue | WhereCondition;

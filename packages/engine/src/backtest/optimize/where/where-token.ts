/** Comparison operators of the where language. */
export type WhereComparison = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** One lexical token of a where expression; `column` is 1-based. */
export type WhereToken =
  | { readonly kind: 'number'; readonly value: number; readonly text: string; readonly column: number }
  | { readonly kind: 'name'; readonly text: string; readonly column: number }
  | { readonly kind: 'compare'; readonly text: WhereComparison; readonly column: number }
  | { readonly kind: '&&' | '||' | '(' | ')'; readonly text: string; readonly column: number };

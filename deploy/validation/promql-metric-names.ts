/** PromQL words that look like identifiers but are not metric names. */
const PROMQL_WORDS: ReadonlySet<string> = new Set([
  'by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'and', 'or', 'unless', 'offset', 'bool', 'atan2',
  'inf', 'nan', 'start', 'end',
]);

const STRING_LITERAL = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g;
const LABEL_LIST = /\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g;
const IDENTIFIER = /[a-zA-Z_:][a-zA-Z0-9_:]*/g;

/**
 * The metric names a PromQL expression reads: identifiers that are not functions (followed by `(`), keywords,
 * label names (inside `{...}`, `by (...)`, `on (...)`, ...), durations (inside `[...]`), number literals or
 * Grafana variables (`$__rate_interval`, `${name}`).
 */
export function promqlMetricNames(expression: string): string[] {
  const text = expression
    .replace(STRING_LITERAL, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(LABEL_LIST, ' ')
    .replace(/\boffset\s+-?[\w$]+/gi, ' ')
    .replace(/\$\{?\w+\}?/g, ' ');
  const names = new Set<string>();
  for (const match of text.matchAll(IDENTIFIER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text[start - 1] ?? ' ';
    // `1e9`, `0x1f`, `2.5`: part of a number, not a name.
    if (/[0-9.]/.test(before)) continue;
    if (/^\s*\(/.test(text.slice(end))) continue;
    if (PROMQL_WORDS.has(match[0].toLowerCase())) continue;
    names.add(match[0]);
  }
  return [...names];
}

/** What a leak looks like: a name for the report and the pattern. */
const LEAK_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['stack trace', /\bat (?:[^\s()]+ )?\(?(?:file:\/\/)?(?:\/|[A-Za-z]:[\\/]|node:)[^\s()]*:\d+(?::\d+)?\)?/g],
  ['node_modules path', /node_modules/g],
  ['source line reference', /\.(?:[cm]?[jt]s|[jt]sx):\d+/g],
  ['SQL text', /\bSELECT\s/g],
  ['SQL text', /\bINSERT\s/g],
  // Quotes may arrive JSON-escaped (`\"`): the answer is searched as sent.
  ['SQL text', /\bselect\s+(?:\\?"|\*|distinct\b|count\()/gi],
  ['SQL text', /\binsert\s+into\s/gi],
  ['SQL text', /\bupdate\s+\\?"[^"\\]+\\?"\s+set\b/gi],
  ['SQL text', /\bdelete\s+from\s/gi],
  ['SQL error', /syntax error at or near/gi],
  ['SQL error', /Failed query:/gi],
  ['SQL error', /invalid input syntax for type/gi],
  ['SQL error', /violates (?:unique|foreign key|check|not-null) constraint/gi],
  ['SQL error', /duplicate key value/gi],
  ['SQL error', /relation \\?"[^"\\]*\\?" does not exist/gi],
  ['SQL error', /column \\?"[^"\\]*\\?" (?:of relation|does not exist)/gi],
];

/** Case and compatibility forms folded, so an input echoed upper-cased or normalised still counts as echoed. */
function folded(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * The first internal detail in an answer: a stack trace, a `node_modules` path, a `file.ts:12` reference, SQL text or
 * a database error message, named with the matched text; undefined when there is none. Text the client sent itself
 * (`sent`: URL, headers, body) and the server merely echoes back is not a leak.
 */
export function findLeak(answer: string, sent = ''): string | undefined {
  const echoed = folded(sent);
  for (const [name, pattern] of LEAK_PATTERNS) {
    for (const match of answer.matchAll(pattern)) {
      if (!echoed.includes(folded(match[0]))) return `${name}: ${JSON.stringify(match[0])}`;
    }
  }
  return undefined;
}

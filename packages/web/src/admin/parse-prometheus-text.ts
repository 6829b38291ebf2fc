import type { PrometheusSample } from './prometheus-sample.js';

const UNESCAPES: Readonly<Record<string, string>> = { n: '\n', '\\': '\\', '"': '"' };

/** Reads `{a="x",b="y"}` from `start` (at the `{`); returns the labels and where the text after `}` begins, or null. */
function labelsAt(line: string, start: number): { labels: Record<string, string>; end: number } | null {
  const labels: Record<string, string> = {};
  let index = start + 1;
  for (;;) {
    while (line[index] === ' ' || line[index] === ',') index++;
    if (line[index] === '}') return { labels, end: index + 1 };
    const equals = line.indexOf('=', index);
    if (equals < 0 || line[equals + 1] !== '"') return null;
    const name = line.slice(index, equals).trim();
    let value = '';
    index = equals + 2;
    while (index < line.length && line[index] !== '"') {
      // Label values escape backslash, quote and newline; anything else after a backslash is kept as written.
      if (line[index] === '\\' && index + 1 < line.length) {
        value += UNESCAPES[line[index + 1]] ?? `\\${line[index + 1]}`;
        index += 2;
      } else value += line[index++];
    }
    if (index >= line.length) return null;
    labels[name] = value;
    index++;
  }
}

function numberOf(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  if (text === 'NaN') return NaN;
  return Number(text);
}

/**
 * The samples of a Prometheus text exposition (what `/metrics` answers). Comments, blank lines and lines that
 * do not parse are skipped: the page only needs a few gauges and must not break on one odd line.
 */
export function parsePrometheusText(text: string): PrometheusSample[] {
  const samples: PrometheusSample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const nameEnd = line.search(/[{\s]/);
    if (nameEnd <= 0) continue;
    const name = line.slice(0, nameEnd);
    let rest = line.slice(nameEnd);
    let labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      const parsed = labelsAt(line, nameEnd);
      if (parsed === null) continue;
      labels = parsed.labels;
      rest = line.slice(parsed.end);
    }
    // The value, then an optional timestamp.
    const valueText = rest.trim().split(/\s+/)[0] ?? '';
    const value = numberOf(valueText);
    if (valueText === '' || (Number.isNaN(value) && valueText !== 'NaN')) continue;
    samples.push({ name, labels, value });
  }
  return samples;
}

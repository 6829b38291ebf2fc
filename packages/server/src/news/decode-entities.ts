/** XML's five entities plus the HTML ones feeds use in headlines and summaries. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', eacute: 'é', egrave: 'è', aacute: 'á', agrave: 'à',
  oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', ccedil: 'ç', auml: 'ä', ouml: 'ö', uuml: 'ü', szlig: 'ß', shy: '',
};

function fromCodePoint(code: number, original: string): string {
  // Surrogates, NUL and values past Unicode are not characters: keep the text as written.
  if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return original;
  return String.fromCodePoint(code);
}

/**
 * Replaces character references (`&#8217;`, `&#x2019;`) and the named entities above. Unknown names stay as
 * written: a feed's own DTD entities are never expanded (no entity-expansion attacks), merely left visible.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return fromCodePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return fromCodePoint(Number.parseInt(name.slice(1), 10), whole);
    return NAMED[name] ?? whole;
  });
}

const SQL_INJECTION = [
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '" OR ""="',
  "admin'--",
  "' UNION SELECT NULL, NULL, NULL --",
  "1; SELECT pg_sleep(5); --",
  "%' AND 1=1 AND '%'='",
  '$1',
  '\\',
  "\\'; --",
  'a\u0000b',
  '\u0000',
  "'); INSERT INTO users VALUES ('x'); --",
];

const SCRIPT_INJECTION = [
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '<!--',
  ']]>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
];

const PATH_TRAVERSAL = [
  '../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252f',
  '..\\..\\windows\\win.ini',
  '/etc/passwd%00.png',
  '....//....//etc/passwd',
  'file:///etc/passwd',
  '..',
  '.',
  '/',
  '//',
];

// Each entry breaks a different assumption: UTF-16 pairs, bidi display, invisible joiners, case and normalisation
// rules that change length or bytes, look-alike letters, and line separators JSON and HTTP treat differently.
const UNICODE_EDGES = [
  '\uD800',
  '\uDFFF',
  'AAPL\uD83D',
  '\uDE00AAPL',
  '\u202Eevil\u202C',
  'AA\u200DPL',
  'AA\u200BPL',
  '\uFEFFAAPL',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🚀'.repeat(50),
  'e\u0301',
  'Z\u0337\u0322\u031B\u032Aa\u0338l\u0336g\u0335o\u0334',
  '\u00E9',
  'e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '\u212B',
  '\u00C5',
  'ＡＡＰＬ',
  '\u0410APL',
  'ı',
  'ß',
  'ﬀ',
  '\u0085',
  '\u2028\u2029',
  '\u0007\u0008\u001B[31m',
  'a\r\nSet-Cookie: x=1',
  '\t \n',
  '\uFFFF\uFFFE',
];

const FORMAT_STRINGS = ['%s%s%s%s%n', '%x%x%x', '%d', '{0}', '%(name)s', '${process.env}', '#{7*7}', '%'];

const LONG_NUMBERS = [
  '9'.repeat(400),
  '-' + '9'.repeat(400),
  '0.' + '0'.repeat(400) + '1',
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x1F',
  '0b101',
  '1_000',
  '9007199254740993',
  ' 42 ',
  '+1',
  '1.',
  '.5',
  '00000000000000000000001',
];

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf'];

const PLAIN_ODDITIES = ['', ' ', 'null', 'undefined', 'true', 'false', '[]', '{}', '0', '-1', 'AAPL,AAPL,AAPL'];

/**
 * Fixed strings meant to break input handling, each once: SQL and script injection, path traversal, unicode edge
 * cases, format strings, odd numbers, prototype keys. `hostileString()` draws from them; edge-case requests use them all.
 */
export const HOSTILE_STRINGS: readonly string[] = [...SQL_INJECTION, ...SCRIPT_INJECTION, ...PATH_TRAVERSAL, ...UNICODE_EDGES, ...FORMAT_STRINGS, ...LONG_NUMBERS, ...PROTOTYPE_KEYS, ...PLAIN_ODDITIES];

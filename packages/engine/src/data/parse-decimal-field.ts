/** Exact powers of ten: every 10^k for k <= 22 is representable, which the fast path relies on. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => 10 ** k);

/**
 * Parses the plain decimal number in `text[start, end)` (`-12`, `3.25`, `.5`, `1e-3`) without
 * allocating; NaN for an empty field or anything that is not a number (`NULL`, `n/a`, `1,5`).
 * Results equal `Number(text)`: when the digits fit in 2^53 and there are at most 22 decimals, one
 * correctly rounded division of two exact values gives the correctly rounded result (Clinger's fast
 * path); longer inputs and exponents fall back to `Number` on the substring.
 */
export function parseDecimalField(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  let code = i < end ? text.charCodeAt(i) : 0;
  if (code === 45 /* - */ || code === 43 /* + */) {
    negative = code === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let decimals = 0;
  for (; i < end; i++) {
    code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) break;
    mantissa = mantissa * 10 + code;
    digits++;
  }
  if (i < end && text.charCodeAt(i) === 46 /* . */) {
    for (i++; i < end; i++) {
      code = text.charCodeAt(i) - 48;
      if (code < 0 || code > 9) break;
      mantissa = mantissa * 10 + code;
      digits++;
      decimals++;
    }
  }
  if (digits === 0) return NaN;
  if (i < end) {
    code = text.charCodeAt(i);
    // Only an exponent may follow the digits; Number() would also accept hex or "Infinity" forms.
    return code === 101 || code === 69 ? Number(text.slice(start, end)) : NaN;
  }
  if (mantissa > Number.MAX_SAFE_INTEGER || decimals > 22) return Number(text.slice(start, end));
  const value = decimals === 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
  return negative ? -value : value;
}

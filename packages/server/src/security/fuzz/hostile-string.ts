import fc from 'fast-check';
import { HOSTILE_STRINGS } from './hostile-strings.js';

/** Any UTF-16 code unit, lone surrogates included, which `fc.string` never produces on its own. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Large strings are built by repetition: generating 100 KB character by character would dominate the run. */
const huge = fc
  .tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('A', "'", '𝕏', '\u0000', '../', '<script>', '9', 'e\u0301', '%'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

/**
 * Strings meant to break input handling: SQL and script injection, path traversal, unicode edge cases
 * (lone surrogates, bidi overrides, zero-width joiners, emoji, combining marks, NFC/NFD pairs), format strings,
 * numbers too long or odd to parse, prototype keys, strings of up to 100 KB, and random text, alone or embedded
 * in random text.
 */
export function hostileString(): fc.Arbitrary<string> {
  const fixed = fc.constantFrom(...HOSTILE_STRINGS);
  return fc.oneof(
    { weight: 6, arbitrary: fixed },
    { weight: 2, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), fixed, fc.string({ maxLength: 8 })).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: huge },
    { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );
}

import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { passwordProblems } from './password-problems.js';

const ADA = { email: 'ada.lovelace@example.com', name: 'Ada Lovelace' };
const TOO_SHORT = 'must be at least 10 characters long';
const TOO_LONG = 'must be at most 128 characters long';
const TOO_FEW_DISTINCT = 'must contain at least 5 different characters';
const HAS_EMAIL = 'must not contain your e-mail address or the part of it before the @';
const HAS_NAME = 'must not contain your name';
const COMMON = 'is one of the most commonly used passwords; choose one that is harder to guess';

describe('passwordProblems', () => {
  it('accepts a long, varied password unrelated to the account', () => {
    expect(passwordProblems('correct horse battery staple', ADA)).toEqual([]);
    expect(passwordProblems('Zq7!mW2#rT', { email: 'x@example.com' })).toEqual([]);
  });

  it('asks for at least 10 characters', () => {
    expect(passwordProblems('Zq7!mW2#r', ADA)).toEqual([TOO_SHORT]);
    expect(passwordProblems('', ADA)).toEqual([TOO_SHORT, TOO_FEW_DISTINCT]);
  });

  it('allows at most 128 characters', () => {
    const varied = 'abcdefgh';
    expect(passwordProblems(varied.repeat(16), ADA)).toEqual([]);
    expect(passwordProblems(`${varied.repeat(16)}x`, ADA)).toEqual([TOO_LONG]);
  });

  it('counts characters as code points, not UTF-16 units', () => {
    // Each emoji is two UTF-16 units: by units these would be 14, 256 and 257 long.
    expect(passwordProblems('😀😁😂🤣😃abcd', ADA)).toEqual([TOO_SHORT]);
    expect(passwordProblems('😀😁😂🤣😃😄😅😆'.repeat(16), ADA)).toEqual([]);
    expect(passwordProblems(`${'😀😁😂🤣😃😄😅😆'.repeat(16)}x`, ADA)).toEqual([TOO_LONG]);
    // One emoji repeated is one distinct character, though it is made of two distinct units.
    expect(passwordProblems('😀'.repeat(12), ADA)).toEqual([TOO_FEW_DISTINCT]);
  });

  it('asks for at least 5 different characters', () => {
    expect(passwordProblems('aaaaaaaaaaaa', ADA)).toEqual([TOO_FEW_DISTINCT]);
    expect(passwordProblems('abcdabcdabcd', ADA)).toEqual([TOO_FEW_DISTINCT]);
    expect(passwordProblems('abcdeabcde', ADA)).toEqual([]);
  });

  it('refuses the e-mail address’s local part in any case', () => {
    expect(passwordProblems('my-ADA.LOVELACE-2024', ADA)).toEqual([HAS_EMAIL, HAS_NAME]);
    expect(passwordProblems('xx-ada.lovelace@example.com', { email: 'ada.lovelace@example.com' })).toEqual([HAS_EMAIL]);
  });

  it('ignores a local part shorter than 4 characters', () => {
    expect(passwordProblems('adaptive-turtle-9', { email: 'ada@example.com' })).toEqual([]);
    expect(passwordProblems('grace-hopper-fan', { email: 'grace@example.com' })).toEqual([HAS_EMAIL]);
  });

  it('refuses the name, or any word of it of 4 characters or more, in any case', () => {
    expect(passwordProblems('i-am-ada lovelace!', ADA)).toEqual([HAS_NAME]);
    expect(passwordProblems('LOVELACE-rules-1843', ADA)).toEqual([HAS_NAME]);
    expect(passwordProblems('adaptive-turtle-9', ADA)).toEqual([]);
    expect(passwordProblems('alan-turing-1912', { email: 'x@example.com', name: 'Al' })).toEqual([]);
    expect(passwordProblems('alan-turing-1912', { email: 'x@example.com', name: null })).toEqual([]);
  });

  it('refuses commonly used passwords whatever their case', () => {
    for (const common of ['password123', 'Password123', 'QWERTYUIOP', '1234567890', 'GoldenSignals123']) {
      expect(passwordProblems(common, { email: 'x@example.com' })).toEqual([COMMON]);
    }
  });

  it('reports every problem at once', () => {
    expect(passwordProblems('aaaa', ADA)).toEqual([TOO_SHORT, TOO_FEW_DISTINCT]);
  });

  it('keeps a list of about 200 common passwords, lowercase and long enough to pass the length rule', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(200);
    for (const common of COMMON_PASSWORDS) {
      expect(common).toBe(common.toLowerCase());
      expect([...common].length).toBeGreaterThanOrEqual(10);
    }
  });
});

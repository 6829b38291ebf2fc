import { COMMON_PASSWORDS } from './common-passwords.js';

const MIN_LENGTH = 10;
/** argon2 accepts far longer input, but hashing megabytes per login attempt would be a cheap DoS. */
const MAX_LENGTH = 128;
const MIN_DISTINCT = 5;
/** Shorter e-mail local parts and names ("ann", "al") occur inside too many good passwords by chance. */
const MIN_PERSONAL_LENGTH = 4;

function codePointLength(text: string): number {
  let length = 0;
  for (const _codePoint of text) length += 1;
  return length;
}

/** The parts of an account's identity worth looking for: the e-mail's local part, the name and its words. */
function personalWords(context: { email: string; name?: string | null }): { email: string[]; name: string[] } {
  const email = context.email.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  const localPart = at === -1 ? email : email.slice(0, at);
  const name = (context.name ?? '').trim().toLowerCase();
  const nameWords = name === '' ? [] : [name, ...name.split(/\s+/)];
  return {
    email: [localPart].filter((word) => codePointLength(word) >= MIN_PERSONAL_LENGTH),
    name: [...new Set(nameWords)].filter((word) => codePointLength(word) >= MIN_PERSONAL_LENGTH),
  };
}

/**
 * What is wrong with a password for this account, each problem phrased to follow the word "password"
 * ("password must be at least 10 characters long"); an empty array when it is acceptable. Lengths count
 * code points, so an emoji is one character, as the user sees it.
 */
export function passwordProblems(password: string, context: { email: string; name?: string | null }): string[] {
  const problems: string[] = [];
  const length = codePointLength(password);
  if (length < MIN_LENGTH) problems.push(`must be at least ${MIN_LENGTH} characters long`);
  if (length > MAX_LENGTH) problems.push(`must be at most ${MAX_LENGTH} characters long`);
  if (new Set(password).size < MIN_DISTINCT) problems.push(`must contain at least ${MIN_DISTINCT} different characters`);
  const lowercase = password.toLowerCase();
  const personal = personalWords(context);
  if (personal.email.some((word) => lowercase.includes(word))) problems.push('must not contain your e-mail address or the part of it before the @');
  if (personal.name.some((word) => lowercase.includes(word))) problems.push('must not contain your name');
  if (COMMON_PASSWORDS.has(lowercase)) problems.push('is one of the most commonly used passwords; choose one that is harder to guess');
  return problems;
}

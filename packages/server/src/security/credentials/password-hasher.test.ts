import { describe, expect, it, vi } from 'vitest';
import { PasswordHasher } from './password-hasher.js';

const CHEAP = { memoryCost: 1024, timeCost: 1 };

/** The `m`, `t` and `p` parameters of a PHC string, whatever order they are written in. */
function costOf(phc: string): Record<string, number> {
  const params = phc.split('$')[3] ?? '';
  return Object.fromEntries(params.split(',').map((pair) => [pair.split('=')[0], Number(pair.split('=')[1])]));
}

describe('PasswordHasher', () => {
  it('accepts the password a hash was made from and refuses any other', async () => {
    const hasher = new PasswordHasher(CHEAP);
    const passwordHash = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(passwordHash, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(passwordHash, 'correct horse battery stapl')).toBe(false);
    expect(await hasher.verify(passwordHash, 'Correct horse battery staple')).toBe(false);
  });

  it('salts every hash, so one password gives different hashes that both verify', async () => {
    const hasher = new PasswordHasher(CHEAP);
    const first = await hasher.hash('same password');
    const second = await hasher.hash('same password');
    expect(first).not.toBe(second);
    expect(first.startsWith('$argon2id$v=19$')).toBe(true);
    expect(await hasher.verify(second, 'same password')).toBe(true);
  });

  it('uses OWASP’s argon2id parameters by default', async () => {
    const passwordHash = await new PasswordHasher().hash('a default-cost password');
    expect(passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(costOf(passwordHash)).toEqual({ m: 19456, t: 2, p: 1 });
  });

  it('writes the parameters it was given into the hash', async () => {
    const passwordHash = await new PasswordHasher({ memoryCost: 2048, timeCost: 1, parallelism: 2 }).hash('x');
    expect(costOf(passwordHash)).toEqual({ m: 2048, t: 1, p: 2 });
  });

  it('answers false instead of throwing for hashes it cannot parse', async () => {
    const hasher = new PasswordHasher(CHEAP);
    const valid = await hasher.hash('secret password');
    for (const malformed of ['', 'garbage', '$argon2id$', valid.slice(0, valid.lastIndexOf('$')), '$2b$10$abcdefghijklmnopqrstuuJ1Yw4bQwRz6l1cPj0f3pG8mVh7X0e2', '$argon2id$v=19$m=1024,t=1,p=1$AAAA$BBBB']) {
      expect(await hasher.verify(malformed, 'secret password')).toBe(false);
    }
  });

  it('checks unknown users against one dummy hash, made lazily with the same parameters', async () => {
    const hasher = new PasswordHasher(CHEAP);
    const hash = vi.spyOn(hasher, 'hash');
    const verify = vi.spyOn(hasher, 'verify');
    expect(hash).not.toHaveBeenCalled();
    const answers = await Promise.all([hasher.verifyUnknownUser('guess one'), hasher.verifyUnknownUser('guess two')]);
    expect(await hasher.verifyUnknownUser('guess three')).toBe(false);
    expect(answers).toEqual([false, false]);
    expect(hash).toHaveBeenCalledTimes(1);
    expect(verify).toHaveBeenCalledTimes(3);
    const dummy = String(verify.mock.calls[0]?.[0]);
    expect(costOf(dummy)).toEqual({ m: 1024, t: 1, p: 1 });
    expect(verify.mock.calls.map((call) => call[0])).toEqual([dummy, dummy, dummy]);
  });
});

import { randomBytes } from 'node:crypto';
import { argon2id, hash, verify } from 'argon2';

/** Cost parameters of argon2id; memory in KiB. */
interface Argon2Cost {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/** OWASP's minimum recommendation for argon2id (19 MiB, 2 passes, 1 lane). */
const OWASP_COST: Argon2Cost = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes and checks passwords with argon2id. */
export class PasswordHasher {
  private readonly cost: Argon2Cost;
  private dummyHash: Promise<string> | undefined;

  constructor(options: { memoryCost?: number; timeCost?: number; parallelism?: number } = {}) {
    this.cost = {
      memoryCost: options.memoryCost ?? OWASP_COST.memoryCost,
      timeCost: options.timeCost ?? OWASP_COST.timeCost,
      parallelism: options.parallelism ?? OWASP_COST.parallelism,
    };
  }

  /** A PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`) with a fresh random salt. */
  hash(password: string): Promise<string> {
    return hash(password, { type: argon2id, ...this.cost });
  }

  /**
   * True when `password` matches `passwordHash`. argon2's verify compares the digests with
   * crypto.timingSafeEqual, so the comparison leaks nothing through its timing. A hash that cannot be
   * parsed (corrupt row, another scheme) is simply no match: a login must answer 401, not 500.
   */
  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * Spends as long as checking a wrong password of a real account, then answers false, so the time a
   * login takes does not tell which e-mail addresses have accounts.
   */
  async verifyUnknownUser(password: string): Promise<false> {
    this.dummyHash ??= this.hash(randomBytes(32).toString('base64url')).catch((error: unknown) => {
      this.dummyHash = undefined;
      throw error;
    });
    await this.verify(await this.dummyHash, password);
    return false;
  }
}

import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LifecycleServer, type LifecycleAnswer } from './lifecycle-server.test-support.js';

const ATTEMPTS = 1000;
/** The attacker's pace in server time: 10 guesses a second, so the backoff's growing waits do elapse during the attack. */
const ATTEMPT_SPACING_MS = 100;
/** Well above what the backoff lets through (5 free attempts, then waits of 1 s, 2 s, 4 s ...), well below 1,000. */
const MOST_VERIFICATIONS = 25;
/** The 5 free attempts, the one more the throttle lets through before its first wait, and the one it refuses. */
const OPENING = [401, 401, 401, 401, 401, 401, 429];
/** The login throttle's longest wait: beyond it an account is never locked. */
const LONGEST_WAIT_SECONDS = 15 * 60;

interface ErrorBody {
  readonly code: string;
  readonly message: string;
}

/** A strong password no test string can hit by chance. */
const password = (): string => `pw-${randomBytes(12).toString('base64url')}`;

/** Counts the answers of an attack: how many of each status and code, and whether every 429 said when to retry. */
class AttackTally {
  readonly byStatus: Record<number, number> = {};
  readonly codes = new Set<string>();
  /** The statuses of the first attempts, in order. */
  readonly opening: number[] = [];
  /** Who answered the 429s: the login throttle (failed logins) or the per-address route limit (requests). */
  readonly refusedBy = { loginThrottle: 0, routeLimit: 0 };
  rateLimitedWithoutRetryAfter = 0;

  add(answer: LifecycleAnswer<ErrorBody>): void {
    if (this.opening.length < OPENING.length) this.opening.push(answer.status);
    this.byStatus[answer.status] = (this.byStatus[answer.status] ?? 0) + 1;
    this.codes.add(answer.body.code);
    if (answer.body.message.startsWith('too many failed logins')) this.refusedBy.loginThrottle += 1;
    else if (answer.body.message.startsWith('too many requests')) this.refusedBy.routeLimit += 1;
    const retryAfter = Number(answer.headers['retry-after']);
    if (answer.status === 429 && !(Number.isInteger(retryAfter) && retryAfter >= 1)) this.rateLimitedWithoutRetryAfter += 1;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function report(what: string, details: Record<string, unknown>): void {
  // eslint-disable-next-line no-console -- the counts show how far an attacker gets; a pass/fail alone would hide it
  console.info(`${what}: ${JSON.stringify(details)}`);
}

describe('password guessing against a running server', () => {
  let harness: LifecycleServer;
  let adminToken: string;
  const ADMIN = { email: 'admin@example.com', password: password() };
  const VICTIM = { email: 'victim@example.com', password: password() };
  const BYSTANDER = { email: 'bystander@example.com', password: password() };
  const TIMED = { email: 'timed@example.com', password: password() };
  let victimId: string;

  beforeAll(async () => {
    // Access tokens for a day of server time: the attacks move the clock, the admin's token reads the audit log after.
    harness = await LifecycleServer.start({ env: { ACCESS_TOKEN_TTL: '86400' } });
    adminToken = (await harness.register(ADMIN.email, ADMIN.password)).accessToken;
    victimId = await harness.createAccount(adminToken, { ...VICTIM, role: 'trader' });
    await harness.createAccount(adminToken, { ...BYSTANDER, role: 'viewer' });
    await harness.createAccount(adminToken, { ...TIMED, role: 'viewer' });
  });
  afterAll(async () => {
    await harness.stop();
  });

  async function attempt(email: string, guess: string, ip: string): Promise<LifecycleAnswer<ErrorBody>> {
    return harness.request<ErrorBody>('POST', '/auth/login', { body: { email, password: guess }, ip });
  }

  /** Wrong-password verifications of the victim's account so far, from the audit log. */
  async function victimVerifications(): Promise<number> {
    const failed = await harness.auditEvents(adminToken, 'auth.login.failed', victimId);
    return failed.filter((entry) => entry.details.reason === 'wrong password').length;
  }

  /** Runs an attack on the victim; half-way through, the bystander signs in from its own address. */
  async function attack(addressOf: (attempt: number) => string): Promise<{ tally: AttackTally; verifications: number }> {
    const before = await victimVerifications();
    const tally = new AttackTally();
    for (let i = 0; i < ATTEMPTS; i++) {
      if (i === ATTEMPTS / 2) await harness.login(BYSTANDER.email, BYSTANDER.password);
      tally.add(await attempt(VICTIM.email, `wrong-guess-${i}`, addressOf(i)));
      harness.advance(ATTEMPT_SPACING_MS);
    }
    return { tally, verifications: (await victimVerifications()) - before };
  }

  /**
   * The owner signs in from their own address; while the account's backoff runs they are told how long to wait (at
   * most the longest wait: no lockout), wait that long in server time, and get in. Returns the seconds waited.
   */
  async function ownerLogsIn(): Promise<number> {
    const ownAddress = harness.nextAddress();
    const first = await attempt(VICTIM.email, VICTIM.password, ownAddress);
    let waitSeconds = 0;
    if (first.status !== 200) {
      expect(first.status).toBe(429);
      expect(first.body.code).toBe('GS_ERR_RATE_LIMITED');
      waitSeconds = Number(first.headers['retry-after']);
      expect(waitSeconds).toBeGreaterThanOrEqual(1);
      expect(waitSeconds).toBeLessThanOrEqual(LONGEST_WAIT_SECONDS);
      harness.advance(waitSeconds * 1000);
      expect((await harness.login(VICTIM.email, VICTIM.password, ownAddress)).userId).toBe(victimId);
    }
    return waitSeconds;
  }

  it('answers 1,000 guesses from one address with 429 and Retry-After after the free attempts, verifying only a few', async () => {
    const { tally, verifications } = await attack(() => '203.0.113.7');
    report('1,000 guesses from one address', { requests: ATTEMPTS, byStatus: tally.byStatus, refusedBy: tally.refusedBy, verifications });

    expect(tally.opening).toEqual(OPENING);
    expect(Object.keys(tally.byStatus).sort()).toEqual(['401', '429']);
    expect(tally.byStatus[401] + tally.byStatus[429]).toBe(ATTEMPTS);
    // Both limits take part: the throttle first (failed logins of the account), then the route limit (30 a minute).
    expect(tally.refusedBy.loginThrottle).toBeGreaterThan(0);
    expect(tally.refusedBy.routeLimit).toBeGreaterThan(0);
    expect(tally.refusedBy.loginThrottle + tally.refusedBy.routeLimit).toBe(tally.byStatus[429]);
    expect([...tally.codes].sort()).toEqual(['GS_ERR_RATE_LIMITED', 'GS_ERR_UNAUTHORIZED']);
    expect(tally.rateLimitedWithoutRetryAfter).toBe(0);
    // Every 401 is a password actually checked, and each one left an audit entry.
    expect(verifications).toBe(tally.byStatus[401]);
    expect(verifications).toBeGreaterThanOrEqual(6);
    expect(verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);

    expect((await harness.login(BYSTANDER.email, BYSTANDER.password)).accessToken).toMatch(/^ey/);
    // The route limit turned the address away before the throttle counted more failures, so the account's backoff
    // (a few seconds) ran out during the attack's 100 s: the owner may get in at once or after a short wait.
    expect(await ownerLogsIn()).toBeLessThanOrEqual(60);
  });

  it('limits the same guesses from 1,000 addresses by the per-account backoff', async () => {
    const { tally, verifications } = await attack((i) => `10.1.${Math.floor(i / 250)}.${(i % 250) + 1}`);
    report('1,000 guesses from 1,000 addresses', { requests: ATTEMPTS, byStatus: tally.byStatus, refusedBy: tally.refusedBy, verifications });

    expect(tally.opening).toEqual(OPENING);
    expect(Object.keys(tally.byStatus).sort()).toEqual(['401', '429']);
    expect([...tally.codes].sort()).toEqual(['GS_ERR_RATE_LIMITED', 'GS_ERR_UNAUTHORIZED']);
    // No address sent more than once, so only the per-account throttle refused them.
    expect(tally.refusedBy).toEqual({ loginThrottle: tally.byStatus[429], routeLimit: 0 });
    expect(tally.rateLimitedWithoutRetryAfter).toBe(0);
    expect(verifications).toBe(tally.byStatus[401]);
    expect(verifications).toBeGreaterThanOrEqual(6);
    expect(verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);

    expect((await harness.login(BYSTANDER.email, BYSTANDER.password)).userId).not.toBe(victimId);
    // Here every address was fresh, so the account's own backoff was still running when the attack stopped.
    expect(await ownerLogsIn()).toBeGreaterThanOrEqual(1);
  });

  it('answers an unknown e-mail and a wrong password alike', async () => {
    const unknown: number[] = [];
    const wrong: number[] = [];
    const answers = new Set<string>();
    for (let i = 0; i < 20; i++) {
      // Past the longest backoff wait before each pair, from fresh addresses: every try reaches the password check.
      harness.advance(LONGEST_WAIT_SECONDS * 1000 + 1000);
      for (const [email, times] of [
        ['nobody-here@example.com', unknown],
        [TIMED.email, wrong],
      ] as const) {
        const started = performance.now();
        const answer = await attempt(email, `wrong-guess-timed-${i}`, harness.nextAddress());
        times.push(performance.now() - started);
        answers.add(JSON.stringify({ status: answer.status, code: answer.body.code, message: answer.body.message }));
      }
    }
    expect([...answers]).toEqual([JSON.stringify({ status: 401, code: 'GS_ERR_UNAUTHORIZED', message: 'the e-mail address or the password is wrong' })]);
    report('median login time over 20 tries, ms', { unknownEmail: Number(median(unknown).toFixed(1)), wrongPassword: Number(median(wrong).toFixed(1)) });
  });
});

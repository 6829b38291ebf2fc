import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const MIN_CONFIGURED_LENGTH = 32;
const SECRET_BYTES = 64;
const FILE_NAME = 'auth-secret';
const OWNER_ONLY = 0o600;

function isErrorCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code;
}

function decode(text: string, path: string): Uint8Array {
  const encoded = text.trim();
  const bytes = /^[A-Za-z0-9_-]+$/.test(encoded) ? Buffer.from(encoded, 'base64url') : Buffer.alloc(0);
  if (bytes.length !== SECRET_BYTES) {
    throw new Error(
      `the auth secret in ${path} is corrupt (expected the base64url text of ${SECRET_BYTES} random bytes); restore it from a backup, or delete it to make a new one and sign everyone out`,
    );
  }
  return new Uint8Array(bytes);
}

/** Reads the secret file, first narrowing its permissions to the owner if they are broader. */
async function readSecretFile(path: string): Promise<Uint8Array | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isErrorCode(error, 'ENOENT')) return null;
    throw error;
  }
  const { mode } = await stat(path);
  if ((mode & 0o777 & ~OWNER_ONLY) !== 0) await chmod(path, OWNER_ONLY);
  return decode(text, path);
}

/**
 * The key that signs access tokens. `JWT_SECRET` when configured (at least 32 characters); otherwise
 * one generated on first start and kept in `<dataDir>/auth-secret`, readable by the owner only, so
 * tokens survive restarts; without a data folder (in-memory test servers) a random one for this process.
 */
export async function loadOrCreateAuthSecret(options: { configured: string | null; dataDir: string | null }): Promise<Uint8Array> {
  const { configured, dataDir } = options;
  if (configured !== null) {
    if ([...configured].length < MIN_CONFIGURED_LENGTH) {
      throw new Error(`JWT_SECRET must be at least ${MIN_CONFIGURED_LENGTH} characters long; generate one with \`openssl rand -base64 48\`, or unset it to use a generated secret kept in the data folder`);
    }
    return new TextEncoder().encode(configured);
  }
  if (dataDir === null) return new Uint8Array(randomBytes(SECRET_BYTES));

  const path = join(dataDir, FILE_NAME);
  const existing = await readSecretFile(path);
  if (existing !== null) return existing;
  await mkdir(dataDir, { recursive: true });
  const secret = new Uint8Array(randomBytes(SECRET_BYTES));
  try {
    // 'wx' fails when the file exists: a process starting at the same moment may have written one first.
    await writeFile(path, `${Buffer.from(secret).toString('base64url')}\n`, { flag: 'wx', mode: OWNER_ONLY });
  } catch (error) {
    if (!isErrorCode(error, 'EEXIST')) throw error;
    const written = await readSecretFile(path);
    if (written === null) throw error;
    return written;
  }
  return secret;
}

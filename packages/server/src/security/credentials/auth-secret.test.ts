import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadOrCreateAuthSecret } from './auth-secret.js';

const folders: string[] = [];

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'gs-auth-secret-'));
  folders.push(folder);
  return folder;
}

async function modeOf(path: string): Promise<number> {
  return (await stat(path)).mode & 0o777;
}

afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('loadOrCreateAuthSecret', () => {
  it('uses a configured JWT_SECRET as its UTF-8 bytes, ignoring the data folder', async () => {
    const dataDir = await tempFolder();
    const configured = 'k'.repeat(31) + 'é';
    const secret = await loadOrCreateAuthSecret({ configured, dataDir });
    expect(Buffer.from(secret).toString('utf8')).toBe(configured);
    expect(secret).toHaveLength(33);
    await expect(stat(join(dataDir, 'auth-secret'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses a configured JWT_SECRET under 32 characters, counting code points, without echoing it', async () => {
    const configured = '🔑'.repeat(31); // 62 UTF-16 units, 124 bytes, but 31 characters
    const attempt = loadOrCreateAuthSecret({ configured, dataDir: null });
    await expect(attempt).rejects.toThrow(/^JWT_SECRET must be at least 32 characters long/);
    await expect(attempt).rejects.not.toThrow(configured);
    await expect(loadOrCreateAuthSecret({ configured: '', dataDir: null })).rejects.toThrow(/JWT_SECRET/);
    expect(await loadOrCreateAuthSecret({ configured: '🔑'.repeat(32), dataDir: null })).toHaveLength(128);
  });

  it('creates <dataDir>/auth-secret (and the folder) with 64 random bytes, readable by the owner only', async () => {
    const dataDir = join(await tempFolder(), 'nested', 'data');
    const secret = await loadOrCreateAuthSecret({ configured: null, dataDir });
    expect(secret).toHaveLength(64);
    const path = join(dataDir, 'auth-secret');
    expect((await readFile(path, 'utf8')).trim()).toBe(Buffer.from(secret).toString('base64url'));
    if (process.platform !== 'win32') expect(await modeOf(path)).toBe(0o600);
  });

  it('returns the stored secret on later starts', async () => {
    const dataDir = await tempFolder();
    const first = await loadOrCreateAuthSecret({ configured: null, dataDir });
    const second = await loadOrCreateAuthSecret({ configured: null, dataDir });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('reads a secret written by someone else and narrows broad permissions to 600', async () => {
    if (process.platform === 'win32') return;
    const dataDir = await tempFolder();
    const path = join(dataDir, 'auth-secret');
    const bytes = randomBytes(64);
    await writeFile(path, bytes.toString('base64url'), { mode: 0o644 });
    await chmod(path, 0o644);
    const secret = await loadOrCreateAuthSecret({ configured: null, dataDir });
    expect(Buffer.from(secret).equals(bytes)).toBe(true);
    expect(await modeOf(path)).toBe(0o600);
  });

  it('leaves narrower permissions alone', async () => {
    if (process.platform === 'win32') return;
    const dataDir = await tempFolder();
    const path = join(dataDir, 'auth-secret');
    await writeFile(path, randomBytes(64).toString('base64url'));
    await chmod(path, 0o400);
    await loadOrCreateAuthSecret({ configured: null, dataDir });
    expect(await modeOf(path)).toBe(0o400);
  });

  it('refuses a corrupt file, naming its path, and never overwrites it', async () => {
    const dataDir = await tempFolder();
    const path = join(dataDir, 'auth-secret');
    for (const corrupt of ['', randomBytes(32).toString('base64url'), randomBytes(65).toString('base64url'), `${randomBytes(64).toString('base64url').slice(0, 80)}!!!!!!`, randomBytes(64).toString('base64') /* padded */]) {
      await writeFile(path, corrupt, { mode: 0o600 });
      await expect(loadOrCreateAuthSecret({ configured: null, dataDir })).rejects.toThrow(`the auth secret in ${path} is corrupt`);
      expect(await readFile(path, 'utf8')).toBe(corrupt);
    }
  });

  it('makes a random secret for this process when there is neither a secret nor a data folder', async () => {
    const first = await loadOrCreateAuthSecret({ configured: null, dataDir: null });
    const second = await loadOrCreateAuthSecret({ configured: null, dataDir: null });
    expect(first).toHaveLength(64);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });
});

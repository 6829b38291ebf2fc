/**
 * A 32-bit seed from any mix of strings and numbers: FNV-1a over the parts (separated, so ('ab','c')
 * and ('a','bc') differ), then the MurmurHash3 finaliser so nearby inputs give unrelated seeds.
 */
export function seedHash(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? part.toString(36) : part;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A uniform number in [0, 1) fixed by the parts, for one-off choices that need no random stream. */
export function hashUniform(...parts: readonly (string | number)[]): number {
  return seedHash(...parts) / 4294967296;
}

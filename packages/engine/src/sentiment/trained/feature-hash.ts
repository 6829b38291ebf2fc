/**
 * 32-bit FNV-1a hash of a string's UTF-16 code units. Stable across runs, platforms and engines, so the
 * hashed feature ids stored in a model file keep their meaning when the file is loaded elsewhere.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads every input bit over the output, so the top bits make a good bucket. */
export function mixHash(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of the ordered pair (first, second): `combineHashes(a, b)` differs from `combineHashes(b, a)`. */
export function combineHashes(first: number, second: number): number {
  return mixHash(Math.imul(mixHash(first), 31) + second);
}

/** The bucket of a hash in a table of 2^bits entries (the mixed hash's top bits). */
export function hashBucket(hash: number, bits: number): number {
  return mixHash(hash) >>> (32 - bits);
}

/**
 * A short, stable hex digest of a text (FNV-1a, 64 bits as two 32-bit lanes). Not cryptographic:
 * it names model versions so two trainings with different weights get different names, in Node and
 * in the browser alike (the engine has no crypto module).
 */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

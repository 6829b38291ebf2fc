import { createHash } from 'node:crypto';

/** Letters and digits only, lower case, accents dropped, single spaces. */
function simplify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A headline as compared for de-duplication: case, accents, punctuation and spacing ignored, and a trailing
 * " - Publisher" or " | Publisher" dropped when it names the article's publisher (aggregators append it).
 */
export function normalizeNewsTitle(title: string, publisher: string | null = null): string {
  const simple = simplify(title);
  const suffix = publisher === null ? '' : simplify(publisher);
  if (suffix !== '' && simple !== suffix && simple.endsWith(` ${suffix}`) && /\s[-–—|]\s*[^-–—|]+$/u.test(title)) {
    return simple.slice(0, simple.length - suffix.length - 1);
  }
  return simple;
}

/**
 * SHA-256 (hex) of {@link normalizeNewsTitle} and the UTC day of publication: one key per headline and day,
 * however it was spelled or decorated. The day keeps headlines that recur ("Stock market today: ...", the
 * simulator's templates) from being dropped as copies of an older story; the price is that copies published
 * either side of midnight UTC without a common link are stored twice.
 */
export function newsTitleHash(title: string, publishedAt: number, publisher: string | null = null): string {
  const day = new Date(publishedAt).toISOString().slice(0, 10);
  return createHash('sha256').update(`${day}\n${normalizeNewsTitle(title, publisher)}`).digest('hex');
}

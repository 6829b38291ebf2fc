import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newsTitleHash, normalizeNewsTitle } from './news-title-hash.js';

const MORNING = Date.UTC(2025, 5, 3, 8);
const EVENING = Date.UTC(2025, 5, 3, 22);

describe('normalizeNewsTitle and newsTitleHash', () => {
  it('ignores case, accents, punctuation, spacing and "&" versus "and"', () => {
    expect(normalizeNewsTitle('  Société Générale:  Q2 profit — UP 12%! ')).toBe('societe generale q2 profit up 12');
    expect(newsTitleHash('Apple & Google sign AI deal', MORNING)).toBe(newsTitleHash('APPLE AND GOOGLE SIGN AI DEAL.', EVENING));
    expect(newsTitleHash('x', MORNING)).toBe(createHash('sha256').update('2025-06-03\nx').digest('hex'));
  });

  it('keys a headline per UTC day, so one that recurs on another day is a new story', () => {
    expect(newsTitleHash('Stock market today: Dow rises', MORNING)).not.toBe(newsTitleHash('Stock market today: Dow rises', MORNING + 86_400_000));
  });

  it("drops a trailing ' - Publisher' only when it names the article's publisher", () => {
    expect(newsTitleHash('Apple beats estimates - Reuters', MORNING, 'Reuters')).toBe(newsTitleHash('Apple beats estimates', MORNING, 'Yahoo Finance'));
    expect(newsTitleHash('Apple beats estimates | Reuters', MORNING, 'reuters')).toBe(newsTitleHash('Apple beats estimates', MORNING));
    expect(normalizeNewsTitle('Apple beats estimates - Reuters', 'Bloomberg')).toBe('apple beats estimates reuters');
    expect(normalizeNewsTitle('Reuters', 'Reuters')).toBe('reuters');
    // A headline that merely ends in the publisher's name keeps it.
    expect(normalizeNewsTitle('Investors pile into Reuters', 'Reuters')).toBe('investors pile into reuters');
  });
});

/** Words a company's registered name ends with that headlines leave out. */
const SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'lp', 'l p', 'nv', 'n v', 'sa', 's a', 'ag', 'se', 'holdings', 'holding', 'group', 'the',
  'class a', 'class b', 'class c', 'adr', 'ads', 'usd', 'usdt', 'usdc', 'eur', 'gbp', 'jpy',
]);

function simple(word: string): string {
  return word.toLowerCase().replace(/[.,()]/g, ' ').replace(/\s+/g, ' ').trim();
}

function titleCase(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

/**
 * The forms a company's name takes in headlines: the registered name without suffixes such as "Inc.",
 * "Corporation", "Holdings", "Class A" or a quote currency ("Bitcoin USD" → "Bitcoin"), without a leading
 * "The", without ".com", and title-cased when written in capitals ("NVIDIA" → "Nvidia"). Forms shorter than
 * three characters are dropped: they would match too much.
 */
export function companyNameAliases(name: string): string[] {
  let words = name.replace(/,/g, ' ').split(/\s+/).filter((word) => word !== '');
  if (words.length > 0 && simple(words[0]) === 'the') words = words.slice(1);
  // Strips suffixes from the end, one or two words at a time ("Class A", "L P"), keeping at least one word.
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    for (const size of [2, 1]) {
      if (words.length > size && SUFFIXES.has(simple(words.slice(-size).join(' ')))) {
        words = words.slice(0, -size);
        changed = true;
        break;
      }
    }
  }
  const base = words.join(' ').replace(/[\s,]+$/, '');
  const forms = [base, base.replace(/\.com$/i, '')];
  for (const form of [...forms]) if (/\p{Lu}{3,}/u.test(form)) forms.push(titleCase(form));
  return [...new Set(forms.filter((form) => form.replace(/[^\p{L}\p{N}]/gu, '').length >= 3))];
}

/** Words too common to say what a passage is about. */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by can could
did do does doing down during each few for from further had has have having he her here hers him his how i if in into is it its
itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such
than that the their theirs them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself vs via per also did does may might must shall`.split(/\s+/),
);

/** Folds suffixes so that `earnings`/`earned`/`earning`, `prices`/`priced` and `rising`/`rise` meet. */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 3) return word;
  let stemmed = word;
  if (stemmed.endsWith('ies') && stemmed.length > 4) stemmed = `${stemmed.slice(0, -3)}y`;
  else if (stemmed.endsWith('sses')) stemmed = stemmed.slice(0, -2);
  else if (stemmed.endsWith('s') && !/(ss|us|is)$/.test(stemmed)) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('ing') && stemmed.length > 5) stemmed = stemmed.slice(0, -3);
  else if (stemmed.endsWith('ed') && stemmed.length > 4) stemmed = stemmed.slice(0, -2);
  if (stemmed.endsWith('ly') && stemmed.length > 5) stemmed = stemmed.slice(0, -2);
  // A doubled final consonant left by -ing/-ed (`stopped`) and a final e (`rise`/`ris`) are dropped alike.
  if (/([b-df-hj-np-tv-z])\1$/.test(stemmed) && !stemmed.endsWith('ss') && !stemmed.endsWith('ll')) stemmed = stemmed.slice(0, -1);
  if (stemmed.endsWith('e') && stemmed.length > 3) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/**
 * The content words of a text, lower-cased, accents removed, stop words dropped and stemmed, in
 * order. Numbers are kept (`27.4` stays one term), since questions about signals quote them.
 */
export function textTerms(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const words = folded.match(/\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu) ?? [];
  const terms: string[] = [];
  for (const word of words) {
    if (STOP_WORDS.has(word)) continue;
    if (word.length === 1 && !/\d/.test(word)) continue;
    terms.push(stem(word));
  }
  return terms;
}

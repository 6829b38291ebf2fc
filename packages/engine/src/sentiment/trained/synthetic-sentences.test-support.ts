import type { LabelledSentence } from './labelled-sentence.js';

// Invented sentences (no dataset text): the label follows from the words, so a working learner must
// reach near-perfect accuracy on them, while one that ignores its input stays near the majority share.
const COMPANIES = ['Acme', 'Borealis', 'Cobalt Oy', 'Dune Corp', 'Elmwood', 'Fjord Group', 'Granite AB', 'Harbor Inc', 'Ivory Ltd', 'Juniper'];
const GOOD = ['net sales rose {n} %', 'operating profit increased to EUR {n} mn', 'quarterly results beat expectations', 'the order book grew strongly', 'margins improved to {n} %'];
const BAD = ['net sales fell {n} %', 'it swung to an operating loss of EUR {n} mn', 'quarterly results missed expectations', 'it will lay off {n} workers', 'demand weakened sharply'];
const PLAIN = ['the annual meeting is held in Oslo on {n} May', 'the company has {n} employees', 'the shares are listed in Helsinki', 'the report is published in English', 'the office moved to a new address'];

function fill(template: string, company: string, n: number): string {
  return `${company}: ${template.replace('{n}', String(n))} .`;
}

/** `perLabel` invented sentences of each label, deterministic; `offset` picks other companies and numbers. */
export function syntheticSentences(perLabel: number, offset = 0): LabelledSentence[] {
  const sentences: LabelledSentence[] = [];
  for (let i = 0; i < perLabel; i++) {
    const company = COMPANIES[(i + offset) % COMPANIES.length];
    const n = 3 + ((i * 7 + offset * 13) % 90);
    sentences.push({ text: fill(GOOD[i % GOOD.length], company, n), label: 'positive' });
    sentences.push({ text: fill(BAD[i % BAD.length], company, n), label: 'negative' });
    sentences.push({ text: fill(PLAIN[i % PLAIN.length], company, n), label: 'neutral' });
  }
  return sentences;
}

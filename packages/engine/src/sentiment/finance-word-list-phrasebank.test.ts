import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataPath } from '../test-support/shared-data.test-support.js';
import { FinanceWordListScorer } from './finance-word-list-scorer.js';
import type { SentimentLabel } from './text-item.js';

const FOLDER = 'sentiment-financial-phrasebank';
const LABELS: readonly SentimentLabel[] = ['positive', 'negative', 'neutral'];

/** Accuracy and macro-averaged F1 of the scorer on a `sentence@label` file (read only; CC BY-NC-SA data stays outside the repo). */
function evaluate(file: string): { accuracy: number; macroF1: number; count: number } {
  const scorer = new FinanceWordListScorer();
  const confusion = new Map<string, number>();
  let count = 0;
  for (const line of readFileSync(sharedDataPath(FOLDER, file), 'utf8').split('\n')) {
    const at = line.lastIndexOf('@');
    if (at < 0) continue;
    const gold = line.slice(at + 1).trim();
    const predicted = scorer.score(line.slice(0, at)).label;
    confusion.set(`${gold}>${predicted}`, (confusion.get(`${gold}>${predicted}`) ?? 0) + 1);
    count++;
  }
  const cell = (gold: string, predicted: string) => confusion.get(`${gold}>${predicted}`) ?? 0;
  let correct = 0;
  let f1Sum = 0;
  for (const l of LABELS) {
    const tp = cell(l, l);
    const predictedAs = LABELS.reduce((sum, g) => sum + cell(g, l), 0);
    const actual = LABELS.reduce((sum, p) => sum + cell(l, p), 0);
    const precision = predictedAs > 0 ? tp / predictedAs : 0;
    const recall = actual > 0 ? tp / actual : 0;
    f1Sum += precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    correct += tp;
  }
  return { accuracy: correct / count, macroF1: f1Sum / LABELS.length, count };
}

// Measured on the train split in /work/shared/data (Malo et al. 2014, Financial PhraseBank v1.0):
//   50Agree  (3883 sentences): accuracy 0.8074, macro-F1 0.7839
//   AllAgree (1819 sentences): accuracy 0.9285, macro-F1 0.9152
// The word list was tuned while reading errors of the even-numbered lines only; the odd-numbered
// half, never inspected, scores accuracy 0.8054 / macro-F1 0.7786, so the figures are not an overfit.
// The floors sit just under the measurements so a lexicon edit that costs accuracy fails here.
describe.runIf(hasSharedData(FOLDER, 'Sentences_50Agree.train.txt'))('FinanceWordListScorer on Financial PhraseBank', () => {
  it('labels the 50 %-agreement sentences with accuracy >= 0.80 and macro-F1 >= 0.775 (majority class: 0.593)', () => {
    const result = evaluate('Sentences_50Agree.train.txt');
    expect(result.count).toBe(3883);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.775);
  });

  it.runIf(hasSharedData(FOLDER, 'Sentences_AllAgree.train.txt'))('labels the unanimous sentences with accuracy >= 0.92 and macro-F1 >= 0.91', () => {
    const result = evaluate('Sentences_AllAgree.train.txt');
    expect(result.count).toBe(1819);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.92);
    expect(result.macroF1).toBeGreaterThanOrEqual(0.91);
  });
});

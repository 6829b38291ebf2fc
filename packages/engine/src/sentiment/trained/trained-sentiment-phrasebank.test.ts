import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasSharedData, sharedDataPath } from '../../test-support/shared-data.test-support.js';
import { FinanceWordListScorer } from '../finance-word-list-scorer.js';
import { evaluateSentimentScorer } from './evaluate-sentiment-scorer.js';
import { parseLabelledSentencesCsv } from './parse-labelled-sentences-csv.js';
import { splitLabelledSentences } from './split-labelled-sentences.js';
import { trainSentimentModel } from './train-sentiment-model.js';

const FOLDER = 'sentiment-financial-phrasebank';

// Financial PhraseBank (CC BY-NC-SA 3.0) is read from /work/shared/data and nothing trained on it is
// written anywhere. fpb_train.csv is the 50 %-agreement training portion (3883 sentences); seed 1
// holds out 785 of them. Measured with this code: trained accuracy 0.829, macro-F1 0.804; the word
// list on the same 785: accuracy 0.801, macro-F1 0.778 (the word list was tuned by reading errors of
// half of these sentences, so its figure is not fully out of sample; see its own PhraseBank test).
describe.runIf(hasSharedData(FOLDER, 'fpb_train.csv'))('the trained sentiment model on Financial PhraseBank (50 % agreement)', () => {
  it('reaches accuracy >= 0.80 and macro-F1 >= 0.78 on the held-out 20 %, where the word list reaches >= 0.65', { timeout: 300_000 }, () => {
    // Read here, not while collecting: a skipped suite's body still runs, and without the data there is no file.
    const sentences = parseLabelledSentencesCsv(readFileSync(sharedDataPath(FOLDER, 'fpb_train.csv'), 'utf8'), 'fpb_train.csv');
    expect(sentences).toHaveLength(3883);
    const { model, validation } = trainSentimentModel(sentences, { validationFraction: 0.2, seed: 1 });
    const heldOut = splitLabelledSentences(sentences, 0.2, 1).validation;
    expect(validation?.count).toBe(heldOut.length);
    expect(model.training.rows).toBe(3883 - heldOut.length);
    expect(validation?.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(validation?.macroF1).toBeGreaterThanOrEqual(0.78);
    // Majority class (neutral) share, the floor any learner must clear.
    const majority = heldOut.filter((sentence) => sentence.label === 'neutral').length / heldOut.length;
    expect(majority).toBeLessThan(0.63);
    const wordList = evaluateSentimentScorer(new FinanceWordListScorer(), heldOut);
    expect(wordList.accuracy).toBeGreaterThanOrEqual(0.65);
    expect(validation?.accuracy).toBeGreaterThan(wordList.accuracy);
  });
});

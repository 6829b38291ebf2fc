import { DIRECTION_GROUPS, METRIC_GROUPS, MODIFIER_GROUPS, POLAR_GROUPS, type LexiconGroup } from '../finance-lexicon.js';
import { FinanceWordListScorer } from '../finance-word-list-scorer.js';
import { PhraseDictionary } from '../phrase-dictionary.js';
import { tokenizeText } from '../tokenize-text.js';
import { combineHashes, hashBucket, hashString } from './feature-hash.js';
import type { SentimentFeatureConfig } from './sentiment-feature-config.js';

/** Receives one feature: its index in the feature space and its value. */
export type FeatureVisitor = (index: number, value: number) => void;

/** A lexicon phrase as one token, with the hash of its cue kind ("polar+", "up"). */
interface LexiconToken {
  readonly hash: number;
  readonly cueHash: number;
  readonly negator: boolean;
}

const NEGATED = hashString('\u0000not');
const NUMBER = hashString('\u0000#');
const CLAUSE_EDGE = hashString('\u0000|');

function cueName(group: LexiconGroup): string {
  if (group.kind === 'polar' || group.kind === 'metric') return `${group.kind}${group.weight > 0 ? '+' : '-'}`;
  return group.kind;
}

/** Every finance-lexicon phrase, so "operating profit" or "beat expectations" is one token. */
function buildLexicon(): PhraseDictionary<LexiconToken> {
  const dictionary = new PhraseDictionary<LexiconToken>();
  for (const group of [...DIRECTION_GROUPS, ...METRIC_GROUPS, ...POLAR_GROUPS, ...MODIFIER_GROUPS]) {
    const cueHash = hashString(`\u0000cue:${cueName(group)}`);
    for (const phrase of group.phrases.split('|')) {
      dictionary.add(phrase, { hash: hashString(phrase), cueHash, negator: group.kind === 'negator' });
    }
  }
  return dictionary;
}

const LEXICON = buildLexicon();

/**
 * Turns a sentence into sparse features for a linear model. Tokens come from `tokenizeText`; finance
 * lexicon phrases are merged into single tokens; tokens shortly after a lexicon negator in the same
 * clause are marked negated ("not beat" differs from "beat"); numbers are one token. Each token and
 * each adjacent pair (not across clause ends) is hashed into 2^hashBits buckets with value 1, so
 * inference needs no vocabulary lookup. Optional dense features carry the finance word list's verdict.
 */
export class SentimentFeatureExtractor {
  private readonly wordList = new FinanceWordListScorer();
  private readonly denseStart: number;

  constructor(readonly config: SentimentFeatureConfig) {
    this.denseStart = 2 ** config.hashBits;
  }

  /** Calls `visit` for every feature of `text` (an index may repeat: values then add up). */
  extract(text: string, visit: FeatureVisitor): void {
    const { hashBits, negationScope, bigrams, lexiconCues } = this.config;
    const tokens = tokenizeText(text);
    const phrases = LEXICON.matchAll(tokens);
    let nextPhrase = 0;
    let previous = CLAUSE_EDGE;
    let negatedLeft = 0;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      let hash: number;
      let lexicon: LexiconToken | undefined;
      if (nextPhrase < phrases.length && phrases[nextPhrase].start === i) {
        lexicon = phrases[nextPhrase].entry;
        hash = lexicon.hash;
        i = phrases[nextPhrase].end - 1;
        nextPhrase++;
      } else if (token.kind === 'boundary') {
        if (bigrams && previous !== CLAUSE_EDGE) visit(hashBucket(combineHashes(previous, CLAUSE_EDGE), hashBits), 1);
        previous = CLAUSE_EDGE;
        negatedLeft = 0;
        continue;
      } else {
        hash = token.kind === 'number' ? NUMBER : hashString(token.text);
      }
      const negated = negatedLeft > 0;
      if (negated) {
        hash = combineHashes(NEGATED, hash);
        negatedLeft--;
      }
      visit(hashBucket(hash, hashBits), 1);
      if (bigrams) visit(hashBucket(combineHashes(previous, hash), hashBits), 1);
      previous = hash;
      if (lexicon !== undefined) {
        if (lexiconCues) visit(hashBucket(negated ? combineHashes(NEGATED, lexicon.cueHash) : lexicon.cueHash, hashBits), 1);
        if (lexicon.negator) negatedLeft = negationScope;
      }
    }
    if (bigrams && previous !== CLAUSE_EDGE) visit(hashBucket(combineHashes(previous, CLAUSE_EDGE), hashBits), 1);
    if (this.config.wordListScore) this.extractWordList(text, visit);
  }

  /** The word list's polarity and its positive/negative verdict: the lexicon's reading of moves and figures, which bag-of-words cannot do. */
  private extractWordList(text: string, visit: FeatureVisitor): void {
    const verdict = this.wordList.score(text);
    visit(this.denseStart, verdict.score);
    if (verdict.label === 'positive') visit(this.denseStart + 1, 1);
    else if (verdict.label === 'negative') visit(this.denseStart + 2, 1);
  }
}

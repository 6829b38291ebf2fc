import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FinanceWordListScorer, type SentimentScorer } from '@goldensignals/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredScorer, type SentimentScorerConfig } from './create-configured-scorer.js';
import { writeTinySentimentModel } from './tiny-sentiment-model.test-support.js';
import { TransformerSentimentScorer } from './transformer-sentiment-scorer.js';

const DEFAULTS: SentimentScorerConfig = {
  sentimentBackend: null,
  sentimentModelFile: null,
  sentimentModelDir: null,
  sentimentModelHubId: null,
  sentimentModelDtype: 'fp32',
  dataDir: './data',
};

/** The loader the lead wires is the engine's loadSentimentModel; this one stands in with the word list under another id. */
async function loadTrainedModel(path: string): Promise<SentimentScorer> {
  const wordList = new FinanceWordListScorer();
  return { id: `trained:${basename(path)}`, score: (text) => wordList.score(text) };
}

let root: string;
let modelFolder: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gs-configured-scorer-'));
  modelFolder = join(root, 'finbert-tiny');
  await writeTinySentimentModel(modelFolder);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function collectWarnings(): { warnings: string[]; onWarning: (message: string) => void } {
  const warnings: string[] = [];
  return { warnings, onWarning: (message) => warnings.push(message) };
}

describe('createConfiguredScorer', () => {
  it('uses the finance word list when nothing is configured', async () => {
    const { warnings, onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer(DEFAULTS, { onWarning, loadTrainedModel });
    expect(scorer.id).toBe('finance-word-list');
    expect((await scorer.scoreMany(['Operating profit rose sharply']))[0].label).toBe('positive');
    expect(warnings).toEqual([]);
  });

  it('uses the trained model when a model file is set and no backend is named', async () => {
    const { warnings, onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentModelFile: '/models/phrasebank.json' }, { onWarning, loadTrainedModel });
    expect(scorer.id).toBe('trained:phrasebank.json');
    expect(warnings).toEqual([]);
  });

  it('runs the transformer from SENTIMENT_MODEL_DIR', async () => {
    const { warnings, onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'transformer', sentimentModelDir: modelFolder }, { onWarning });
    try {
      expect(scorer).toBeInstanceOf(TransformerSentimentScorer);
      expect(scorer.id).toBe('transformer:finbert-tiny');
      expect((await scorer.scoreMany(['good', 'bad'])).map((score) => score.label)).toEqual(['positive', 'negative']);
      expect(warnings).toEqual([]);
    } finally {
      if (scorer instanceof TransformerSentimentScorer) await scorer.dispose();
    }
  });

  it('uses the word list the user named even when model settings are present', async () => {
    const { onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'word-list', sentimentModelFile: '/m.json', sentimentModelDir: modelFolder }, { onWarning, loadTrainedModel });
    expect(scorer.id).toBe('finance-word-list');
  });

  it('falls back to the word list, saying why, when the transformer folder is missing', async () => {
    const { warnings, onWarning } = collectWarnings();
    const missing = join(root, 'not-downloaded');
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'transformer', sentimentModelDir: missing }, { onWarning });
    expect(scorer.id).toBe('finance-word-list');
    expect(warnings).toEqual([`sentiment: the transformer backend is not available (sentiment model folder ${missing} does not exist); scoring with the finance word list instead`]);
  });

  it('falls back when the dtype asks for an ONNX file the folder does not have', async () => {
    const { warnings, onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'transformer', sentimentModelDir: modelFolder, sentimentModelDtype: 'q8' }, { onWarning });
    expect(scorer.id).toBe('finance-word-list');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('has no onnx/model_quantized.onnx, the ONNX file read for dtype q8; it has onnx/model.onnx, so set SENTIMENT_MODEL_DTYPE=fp32');
  });

  it('falls back when the transformer backend has no model to load', async () => {
    const { warnings, onWarning } = collectWarnings();
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'transformer' }, { onWarning });
    expect(scorer.id).toBe('finance-word-list');
    expect(warnings[0]).toContain('SENTIMENT_BACKEND=transformer needs SENTIMENT_MODEL_DIR (a local model folder) or SENTIMENT_MODEL_HUB_ID');
  });

  it('falls back when the trained model file does not load', async () => {
    const { warnings, onWarning } = collectWarnings();
    const failingLoader = async (path: string): Promise<SentimentScorer> => {
      throw new Error(`${path}: not a GoldenSignals sentiment model`);
    };
    const scorer = await createConfiguredScorer({ ...DEFAULTS, sentimentModelFile: '/models/broken.json' }, { onWarning, loadTrainedModel: failingLoader });
    expect(scorer.id).toBe('finance-word-list');
    expect(warnings).toEqual(['sentiment: the trained backend is not available (/models/broken.json: not a GoldenSignals sentiment model); scoring with the finance word list instead']);
  });

  it('falls back when the trained backend is named without a model file or without a loader', async () => {
    const { warnings, onWarning } = collectWarnings();
    expect((await createConfiguredScorer({ ...DEFAULTS, sentimentBackend: 'trained' }, { onWarning, loadTrainedModel })).id).toBe('finance-word-list');
    expect((await createConfiguredScorer({ ...DEFAULTS, sentimentModelFile: '/m.json' }, { onWarning })).id).toBe('finance-word-list');
    expect(warnings.map((warning) => warning.slice(warning.indexOf('('), warning.indexOf(')') + 1))).toEqual(['(SENTIMENT_BACKEND=trained needs SENTIMENT_MODEL_FILE)', '(this build cannot read trained sentiment models)']);
  });
});

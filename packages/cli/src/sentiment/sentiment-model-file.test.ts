import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainedSentimentScorer, trainSentimentModel, type LabelledSentence } from '@goldensignals/engine';
import { describe, expect, it } from 'vitest';
import { loadSentimentModel, saveSentimentModel } from './sentiment-model-file.js';

const sentences: LabelledSentence[] = [];
for (let i = 0; i < 12; i++) {
  sentences.push({ text: `Unit ${i}: sales rose ${i + 2} % .`, label: 'positive' });
  sentences.push({ text: `Unit ${i}: sales fell ${i + 2} % .`, label: 'negative' });
  sentences.push({ text: `Unit ${i}: the meeting is on ${i + 2} May .`, label: 'neutral' });
}
const { model } = trainSentimentModel(sentences, { validationFraction: 0, l2: 1e-3, trainedAt: new Date(0) });
const folder = mkdtempSync(join(tmpdir(), 'gs-model-file-'));

describe('sentiment model files', () => {
  it('saves and loads a model that scores exactly as before', async () => {
    const path = join(folder, 'model.json');
    await saveSentimentModel(path, model);
    const loaded = await loadSentimentModel(path);
    expect(loaded).toEqual(model);
    const before = new TrainedSentimentScorer(model);
    const after = new TrainedSentimentScorer(loaded);
    for (const text of ['Unit 40: sales rose 9 % .', 'Unit 41: sales fell 1 % .', 'Board changes .']) expect(after.score(text)).toEqual(before.score(text));
  });

  it('names a missing file, a directory and a file of another version', async () => {
    await expect(loadSentimentModel(join(folder, 'absent.json'))).rejects.toThrow(`${join(folder, 'absent.json')}: no such model file`);
    await expect(loadSentimentModel(folder)).rejects.toThrow(`${folder}: is a directory, not a model file`);
    const path = join(folder, 'old.json');
    await saveSentimentModel(path, model);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"version": 1', '"version": 0'));
    await expect(loadSentimentModel(path)).rejects.toThrow(`${path}: model format version 0 cannot be read by this GoldenSignals, which reads version 1`);
  });

  it('says when the model cannot be written', async () => {
    await expect(saveSentimentModel(join(folder, 'no-such-folder', 'model.json'), model)).rejects.toThrow(/^cannot write the model file .*model\.json: ENOENT$/);
  });
});

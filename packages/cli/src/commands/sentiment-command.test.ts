import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support.js';

// Invented sentences whose label follows from their words, written to a temporary CSV.
const GOOD = ['net sales rose {n} %', 'operating profit increased to EUR {n} mn', 'results beat expectations', 'margins improved to {n} %'];
const BAD = ['net sales fell {n} %', 'it swung to an operating loss of EUR {n} mn', 'results missed expectations', 'it will lay off {n} workers'];
const PLAIN = ['the annual meeting is held in Oslo on {n} May', 'the company has {n} employees', 'the shares are listed in Helsinki', 'the office moved'];
const COMPANIES = ['Acme', 'Borealis', 'Cobalt', 'Dune', 'Elmwood', 'Fjord', 'Granite'];

function labelledFile(perLabel: number, name = 'labelled.csv'): string {
  const lines = ['id,sentence,label'];
  for (let i = 0; i < perLabel; i++) {
    const n = 3 + ((i * 7) % 90);
    const row = (templates: string[], label: string) => {
      const sentence = `${COMPANIES[i % COMPANIES.length]}: ${templates[i % templates.length].replace('{n}', String(n))}, the company said .`;
      lines.push(`${lines.length},"${sentence}",${label}`);
    };
    row(GOOD, 'positive');
    row(BAD, 'negative');
    row(PLAIN, 'neutral');
  }
  const path = join(mkdtempSync(join(tmpdir(), 'gs-sentiment-')), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

interface EvalJson {
  count: number;
  accuracy: number;
  macroF1: number;
  confusion: number[][];
  labels: string[];
  microsecondsPerSentence: number;
  sentencesPerSecond: number;
  model: string | null;
}

describe('goldensignals sentiment', () => {
  it('trains a model to a file, reports validation figures, and evaluates with it as JSON', async () => {
    const data = labelledFile(60);
    const out = join(mkdtempSync(join(tmpdir(), 'gs-model-')), 'model.json');
    const train = await runCli('sentiment', 'train', data, '--out', out, '--validation', '0.25', '--seed', '3', '--hash-bits', '12');
    expect(train.error).toBeUndefined();
    expect(train.stderr).toContain('read 180 labelled sentences');
    expect(train.stdout).toMatch(/^saved .*model\.json: \d+ weighted features, trained on \d+ sentences/);
    expect(train.stdout).toMatch(/validation on \d+ held-out sentences:\nsentences  \d+\naccuracy   1\.000\nmacro-F1   1\.000/);
    expect(train.stdout).toContain('confusion matrix (rows = true label, columns = predicted)');
    const model = JSON.parse(readFileSync(out, 'utf8')) as object;
    expect(model).toMatchObject({ format: 'goldensignals-sentiment-model', version: 1, features: { hashBits: 12 }, training: { seed: 3, source: 'labelled.csv' } });

    const run = await runCli('sentiment', 'eval', labelledFile(20), '--model', out, '--json');
    expect(run.error).toBeUndefined();
    const result = JSON.parse(run.stdout) as EvalJson;
    expect(result).toMatchObject({ count: 60, accuracy: 1, macroF1: 1, model: out, labels: ['positive', 'negative', 'neutral'] });
    expect(result.confusion).toEqual([
      [20, 0, 0],
      [0, 20, 0],
      [0, 0, 20],
    ]);
    expect(result.microsecondsPerSentence).toBeGreaterThan(0);
    expect(result.sentencesPerSecond).toBe(Math.round(1e6 / result.microsecondsPerSentence));
  });

  it('evaluates the built-in word list without --model', async () => {
    const run = await runCli('sentiment', 'eval', labelledFile(10));
    expect(run.error).toBeUndefined();
    expect(run.stdout).toMatch(/^finance word list on .*labelled\.csv\nsentences  30\naccuracy   \d\.\d{3}\nmacro-F1   \d\.\d{3}/);
    expect(run.stdout).toMatch(/latency +\d+\.\d µs per sentence \([\d,]+ sentences\/s, one thread\)/);
  });

  it('names the file and line of a bad label, and a missing or damaged model file', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'gs-sentiment-')), 'bad.csv');
    writeFileSync(bad, 'sentence,label\nSales rose,positive\nSales fell,bearish\n');
    expect((await runCli('sentiment', 'eval', bad)).error?.message).toBe(`${bad} line 3: label "bearish" is not positive, negative or neutral`);
    const missing = join(tmpdir(), 'gs-no-such-model.json');
    expect((await runCli('sentiment', 'eval', labelledFile(2), '--model', missing)).error?.message).toBe(
      `${missing}: no such model file; train one with "goldensignals sentiment train <labelled.csv> --out ${missing}"`,
    );
    const damaged = join(mkdtempSync(join(tmpdir(), 'gs-model-')), 'damaged.json');
    writeFileSync(damaged, '{"format": "goldensignals-sentiment-model", "version": 1, "weights": [');
    expect((await runCli('sentiment', 'eval', labelledFile(2), '--model', damaged)).error?.message).toMatch(new RegExp(`^${damaged}: not valid JSON`));
  });

  it('rejects a validation share outside [0, 1) and impossible hash bits as usage errors', async () => {
    const run = await runCli('sentiment', 'train', labelledFile(2), '--out', join(tmpdir(), 'x.json'), '--validation', '1.5');
    expect(run.stderr).toContain('expected a share from 0 (no validation) to below 1, got "1.5"');
    expect((run.error as { exitCode?: number } | undefined)?.exitCode).toBe(2);
    const bits = await runCli('sentiment', 'train', labelledFile(2), '--out', join(tmpdir(), 'x.json'), '--hash-bits', '40');
    expect(bits.stderr).toContain('expected an integer from 8 to 24, got "40"');
    expect((bits.error as { exitCode?: number } | undefined)?.exitCode).toBe(2);
  });
});

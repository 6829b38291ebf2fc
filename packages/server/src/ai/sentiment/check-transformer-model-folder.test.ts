import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTransformerModelFolder } from './check-transformer-model-folder.js';
import { TransformerModelError } from './transformer-model-error.js';
import { writeTinySentimentModel } from './tiny-sentiment-model.test-support.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gs-model-folder-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('checkTransformerModelFolder', () => {
  it('returns the absolute path of a complete folder, even when given a relative one', async () => {
    const folder = join(root, 'complete');
    await writeTinySentimentModel(folder);
    expect(checkTransformerModelFolder(relative(process.cwd(), folder), 'fp32')).toBe(folder);
  });

  it('names a path that is a file', async () => {
    const file = join(root, 'model.onnx');
    await writeFile(file, '');
    expect(() => checkTransformerModelFolder(file, 'fp32')).toThrow(`sentiment model folder ${file} is a file, not a folder`);
  });

  it('names a missing config.json', async () => {
    const folder = join(root, 'no-config');
    await writeTinySentimentModel(folder);
    await unlink(join(folder, 'config.json'));
    expect(() => checkTransformerModelFolder(folder, 'fp32')).toThrow(`sentiment model folder ${folder} has no config.json (an export with optimum-cli writes config.json, tokenizer.json and tokenizer_config.json)`);
  });

  it('names the missing quantized file without suggesting a dtype when no ONNX file is there', async () => {
    const folder = join(root, 'no-onnx');
    await writeTinySentimentModel(folder, { onnxFiles: [] });
    expect(() => checkTransformerModelFolder(folder, 'q8')).toThrow(new TransformerModelError(`sentiment model folder ${folder} has no onnx/model_quantized.onnx, the ONNX file read for dtype q8`));
  });
});

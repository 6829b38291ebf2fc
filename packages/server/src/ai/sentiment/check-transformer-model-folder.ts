import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TRANSFORMER_ONNX_FILES, type TransformerDtype } from './sentiment-backend.js';
import { TransformerModelError } from './transformer-model-error.js';

/** Files transformers.js reads besides the ONNX graph; it fails on the first one missing with a less direct message. */
const REQUIRED_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;

/**
 * Checks that `folder` holds a transformers.js text-classification model for `dtype` and returns its
 * absolute path. The path must be absolute when handed to transformers.js: a relative one that looks
 * like a hub id ("models/finbert") would be looked up under its global `env.localModelPath` instead.
 */
export function checkTransformerModelFolder(folder: string, dtype: TransformerDtype): string {
  const absolute = resolve(folder);
  if (!existsSync(absolute)) throw new TransformerModelError(`sentiment model folder ${absolute} does not exist`);
  if (!statSync(absolute).isDirectory()) throw new TransformerModelError(`sentiment model folder ${absolute} is a file, not a folder`);
  for (const file of REQUIRED_FILES) {
    if (!existsSync(join(absolute, file))) {
      throw new TransformerModelError(`sentiment model folder ${absolute} has no ${file} (an export with optimum-cli writes config.json, tokenizer.json and tokenizer_config.json)`);
    }
  }
  const onnxFile = TRANSFORMER_ONNX_FILES[dtype];
  if (!existsSync(join(absolute, onnxFile))) {
    const other = dtype === 'fp32' ? 'q8' : 'fp32';
    const hint = existsSync(join(absolute, TRANSFORMER_ONNX_FILES[other])) ? `; it has ${TRANSFORMER_ONNX_FILES[other]}, so set SENTIMENT_MODEL_DTYPE=${other}` : '';
    throw new TransformerModelError(`sentiment model folder ${absolute} has no ${onnxFile}, the ONNX file read for dtype ${dtype}${hint}`);
  }
  return absolute;
}

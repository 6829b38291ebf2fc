import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64 } from '../sentiment/onnx-model-writer.test-support.js';

/** Token strings by id of the tiny sentence-embedding model (a BERT uncased WordPiece vocabulary). */
export const TINY_EMBEDDING_VOCABULARY = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', 'apple', 'earnings', 'beat', 'rsi', 'oversold', 'bitcoin', 'rally'] as const;

/** Dimensions of its token (and sentence) vectors. */
export const TINY_EMBEDDING_DIMENSIONS = 4;

/** The token vector of each vocabulary entry: fixed, distinct numbers. */
export function tinyTokenVector(tokenId: number): number[] {
  return Array.from({ length: TINY_EMBEDDING_DIMENSIONS }, (_, j) => Math.sin(tokenId * 7 + j * 3));
}

/**
 * Writes a sentence-embedding model folder as optimum exports one: config.json, tokenizer.json,
 * tokenizer_config.json and onnx/model.onnx, whose graph looks each token's vector up (`last_hidden_state`);
 * pooling and normalisation are left to the caller, as with a real sentence-transformers export.
 */
export async function writeTinyEmbeddingModel(folder: string): Promise<void> {
  await mkdir(join(folder, 'onnx'), { recursive: true });
  const vocabulary = TINY_EMBEDDING_VOCABULARY;
  const sequence = ['batch', 'sequence'];
  const graph = encodeOnnxModel({
    opset: 13,
    inputs: [
      { name: 'input_ids', elementType: ONNX_INT64, shape: sequence },
      { name: 'attention_mask', elementType: ONNX_INT64, shape: sequence },
    ],
    outputs: [{ name: 'last_hidden_state', elementType: ONNX_FLOAT, shape: ['batch', 'sequence', TINY_EMBEDDING_DIMENSIONS] }],
    initializers: [{ name: 'embeddings', elementType: ONNX_FLOAT, dims: [vocabulary.length, TINY_EMBEDDING_DIMENSIONS], values: vocabulary.flatMap((_, id) => tinyTokenVector(id)) }],
    nodes: [{ opType: 'Gather', inputs: ['embeddings', 'input_ids'], outputs: ['last_hidden_state'] }],
  });
  const special = (content: string) => ({ id: vocabulary.indexOf(content as (typeof vocabulary)[number]), content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]'].map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [],
      special_tokens: { '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] }, '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] } },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(vocabulary.map((token, id) => [token, id])) },
  };
  await writeFile(join(folder, 'onnx', 'model.onnx'), graph);
  await writeFile(join(folder, 'config.json'), JSON.stringify({ model_type: 'bert', hidden_size: TINY_EMBEDDING_DIMENSIONS, vocab_size: vocabulary.length }));
  await writeFile(join(folder, 'tokenizer.json'), JSON.stringify(tokenizer));
  await writeFile(
    join(folder, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 64, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]' }),
  );
}

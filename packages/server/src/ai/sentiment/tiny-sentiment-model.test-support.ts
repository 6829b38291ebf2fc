import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64, type OnnxModel } from './onnx-model-writer.test-support.js';

/**
 * A FinBERT-shaped text classifier small enough to read: a BERT WordPiece tokenizer over a 20-word
 * vocabulary, and a graph that averages the token embeddings under the attention mask and projects
 * the average to three logits. Labels follow FinBERT's order: 0 positive, 1 negative, 2 neutral.
 */

/** Token strings by id; `##` marks a word continuation, as in BERT vocabularies. */
export const TINY_VOCABULARY = [
  '[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]',
  'good', 'bad', 'the', 'results', 'were', 'profit', 'loss', '##s', 'grow', '##ing', '.', 'company', 'strong', 'weak', 'steady',
] as const;

/** Embedding of each token: (upbeat, downbeat, plain, emphasis). */
export const TINY_EMBEDDINGS: Readonly<Record<(typeof TINY_VOCABULARY)[number], readonly [number, number, number, number]>> = {
  '[PAD]': [0, 0, 0, 0],
  '[UNK]': [0, 0, 1, 0],
  '[CLS]': [0, 0, 0.5, 0],
  '[SEP]': [0, 0, 0.5, 0],
  '[MASK]': [0, 0, 0, 0],
  good: [2, 0, 0, 0.5],
  bad: [0, 2, 0, 0.5],
  the: [0, 0, 1, 0],
  results: [0, 0, 1, 0],
  were: [0, 0, 1, 0],
  profit: [1, 0, 0.5, 0],
  loss: [0, 1, 0.5, 0],
  '##s': [0, 0, 0, 0],
  grow: [1.5, 0, 0, 0],
  '##ing': [0, 0, 0, 0.5],
  '.': [0, 0, 0.5, 0],
  company: [0, 0, 1, 0],
  strong: [3, 0, 0, 1],
  weak: [0, 3, 0, 1],
  steady: [0, 0, 2, 0],
};

/** Classifier weights [4 features][3 logits: positive, negative, neutral]. */
export const TINY_CLASSIFIER_WEIGHTS: readonly (readonly [number, number, number])[] = [
  [3, -1, 0],
  [-1, 3, 0],
  [0, 0, 2],
  [0.5, 0.5, -1],
];

/** Classifier bias [positive, negative, neutral]. */
export const TINY_CLASSIFIER_BIAS: readonly [number, number, number] = [0, 0, 0.2];

/** The labels FinBERT's config.json declares, in its order. */
export const FINBERT_ID2LABEL: Readonly<Record<string, string>> = { 0: 'positive', 1: 'negative', 2: 'neutral' };

/** What to write; by default the full-precision graph only, with FinBERT's labels. */
export interface TinySentimentModelOptions {
  /** `id2label` of config.json. */
  readonly id2label?: Readonly<Record<string, string>>;
  /** Which files under `onnx/` get the graph (`model.onnx`, `model_quantized.onnx`). */
  readonly onnxFiles?: readonly string[];
  /** Added to the bias of `model_quantized.onnx`, so a test can tell which file ran. */
  readonly quantizedBiasShift?: readonly [number, number, number];
}

function graph(bias: readonly [number, number, number]): OnnxModel {
  const vocabularySize = TINY_VOCABULARY.length;
  const sequence = ['batch', 'sequence'];
  return {
    opset: 13,
    inputs: [
      { name: 'input_ids', elementType: ONNX_INT64, shape: sequence },
      { name: 'attention_mask', elementType: ONNX_INT64, shape: sequence },
      // Fed by transformers.js for BERT models; the tiny graph ignores it, as a BERT with one segment embedding adds a constant.
      { name: 'token_type_ids', elementType: ONNX_INT64, shape: sequence },
    ],
    outputs: [{ name: 'logits', elementType: ONNX_FLOAT, shape: ['batch', 3] }],
    initializers: [
      { name: 'embeddings', elementType: ONNX_FLOAT, dims: [vocabularySize, 4], values: TINY_VOCABULARY.flatMap((token) => [...TINY_EMBEDDINGS[token]]) },
      { name: 'classifier_weight', elementType: ONNX_FLOAT, dims: [4, 3], values: TINY_CLASSIFIER_WEIGHTS.flat() },
      { name: 'classifier_bias', elementType: ONNX_FLOAT, dims: [3], values: [...bias] },
      { name: 'sequence_axis', elementType: ONNX_INT64, dims: [1], values: [1] },
      { name: 'feature_axis', elementType: ONNX_INT64, dims: [1], values: [2] },
    ],
    nodes: [
      { opType: 'Gather', inputs: ['embeddings', 'input_ids'], outputs: ['token_vectors'] },
      { opType: 'Cast', inputs: ['attention_mask'], outputs: ['mask'], intAttributes: { to: ONNX_FLOAT } },
      { opType: 'Unsqueeze', inputs: ['mask', 'feature_axis'], outputs: ['mask_column'] },
      { opType: 'Mul', inputs: ['token_vectors', 'mask_column'], outputs: ['masked_vectors'] },
      { opType: 'ReduceSum', inputs: ['masked_vectors', 'sequence_axis'], outputs: ['vector_sum'], intAttributes: { keepdims: 0 } },
      { opType: 'ReduceSum', inputs: ['mask_column', 'sequence_axis'], outputs: ['token_count'], intAttributes: { keepdims: 0 } },
      { opType: 'Div', inputs: ['vector_sum', 'token_count'], outputs: ['mean_vector'] },
      { opType: 'MatMul', inputs: ['mean_vector', 'classifier_weight'], outputs: ['projected'] },
      { opType: 'Add', inputs: ['projected', 'classifier_bias'], outputs: ['logits'] },
    ],
  };
}

function special(id: number, content: string): Record<string, unknown> {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

/** tokenizer.json of a BERT uncased WordPiece tokenizer over the tiny vocabulary. */
function tokenizerJson(): Record<string, unknown> {
  const id = (token: string) => TINY_VOCABULARY.indexOf(token as (typeof TINY_VOCABULARY)[number]);
  const segment = (typeId: number) => [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: typeId } }];
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].map((token) => special(id(token), token)),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: segment(0),
      pair: [...segment(0), { Sequence: { id: 'B', type_id: 1 } }, { SpecialToken: { id: '[SEP]', type_id: 1 } }],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((token) => [token, { id: token, ids: [id(token)], tokens: [token] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: Object.fromEntries(TINY_VOCABULARY.map((token, index) => [token, index])) },
  };
}

/** Writes config.json, tokenizer.json, tokenizer_config.json and the ONNX graph(s) into `folder`. */
export async function writeTinySentimentModel(folder: string, options: TinySentimentModelOptions = {}): Promise<void> {
  const id2label = options.id2label ?? FINBERT_ID2LABEL;
  await mkdir(join(folder, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertForSequenceClassification'],
    id2label,
    label2id: Object.fromEntries(Object.entries(id2label).map(([index, label]) => [label, Number(index)])),
    vocab_size: TINY_VOCABULARY.length,
    hidden_size: 4,
    max_position_embeddings: 64,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: 64,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
  };
  await writeFile(join(folder, 'config.json'), JSON.stringify(config, null, 2));
  await writeFile(join(folder, 'tokenizer.json'), JSON.stringify(tokenizerJson()));
  await writeFile(join(folder, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2));
  const shift = options.quantizedBiasShift ?? [0, 0, 0];
  for (const file of options.onnxFiles ?? ['model.onnx']) {
    const bias = file === 'model_quantized.onnx' ? TINY_CLASSIFIER_BIAS.map((value, index) => value + shift[index]) : TINY_CLASSIFIER_BIAS;
    await writeFile(join(folder, 'onnx', file), encodeOnnxModel(graph([bias[0], bias[1], bias[2]])));
  }
}


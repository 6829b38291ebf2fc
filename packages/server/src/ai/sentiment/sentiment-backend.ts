/** Sentiment backends the server can run; the finance word list is always available. */
export const SENTIMENT_BACKENDS = ['transformer', 'trained', 'word-list'] as const;

/** `transformer`: a local FinBERT-style ONNX model; `trained`: a model file trained by GoldenSignals; `word-list`: the finance word list. */
export type SentimentBackend = (typeof SENTIMENT_BACKENDS)[number];

/** Precisions of a transformer model folder: `fp32` reads `onnx/model.onnx`, `q8` reads `onnx/model_quantized.onnx`. */
export const TRANSFORMER_DTYPES = ['fp32', 'q8'] as const;

/** Precision of the transformer's ONNX weights. */
export type TransformerDtype = (typeof TRANSFORMER_DTYPES)[number];

/** The ONNX file, under the model folder, that transformers.js loads for each precision. */
export const TRANSFORMER_ONNX_FILES: Readonly<Record<TransformerDtype, string>> = {
  fp32: 'onnx/model.onnx',
  q8: 'onnx/model_quantized.onnx',
};

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The vectors of an embeddings answer (`{data: [{embedding, index}], model, usage}`), in input order.
 * `fail(problem)` builds the error for an answer of the wrong shape or count, or with vectors of
 * differing lengths or non-finite numbers. Base64 embeddings are not read (we never ask for them).
 */
export function readEmbeddings(body: unknown, inputCount: number, fail: (problem: string) => Error): Float32Array[] {
  if (!isObject(body) || !Array.isArray(body.data)) throw fail('the answer has no data array');
  const data: readonly unknown[] = body.data;
  if (data.length !== inputCount) throw fail(`the answer holds ${data.length} embeddings for ${inputCount} inputs`);
  const vectors = new Array<Float32Array | undefined>(inputCount).fill(undefined);
  data.forEach((item, position) => {
    if (!isObject(item) || !Array.isArray(item.embedding)) throw fail(`data[${position}].embedding is not an array of numbers`);
    // Servers list data in input order; `index` says so explicitly when present.
    const index = item.index === undefined ? position : item.index;
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= inputCount) throw fail(`data[${position}].index is ${JSON.stringify(index)}, expected 0..${inputCount - 1}`);
    if (vectors[index] !== undefined) throw fail(`data[${position}].index ${index} appears twice`);
    const embedding: readonly unknown[] = item.embedding;
    if (embedding.length === 0) throw fail(`data[${position}].embedding is empty`);
    const vector = new Float32Array(embedding.length);
    for (let component = 0; component < embedding.length; component += 1) {
      const value = embedding[component];
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail(`data[${position}].embedding[${component}] is ${JSON.stringify(value)}, expected a finite number`);
      vector[component] = value;
    }
    vectors[index] = vector;
  });
  const result = vectors.filter((vector): vector is Float32Array => vector !== undefined);
  const dimensions = result[0]?.length;
  const odd = result.findIndex((vector) => vector.length !== dimensions);
  if (odd !== -1) throw fail(`the embedding of input ${odd} has ${result[odd].length} dimensions, the first has ${dimensions}`);
  return result;
}

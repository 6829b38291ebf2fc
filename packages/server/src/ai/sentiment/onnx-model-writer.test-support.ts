/**
 * Writes ONNX models without the onnx Python package: a ModelProto is a small protobuf message, and the
 * few fields a test graph needs are encoded here by hand (field numbers from onnx/onnx.proto). No weights
 * can be downloaded in tests, so a test builds its own tiny model and runs the real loading code on it.
 */

/** ONNX TensorProto.DataType values used by the tests. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;

/** A graph input or output: name, element type and shape (a string is a symbolic dimension such as "batch"). */
export interface OnnxValue {
  readonly name: string;
  readonly elementType: number;
  readonly shape: readonly (number | string)[];
}

/** A constant tensor stored in the graph (weights, axes). */
export type OnnxInitializer =
  | { readonly name: string; readonly elementType: typeof ONNX_FLOAT; readonly dims: readonly number[]; readonly values: readonly number[] }
  | { readonly name: string; readonly elementType: typeof ONNX_INT64; readonly dims: readonly number[]; readonly values: readonly number[] };

/** An integer attribute (`to`, `keepdims`, `axis`); the only kind the test graphs use. */
export interface OnnxNode {
  readonly opType: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly intAttributes?: Readonly<Record<string, number>>;
}

/** A whole model: one graph in the default domain at one opset. */
export interface OnnxModel {
  readonly opset: number;
  readonly inputs: readonly OnnxValue[];
  readonly outputs: readonly OnnxValue[];
  readonly initializers: readonly OnnxInitializer[];
  readonly nodes: readonly OnnxNode[];
}

const VARINT = 0;
const LENGTH_DELIMITED = 2;
/** IR version 7 is the one that introduced opset 13; onnxruntime reads every IR version up to its own. */
const IR_VERSION = 7;

/** Appends protobuf fields to a byte list. */
class ProtoWriter {
  private readonly bytes: number[] = [];

  varint(field: number, value: number): this {
    this.tag(field, VARINT);
    this.rawVarint(BigInt(value));
    return this;
  }

  string(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  message(field: number, message: ProtoWriter): this {
    return this.bytesField(field, message.finish());
  }

  /** A packed repeated int64 field. */
  packedInt64(field: number, values: readonly number[]): this {
    const inner = new ProtoWriter();
    for (const value of values) inner.rawVarint(BigInt(value));
    return this.bytesField(field, inner.finish());
  }

  bytesField(field: number, value: Uint8Array): this {
    this.tag(field, LENGTH_DELIMITED);
    this.rawVarint(BigInt(value.length));
    for (const byte of value) this.bytes.push(byte);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }

  private tag(field: number, wireType: number): void {
    this.rawVarint(BigInt((field << 3) | wireType));
  }

  private rawVarint(value: bigint): void {
    // Negative int64 values are sent as their 64-bit two's complement (ten bytes).
    let rest = BigInt.asUintN(64, value);
    do {
      const low = Number(rest & 0x7fn);
      rest >>= 7n;
      this.bytes.push(rest > 0n ? low | 0x80 : low);
    } while (rest > 0n);
  }
}

function valueInfo(value: OnnxValue): ProtoWriter {
  const shape = new ProtoWriter();
  for (const dimension of value.shape) {
    shape.message(1, typeof dimension === 'number' ? new ProtoWriter().varint(1, dimension) : new ProtoWriter().string(2, dimension));
  }
  const tensorType = new ProtoWriter().varint(1, value.elementType).message(2, shape);
  return new ProtoWriter().string(1, value.name).message(2, new ProtoWriter().message(1, tensorType));
}

function tensor(initializer: OnnxInitializer): ProtoWriter {
  const expected = initializer.dims.reduce((product, dimension) => product * dimension, 1);
  if (expected !== initializer.values.length) throw new Error(`initializer ${initializer.name}: dims hold ${expected} values, got ${initializer.values.length}`);
  const writer = new ProtoWriter().packedInt64(1, initializer.dims).varint(2, initializer.elementType).string(8, initializer.name);
  // raw_data is little-endian, as the ONNX spec requires.
  const raw = new DataView(new ArrayBuffer(initializer.values.length * (initializer.elementType === ONNX_FLOAT ? 4 : 8)));
  initializer.values.forEach((value, index) => {
    if (initializer.elementType === ONNX_FLOAT) raw.setFloat32(index * 4, value, true);
    else raw.setBigInt64(index * 8, BigInt(value), true);
  });
  return writer.bytesField(9, new Uint8Array(raw.buffer));
}

function node(spec: OnnxNode, index: number): ProtoWriter {
  const writer = new ProtoWriter();
  for (const input of spec.inputs) writer.string(1, input);
  for (const output of spec.outputs) writer.string(2, output);
  writer.string(3, `${spec.opType}_${index}`).string(4, spec.opType);
  const INT_ATTRIBUTE = 2;
  for (const [name, value] of Object.entries(spec.intAttributes ?? {})) writer.message(5, new ProtoWriter().string(1, name).varint(3, value).varint(20, INT_ATTRIBUTE));
  return writer;
}

/** Encodes a model as the bytes of an `.onnx` file. */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const graph = new ProtoWriter();
  model.nodes.forEach((spec, index) => graph.message(1, node(spec, index)));
  graph.string(2, 'test-graph');
  for (const initializer of model.initializers) graph.message(5, tensor(initializer));
  for (const input of model.inputs) graph.message(11, valueInfo(input));
  for (const output of model.outputs) graph.message(12, valueInfo(output));
  return new ProtoWriter()
    .varint(1, IR_VERSION)
    .string(2, 'goldensignals-tests')
    .message(7, graph)
    .message(8, new ProtoWriter().string(1, '').varint(2, model.opset))
    .finish();
}

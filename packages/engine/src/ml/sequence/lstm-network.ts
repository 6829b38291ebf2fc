import { sigmoid } from './platt-calibration.js';

/** Weights of a one-layer LSTM followed by a one-unit dense output, in tfjs layout (gate order i, f, c, o). */
export interface LstmWeights {
  readonly inputSize: number;
  readonly units: number;
  /** [inputSize, 4 * units], row-major. */
  readonly kernel: Float64Array;
  /** [units, 4 * units], row-major. */
  readonly recurrentKernel: Float64Array;
  /** [4 * units]. */
  readonly bias: Float64Array;
  /** [units]. */
  readonly outputKernel: Float64Array;
  readonly outputBias: number;
}

/** Checks every weight array has the length its shape needs; names the first that does not. */
export function checkLstmWeights(weights: LstmWeights): void {
  const { inputSize, units } = weights;
  if (!Number.isInteger(inputSize) || inputSize < 1) throw new RangeError(`inputSize must be an integer >= 1, got ${inputSize}`);
  if (!Number.isInteger(units) || units < 1) throw new RangeError(`units must be an integer >= 1, got ${units}`);
  const expected: [string, ArrayLike<number>, number][] = [
    ['kernel', weights.kernel, inputSize * 4 * units],
    ['recurrentKernel', weights.recurrentKernel, units * 4 * units],
    ['bias', weights.bias, 4 * units],
    ['outputKernel', weights.outputKernel, units],
  ];
  for (const [name, values, length] of expected) {
    if (values.length !== length) throw new RangeError(`${name} has ${values.length} values; ${inputSize} inputs and ${units} units need ${length}`);
  }
}

/**
 * The forward pass in plain JavaScript (double precision). Prediction runs here instead of in tfjs: it is synchronous,
 * about ten times faster than tfjs ops for one sequence, and holds no tensors, so a replaced model cannot leak
 * backend memory (the DirectionModel contract has no dispose). lstm-network.test.ts checks it matches tfjs.
 */
export class LstmNetwork {
  private readonly hidden: Float64Array;
  private readonly cell: Float64Array;
  private readonly gates: Float64Array;

  constructor(readonly weights: LstmWeights) {
    checkLstmWeights(weights);
    this.hidden = new Float64Array(weights.units);
    this.cell = new Float64Array(weights.units);
    this.gates = new Float64Array(4 * weights.units);
  }

  /** Raw output logit for `steps` input vectors stored back to back in `inputs` from `offset` (oldest first). */
  logit(inputs: Float64Array | Float32Array, steps: number, offset = 0): number {
    const { inputSize, units, kernel, recurrentKernel, bias, outputKernel, outputBias } = this.weights;
    const width = 4 * units;
    const { hidden, cell, gates } = this;
    hidden.fill(0);
    cell.fill(0);
    for (let step = 0; step < steps; step += 1) {
      gates.set(bias);
      const inputOffset = offset + step * inputSize;
      for (let input = 0; input < inputSize; input += 1) {
        const value = inputs[inputOffset + input];
        const row = input * width;
        for (let gate = 0; gate < width; gate += 1) gates[gate] += value * kernel[row + gate];
      }
      for (let unit = 0; unit < units; unit += 1) {
        const value = hidden[unit];
        const row = unit * width;
        for (let gate = 0; gate < width; gate += 1) gates[gate] += value * recurrentKernel[row + gate];
      }
      for (let unit = 0; unit < units; unit += 1) {
        const inputGate = sigmoid(gates[unit]);
        const forgetGate = sigmoid(gates[units + unit]);
        const candidate = Math.tanh(gates[2 * units + unit]);
        const outputGate = sigmoid(gates[3 * units + unit]);
        cell[unit] = forgetGate * cell[unit] + inputGate * candidate;
        hidden[unit] = outputGate * Math.tanh(cell[unit]);
      }
    }
    let output = outputBias;
    for (let unit = 0; unit < units; unit += 1) output += hidden[unit] * outputKernel[unit];
    return output;
  }
}

import * as tf from '@tensorflow/tfjs';
import type { LstmWeights } from './lstm-network.js';

const GATES = 4;

/** A variable holding the tensor `initial` makes; tidy frees that tensor (tidy never frees variables). */
function variable(initial: () => tf.Tensor): tf.Variable {
  return tf.tidy(() => tf.variable(initial()));
}

/** Splits a row-major [rows, 4 * units] matrix into the four per-gate [rows, units] matrices (order i, f, c, o). */
function splitGates(values: ArrayLike<number>, rows: number, units: number): Float32Array[] {
  return Array.from({ length: GATES }, (_, gate) => {
    const part = new Float32Array(rows * units);
    for (let row = 0; row < rows; row += 1) {
      for (let unit = 0; unit < units; unit += 1) part[row * units + unit] = values[row * GATES * units + gate * units + unit];
    }
    return part;
  });
}

/** Joins four per-gate [rows, units] matrices into one row-major [rows, 4 * units] matrix (the tfjs layout). */
function joinGates(parts: readonly ArrayLike<number>[], rows: number, units: number): Float64Array {
  const joined = new Float64Array(rows * GATES * units);
  parts.forEach((part, gate) => {
    for (let row = 0; row < rows; row += 1) {
      for (let unit = 0; unit < units; unit += 1) joined[row * GATES * units + gate * units + unit] = part[row * units + unit];
    }
  });
  return joined;
}

/**
 * The trainable LSTM as tfjs variables, one matrix per gate. tf.layers.lstm splits a [batch, 4 * units] tensor per
 * step, and the CPU backend copies such non-contiguous slices element by element; separate gate matrices avoid
 * every slice and make a training step about a third faster. Initialisation follows Keras (Glorot-uniform kernel,
 * orthogonal recurrent kernel, forget-gate bias 1), drawn for the joined shapes so the scales match tf.layers.lstm.
 */
export class LstmVariables {
  private constructor(
    readonly inputSize: number,
    readonly units: number,
    private readonly kernels: tf.Variable[],
    private readonly recurrentKernels: tf.Variable[],
    private readonly biases: tf.Variable[],
    private readonly outputKernel: tf.Variable,
    private readonly outputBias: tf.Variable,
  ) {}

  /** Seeded initial weights; the same seed always gives the same values. */
  static create(inputSize: number, units: number, seed: number): LstmVariables {
    const draw = (tensor: tf.Tensor): Float32Array => {
      const values = Float32Array.from(tensor.dataSync());
      tensor.dispose();
      return values;
    };
    const kernel = splitGates(draw(tf.initializers.glorotUniform({ seed }).apply([inputSize, GATES * units])), inputSize, units);
    const recurrent = splitGates(draw(tf.initializers.orthogonal({ seed: seed + 1 }).apply([units, GATES * units])), units, units);
    const outputKernel = draw(tf.initializers.glorotUniform({ seed: seed + 2 }).apply([units, 1]));
    const forgetGate = 1;
    return new LstmVariables(
      inputSize,
      units,
      kernel.map((values) => variable(() => tf.tensor2d(values, [inputSize, units]))),
      recurrent.map((values) => variable(() => tf.tensor2d(values, [units, units]))),
      Array.from({ length: GATES }, (_, gate) => variable(() => tf.fill([units], gate === forgetGate ? 1 : 0))),
      variable(() => tf.tensor2d(outputKernel, [units, 1])),
      variable(() => tf.zeros([1])),
    );
  }

  /** Every trainable variable (for the optimiser). */
  get variables(): tf.Variable[] {
    return [...this.kernels, ...this.recurrentKernels, ...this.biases, this.outputKernel, this.outputBias];
  }

  /** Logits [batch, 1] for time-major inputs [steps * batch, inputSize] (all of step 0 first). Call inside a tidy or minimize. */
  logits(inputs: tf.Tensor2D, steps: number, batch: number): tf.Tensor {
    const projected = this.kernels.map((kernel, gate) =>
      tf.unstack(tf.reshape(tf.add(tf.matMul(inputs, kernel), this.biases[gate]), [steps, batch, this.units]), 0),
    );
    let hidden: tf.Tensor = tf.zeros([batch, this.units]);
    let cell: tf.Tensor = tf.zeros([batch, this.units]);
    for (let step = 0; step < steps; step += 1) {
      const gate = (index: number): tf.Tensor => tf.add(projected[index][step], tf.matMul(hidden, this.recurrentKernels[index]));
      const inputGate = tf.sigmoid(gate(0));
      const forgetGate = tf.sigmoid(gate(1));
      const candidate = tf.tanh(gate(2));
      const outputGate = tf.sigmoid(gate(3));
      cell = tf.add(tf.mul(forgetGate, cell), tf.mul(inputGate, candidate));
      hidden = tf.mul(outputGate, tf.tanh(cell));
    }
    return tf.add(tf.matMul(hidden, this.outputKernel), this.outputBias);
  }

  /** Current values in the tfjs layer layout the plain-JavaScript network reads. */
  toWeights(): LstmWeights {
    const { inputSize, units } = this;
    return {
      inputSize,
      units,
      kernel: joinGates(this.kernels.map((variable) => variable.dataSync()), inputSize, units),
      recurrentKernel: joinGates(this.recurrentKernels.map((variable) => variable.dataSync()), units, units),
      bias: joinGates(this.biases.map((variable) => variable.dataSync()), 1, units),
      outputKernel: Float64Array.from(this.outputKernel.dataSync()),
      outputBias: this.outputBias.dataSync()[0],
    };
  }

  dispose(): void {
    tf.dispose(this.variables);
  }
}

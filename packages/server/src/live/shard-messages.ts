import type { Signal, SignalEngineOptions, Timeframe } from '@goldensignals/engine';

/** Engine options that can cross a thread boundary (no registry, tracker or clock objects). */
export type LiveEngineOptions = Omit<SignalEngineOptions, 'registry' | 'tracker' | 'now'>;

/**
 * Bars for the symbols a shard owns: `ids` are the shard's symbol ids (names sent once, in
 * `names`, when a symbol first appears), `bars` the field-major packed bars (see packBars).
 */
export interface ShardBarsMessage {
  readonly kind: 'push' | 'update';
  readonly sequence: number;
  readonly timeframe: Timeframe;
  readonly names: readonly (readonly [number, string])[];
  readonly ids: Int32Array<ArrayBuffer>;
  readonly bars: Float64Array<ArrayBuffer>;
}

/** A bar the shard's engine refused (e.g. not after the symbol's previous bar), and why. */
export interface RejectedBar {
  readonly symbol: string;
  readonly reason: string;
}

/** What a shard answers: for `update`, the signals of the accepted bars, in message order. */
export interface ShardReply {
  readonly sequence: number;
  readonly rejected: readonly RejectedBar[];
  readonly signals: readonly Signal[];
}

import type { BarHistory } from '../../../series/bar-history.js';
import type { FeatureProgramBuilder } from './feature-program-builder.js';
import type { ProgramNode } from './program-node.js';
import { COUNT, ringAt } from './program-state.js';
import { seriesNode, seriesRing } from './series-op.js';

/** The series rings behind a {@link StateBarHistory}, requested from a program builder. */
export interface BarHistoryNodes {
  readonly capacity: number;
  readonly time: ProgramNode;
  readonly open: ProgramNode;
  readonly high: ProgramNode;
  readonly low: ProgramNode;
  readonly close: ProgramNode;
  readonly volume: ProgramNode;
}

/** Asks the builder for the last `capacity` values of every bar field (shared with the features' own rings). */
export function barHistoryNodes(builder: FeatureProgramBuilder, capacity: number): BarHistoryNodes {
  return {
    capacity,
    time: seriesNode(builder, 'time', capacity),
    open: seriesNode(builder, 'open', capacity),
    high: seriesNode(builder, 'high', capacity),
    low: seriesNode(builder, 'low', capacity),
    close: seriesNode(builder, 'close', capacity),
    volume: seriesNode(builder, 'volume', capacity),
  };
}

/**
 * The last `capacity` bars of a symbol, read from its feature-program state: the series rings the
 * features keep anyway, so bars are stored once and pushing a bar touches no other object. Behaves
 * like RollingBarHistory of the same capacity (NaN outside the last `capacity` bars).
 */
export class StateBarHistory implements BarHistory {
  private readonly capacity: number;
  private readonly times: number;
  private readonly opens: number;
  private readonly highs: number;
  private readonly lows: number;
  private readonly closes: number;
  private readonly volumes: number;

  constructor(
    private readonly state: Float64Array,
    nodes: BarHistoryNodes,
  ) {
    this.capacity = nodes.capacity;
    this.times = seriesRing(nodes.time);
    this.opens = seriesRing(nodes.open);
    this.highs = seriesRing(nodes.high);
    this.lows = seriesRing(nodes.low);
    this.closes = seriesRing(nodes.close);
    this.volumes = seriesRing(nodes.volume);
  }

  get length(): number {
    const count = this.state[COUNT];
    return count < this.capacity ? count : this.capacity;
  }

  time(ago: number): number {
    return this.read(this.times, ago);
  }
  open(ago: number): number {
    return this.read(this.opens, ago);
  }
  high(ago: number): number {
    return this.read(this.highs, ago);
  }
  low(ago: number): number {
    return this.read(this.lows, ago);
  }
  close(ago: number): number {
    return this.read(this.closes, ago);
  }
  volume(ago: number): number {
    return this.read(this.volumes, ago);
  }

  private read(ring: number, ago: number): number {
    return ago >= 0 && ago < this.length ? ringAt(this.state, ring, ago) : NaN;
  }
}

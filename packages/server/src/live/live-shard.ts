import { SignalEngine, type Signal } from '@goldensignals/engine';
import { unpackBars } from './bar-batch.js';
import type { LiveEngineOptions, RejectedBar, ShardBarsMessage, ShardReply } from './shard-messages.js';

/**
 * The symbols of one shard and their engine: what a live-engine worker thread runs (and what runs
 * in the calling thread when the pool has one shard). Each bar is applied on its own: a bar the
 * engine refuses is reported and the others of the batch still count.
 */
export class LiveShard {
  readonly engine: SignalEngine;
  private readonly names: string[] = [];

  constructor(options: LiveEngineOptions = {}) {
    this.engine = new SignalEngine(options);
  }

  handle(message: ShardBarsMessage): ShardReply {
    for (const [id, name] of message.names) this.names[id] = name;
    const { ids, timeframe } = message;
    const columns = unpackBars(message.bars, ids.length);
    const rejected: RejectedBar[] = [];
    const signals: Signal[] = [];
    const update = message.kind === 'update';
    for (let i = 0; i < ids.length; i++) {
      const symbol = this.names[ids[i]];
      try {
        if (update) signals.push(this.engine.updateFrom(symbol, timeframe, columns, i));
        else this.engine.pushFrom(symbol, timeframe, columns, i);
      } catch (error) {
        rejected.push({ symbol, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { sequence: message.sequence, rejected, signals };
  }
}

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Signal, Timeframe } from '@goldensignals/engine';
import { checkBarColumns, checkBarSymbols, packBars, type BarBatch } from './bar-batch.js';
import { LiveShard } from './live-shard.js';
import { shardOf } from './shard-of.js';
import type { LiveEngineOptions, RejectedBar, ShardBarsMessage, ShardReply } from './shard-messages.js';

/** Options of {@link LiveEnginePool.start}. */
export interface LiveEnginePoolOptions {
  /** Worker threads, each owning the symbols that hash to it; default one per core. 1 runs in this thread. */
  readonly workers?: number;
  /** Options of every shard's SignalEngine. */
  readonly engine?: LiveEngineOptions;
}

/** What became of a batch: the bars refused (with the reason) and, for `update`, the signals in batch order. */
export interface LiveBatchResult {
  readonly rejected: readonly RejectedBar[];
  readonly signals: readonly Signal[];
}

/** Where each symbol of a batch goes: per shard, the batch indices and the shard's ids for them. */
interface Route {
  /** The symbols routed, to notice a list changed in place since. */
  readonly symbols: readonly string[];
  readonly indices: Int32Array[];
  readonly ids: Int32Array[];
}

interface Pending {
  readonly resolve: (reply: ShardReply) => void;
  readonly reject: (error: Error) => void;
}

function sameSymbols(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const workerFile = new URL('./live-engine-worker.js', import.meta.url);

/** A shard in another thread: messages in, replies out in the same order. */
class WorkerShard {
  private readonly pending = new Map<number, Pending>();
  private failure: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.on('message', (reply: ShardReply) => {
      const pending = this.pending.get(reply.sequence);
      this.pending.delete(reply.sequence);
      pending?.resolve(reply);
    });
    const fail = (error: Error): void => {
      this.failure = error;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`live engine worker exited (code ${code})`)));
  }

  send(message: ShardBarsMessage): Promise<ShardReply> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.set(message.sequence, { resolve, reject });
      this.worker.postMessage(message, [message.ids.buffer, message.bars.buffer]);
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** A shard in this thread (a pool of one). */
class LocalShard {
  private readonly shard: LiveShard;

  constructor(options: LiveEngineOptions) {
    this.shard = new LiveShard(options);
  }

  send(message: ShardBarsMessage): Promise<ShardReply> {
    try {
      return Promise.resolve(this.shard.handle(message));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The live signal engine for many symbols, sharded over worker threads: each symbol belongs to one
 * shard (by a stable hash of its name), whose SignalEngine keeps its state, so a bar close for
 * thousands of symbols is shared out between the cores. Bars travel as packed columns (transferred,
 * not copied) and symbol names only once. Results come back in batch order.
 */
export class LiveEnginePool {
  private readonly shards: readonly (WorkerShard | LocalShard)[];
  private readonly symbolIds = new Map<string, number>();
  private readonly nextId: number[];
  // Batches usually repeat the same symbol list every bar close: its route is computed once.
  private readonly routes = new WeakMap<readonly string[], Route>();
  private sequence = 0;

  private constructor(shards: readonly (WorkerShard | LocalShard)[]) {
    this.shards = shards;
    this.nextId = shards.map(() => 0);
  }

  /** Starts the shards (worker threads need the compiled worker, which `npm run build` makes). */
  static start(options: LiveEnginePoolOptions = {}): LiveEnginePool {
    const workers = options.workers ?? availableParallelism();
    if (!Number.isInteger(workers) || workers < 1) throw new RangeError(`workers must be an integer >= 1, got ${workers}`);
    const engine = options.engine ?? {};
    if (workers === 1) return new LiveEnginePool([new LocalShard(engine)]);
    if (!existsSync(fileURLToPath(workerFile))) {
      throw new Error(`live engine worker ${fileURLToPath(workerFile)} is missing: run npm run build (or use workers: 1)`);
    }
    return new LiveEnginePool(Array.from({ length: workers }, () => new WorkerShard(new Worker(workerFile, { workerData: engine }))));
  }

  /** Number of shards. */
  get size(): number {
    return this.shards.length;
  }

  /** Advances each symbol of the batch by its bar (features, volatility, scoring), without signals. */
  push(timeframe: Timeframe, batch: BarBatch): Promise<LiveBatchResult> {
    return this.send('push', timeframe, batch);
  }

  /** Advances each symbol by its bar and returns their signals, in batch order (refused bars have none). */
  update(timeframe: Timeframe, batch: BarBatch): Promise<LiveBatchResult> {
    return this.send('update', timeframe, batch);
  }

  /** Stops the worker threads; their state is lost. */
  async close(): Promise<void> {
    await Promise.all(this.shards.map((shard) => shard.close()));
  }

  private async send(kind: 'push' | 'update', timeframe: Timeframe, batch: BarBatch): Promise<LiveBatchResult> {
    const { route, names } = this.route(batch);
    const sequence = this.sequence++;
    const replies = await Promise.all(
      this.shards.map((shard, s) =>
        shard.send({ kind, sequence, timeframe, names: names[s], ids: route.ids[s].slice(), bars: packBars(batch, route.indices[s]) }),
      ),
    );
    const rejected = replies.flatMap((reply) => reply.rejected);
    if (kind === 'push') return { rejected, signals: [] };
    // Back to batch order: each shard answered its own symbols in the order they were sent.
    const bySymbol = new Map<string, Signal>();
    for (const reply of replies) for (const signal of reply.signals) bySymbol.set(signal.symbol, signal);
    const signals: Signal[] = [];
    for (const symbol of batch.symbols) {
      const signal = bySymbol.get(symbol);
      if (signal) signals.push(signal);
    }
    return { rejected, signals };
  }

  /** The batch's route and the names each shard sees for the first time. */
  private route(batch: BarBatch): { route: Route; names: [number, string][][] } {
    checkBarColumns(batch);
    const names: [number, string][][] = this.shards.map(() => []);
    const known = this.routes.get(batch.symbols);
    if (known && sameSymbols(known.symbols, batch.symbols)) return { route: known, names };
    checkBarSymbols(batch);
    const shardCount = this.shards.length;
    const indices: number[][] = this.shards.map(() => []);
    const ids: number[][] = this.shards.map(() => []);
    batch.symbols.forEach((symbol, i) => {
      const s = shardOf(symbol, shardCount);
      let id = this.symbolIds.get(symbol);
      if (id === undefined) {
        id = this.nextId[s]++;
        this.symbolIds.set(symbol, id);
        names[s].push([id, symbol]);
      }
      indices[s].push(i);
      ids[s].push(id);
    });
    const route: Route = { symbols: [...batch.symbols], indices: indices.map((list) => Int32Array.from(list)), ids: ids.map((list) => Int32Array.from(list)) };
    this.routes.set(batch.symbols, route);
    return { route, names };
  }
}

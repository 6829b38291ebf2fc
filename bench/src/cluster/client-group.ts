import type { ChildProcess } from 'node:child_process';
import { progress } from '../measure.js';
import type { Published } from './bus-publisher.js';
import { awaitExit, forkScript, nextMessage } from './child-ipc.js';
import type { ClientReceipts, ClientRequest, ClientsReady } from './cluster-messages.js';
import { ALL_SIGNALS, checkFanOutSubscriptions, type FanOutSubscriptions } from './fan-out-subscriptions.js';

/** Receipts of a set of published signals over every client of a {@link ClientGroup}. */
export interface GroupReceipts {
  readonly delivered: number;
  /** Publish-to-receipt latencies, one array per client process. */
  readonly latencyParts: readonly Float64Array[];
  /** Per signal (in the order published), its earliest latency over every client: the bus and node share of the delay. */
  readonly firstLatenciesMs: Float64Array;
  readonly duplicates: number;
  readonly closedByServer: Readonly<Record<string, number>>;
  readonly otherSignals: number;
  /** CPU time of the client processes so far, ms. */
  readonly clientCpuMs: number;
}

/** WebSocket clients spread over child processes and over the cluster's nodes. */
export interface ClientGroup {
  readonly clients: number;
  /** Waits until every client has every published signal, or none arrived for `idleMs`; `forget` frees their receipts. */
  receipts(published: readonly Published[], idleMs: number, forget: boolean): Promise<GroupReceipts>;
  close(): Promise<void>;
}

/** Splits `total` into `parts` near-equal whole shares. */
export function split(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0));
}

/**
 * Connects `clients` WebSocket clients, authenticated with `accessToken` and subscribed to `signals` (or to the
 * symbols `subscriptions` gives each), from `processes` child processes; process i connects to node i mod the node
 * count, so the clients split evenly over the nodes when `processes` is a multiple of it.
 */
export async function connectClientGroup(nodeUrls: readonly string[], accessToken: string, clients: number, processes: number, subscriptions: FanOutSubscriptions = ALL_SIGNALS): Promise<ClientGroup> {
  checkFanOutSubscriptions(subscriptions);
  const shares = split(clients, processes).filter((share) => share > 0);
  const firsts = shares.map((_, i) => shares.slice(0, i).reduce((sum, share) => sum + share, 0));
  const children: ChildProcess[] = [];
  const close = async (): Promise<void> => {
    for (const child of children) if (child.connected) child.send({ type: 'close' } satisfies ClientRequest);
    await Promise.all(children.map((child) => awaitExit(child, 10_000)));
  };
  try {
    progress(`clients: connecting ${clients} WebSocket clients from ${shares.length} processes to ${nodeUrls.length} nodes`);
    const ready = shares.map((share, i) => {
      const url = `${nodeUrls[i % nodeUrls.length].replace(/^http/, 'ws')}/ws`;
      const child = forkScript('ws-clients', [url, String(share), String(firsts[i]), String(subscriptions.symbolsPerClient), String(subscriptions.universe)], { GS_BENCH_TOKEN: accessToken });
      children.push(child);
      return nextMessage<ClientsReady>(child, 'a WebSocket client process');
    });
    const answers = await Promise.all(ready);
    const connected = answers.reduce((sum, answer) => sum + (answer.type === 'ready' ? answer.clients : 0), 0);
    if (connected !== clients) throw new Error(`${connected} of ${clients} clients connected`);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    clients,
    async receipts(published, idleMs, forget) {
      const answers = children.map((child) => nextMessage<ClientReceipts>(child, 'a WebSocket client process'));
      for (const child of children) child.send({ type: 'receipts', published, idleMs, forget } satisfies ClientRequest);
      const all = await Promise.all(answers);
      const closedByServer: Record<string, number> = {};
      for (const answer of all) for (const [code, count] of Object.entries(answer.closedByServer)) closedByServer[code] = (closedByServer[code] ?? 0) + count;
      return {
        delivered: all.reduce((sum, answer) => sum + answer.delivered, 0),
        latencyParts: all.map((answer) => answer.latenciesMs),
        firstLatenciesMs: Float64Array.from(published, (_, index) => Math.min(...all.map((answer) => answer.firstLatenciesMs[index]).filter((latency) => !Number.isNaN(latency)))),
        duplicates: all.reduce((sum, answer) => sum + answer.duplicates, 0),
        closedByServer,
        otherSignals: all.reduce((sum, answer) => sum + answer.otherSignals, 0),
        clientCpuMs: all.reduce((sum, answer) => sum + answer.cpuMs, 0),
      };
    },
    close,
  };
}

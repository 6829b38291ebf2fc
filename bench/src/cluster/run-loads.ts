import { awaitExit, forkScript, nextMessage } from './child-ipc.js';
import type { LoadReady, LoadRequest, LoadResult } from './cluster-messages.js';

/** Runs each request in a load process of its own, all started at the same moment, and returns their results in order. */
export async function runLoads(requests: readonly Omit<LoadRequest, 'type'>[]): Promise<LoadResult[]> {
  const children = requests.map(() => forkScript('load-process'));
  try {
    const ready = await Promise.all(children.map((child) => nextMessage<LoadReady>(child, 'a load process')));
    if (ready.some((message) => message.type !== 'ready')) throw new Error(`a load process answered ${JSON.stringify(ready)}`);
    const results = children.map((child) => nextMessage<LoadResult>(child, 'a load process'));
    children.forEach((child, i) => child.send({ type: 'run', ...requests[i] } satisfies LoadRequest));
    return await Promise.all(results);
  } finally {
    for (const child of children) if (child.exitCode === null && child.signalCode === null && !child.connected) child.kill();
    await Promise.all(children.map((child) => awaitExit(child, 5_000)));
  }
}

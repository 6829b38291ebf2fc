import { afterEach, expect } from 'vitest';
import { YahooProvider } from './yahoo-provider.js';
import { YahooReplay, type Recording } from './yahoo-recordings.test-support.js';

/** A provider answering from recordings, the replay behind it, and the warnings it gave. */
export interface ReplayedYahoo {
  readonly provider: YahooProvider;
  readonly replay: YahooReplay;
  readonly warnings: string[];
}

const replays: YahooReplay[] = [];

/**
 * A {@link YahooProvider} whose HTTP requests are answered by `recordings`. Registers a check that
 * every request of the test found its recording (call at module level of a test file once).
 */
export function checkReplaysAfterEach(): void {
  afterEach(() => {
    const unmatched = replays.flatMap((replay) => replay.unmatched);
    replays.length = 0;
    expect(unmatched, 'requests no recording answers').toEqual([]);
  });
}

/** A provider answering from `recordings` (file names or loaded recordings). */
export function replayedYahoo(recordings: readonly (Recording | string)[], riskFreeRate?: number): ReplayedYahoo {
  const replay = new YahooReplay(recordings);
  replays.push(replay);
  const warnings: string[] = [];
  const provider = new YahooProvider({ fetch: replay.fetch, riskFreeRate, onWarning: (message) => warnings.push(message) });
  return { provider, replay, warnings };
}

import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../random/seeded-random.js';
import type { AccuracyStream } from './accuracy-stream.js';
import { AccuracyTracker } from './accuracy-tracker.js';
import { ACTION_CODE, NO_VOTE } from './action-code.js';
import { expectSameLearning, feed, FEED_AGENTS, FEED_OPTIONS, learnBar } from './learning-feed.test-support.js';
import { mergeAccuracyTrackerStates } from './merge-tracker-states.js';
import { parsePendingVotesState, type PendingVotesState } from './pending-votes.js';

const feeds = [feed('AAPL', 1), feed('MSFT', 2), feed('BTC-USD', 3)];
const { BUY, SELL, HOLD } = ACTION_CODE;
const DAY = 86_400_000;

describe('AccuracyStream pending votes hand-over', () => {
  it('lets two trackers take turns on the same symbols, bar by bar, and learn together exactly what one tracker learns', () => {
    const single = new AccuracyTracker(FEED_OPTIONS);
    const singleStreams = feeds.map((source) => single.stream(source.symbol, '1d', FEED_AGENTS));
    const trackers = [new AccuracyTracker(FEED_OPTIONS), new AccuracyTracker(FEED_OPTIONS)];
    const streams = trackers.map((tracker) => feeds.map((source) => tracker.stream(source.symbol, '1d', FEED_AGENTS)));
    // What a shared store would hold per symbol: the votes of the last owner, waiting for their horizon.
    const handed: (PendingVotesState | null)[] = feeds.map(() => null);
    const seen = trackers.map(() => feeds.map(() => -1));
    const random = createSeededRandom(9);
    for (let i = 0; i < 120; i++) {
      feeds.forEach((source, k) => {
        learnBar(singleStreams[k], source, i);
        const owner = random.next() < 0.5 ? 0 : 1;
        const stream: AccuracyStream = streams[owner][k];
        if (seen[owner][k] < i - 1) {
          // Bars another tracker voted on: observed without voting, and none of its own stale votes scored.
          stream.adoptPendingVotes(null);
          for (let j = seen[owner][k] + 1; j < i; j++) stream.observe(source.bars[j].time, source.bars[j].close);
        }
        // Through JSON, as a database would keep them.
        const pending = handed[k];
        stream.adoptPendingVotes(pending === null ? null : parsePendingVotesState(JSON.parse(JSON.stringify(pending))));
        learnBar(stream, source, i);
        handed[k] = stream.pendingVotes();
        seen[owner][k] = i;
      });
    }
    expectSameLearning(mergeAccuracyTrackerStates(trackers[0].toJSON(), trackers[1].toJSON()), single.toJSON());
    expect(handed[0]).toEqual(singleStreams[0].pendingVotes());
  });

  it('matches votes to agents by id and to bars by time, dropping what it cannot place', () => {
    const tracker = new AccuracyTracker({ horizon: 2, volatilityPeriod: 2, deadBandDeviations: 0, priorStrength: 0 });
    const from = tracker.stream('AAPL', '1d', ['a', 'b']);
    const receiver = new AccuracyTracker({ horizon: 2, volatilityPeriod: 2, deadBandDeviations: 0, priorStrength: 0 });
    const to = receiver.stream('AAPL', '1d', ['b', 'c']);
    const closes = [100, 101, 100, 102];
    closes.forEach((close, day) => {
      from.observe(day * DAY, close);
      to.observe(day * DAY, close);
    });
    from.record([BUY, SELL], BUY);
    const handed = from.pendingVotes();
    expect(handed).toMatchObject({ agents: ['a', 'b'], lastRecordTime: 3 * DAY, votes: [{ time: 3 * DAY, close: 102, weight: 1, consensus: BUY, actions: [BUY, SELL] }] });
    // A vote on a bar the receiver never saw is dropped; so is one whose horizon has passed.
    to.adoptPendingVotes({ ...handed, votes: [{ ...handed.votes[0], time: 0 }, { ...handed.votes[0], time: 2.5 * DAY }, handed.votes[0]] });
    expect(to.pending).toBe(1);
    expect(to.pendingVotes().votes[0].actions).toEqual([SELL, NO_VOTE]);
    // The next vote overlaps the handed one: one bar later, it counts 1/horizon of a sample.
    to.observe(4 * DAY, 103);
    to.record([HOLD, HOLD], NO_VOTE);
    expect(to.pendingVotes().votes.map((vote) => vote.weight)).toEqual([1, 0.5]);
    to.observe(5 * DAY, 101); // 101/102 - 1 < 0: b's SELL from day 3 is right
    expect(receiver.accuracy('b', 'equity', '1d')).toMatchObject({ scored: 1, rawHitRate: 1 });
    expect(receiver.accuracy('c', 'equity', '1d').scored).toBe(0);
    expect(to.tradeRecord.snapshot().trades).toBe(1);
  });

  it('starts a fresh sample count and scores nothing after adopting no votes', () => {
    const stream = new AccuracyTracker({ horizon: 2, volatilityPeriod: 2 }).stream('AAPL', '1d', ['a']);
    [100, 101, 100].forEach((close, day) => stream.observe(day * DAY, close));
    stream.record([BUY], NO_VOTE);
    stream.adoptPendingVotes(null);
    expect(stream.pendingVotes()).toEqual({ agents: ['a'], lastRecordTime: null, votes: [] });
    stream.observe(3 * DAY, 104);
    stream.record([BUY], NO_VOTE);
    expect(stream.pendingVotes().votes.map((vote) => vote.weight)).toEqual([1]);
  });

  it('rejects malformed pending votes, naming the field', () => {
    expect(() => parsePendingVotesState({ agents: ['a'], lastRecordTime: null, votes: [{ time: 0, close: 0, band: 0, weight: 1, consensus: 0, actions: [0] }] })).toThrow(
      'invalid pending votes: votes.0.close: expected a positive close',
    );
    expect(() => parsePendingVotesState({ agents: ['a', 'b'], lastRecordTime: null, votes: [{ time: 0, close: 1, band: 0, weight: 1, consensus: 0, actions: [0] }] })).toThrow(
      'every vote needs one action code per agent',
    );
  });
});

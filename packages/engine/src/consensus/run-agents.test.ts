import { describe, expect, it } from 'vitest';
import { vote } from '../agents/agent.js';
import { randomWalkBars } from '../series/random-walk-bars.js';
import { runAgents } from './run-agents.js';
import { runAgentsAsync } from './run-agents-async.js';
import {
  ManualClock,
  abstainingAgent,
  configure,
  constantAgent,
  contextOf,
  hangingAgent,
  nanAgent,
  slowAgent,
  testAgent,
  throwingAgent,
} from './test-agents.test-support.js';
import { weightedConsensus } from './weighted-consensus.js';

const context = contextOf(randomWalkBars({ length: 30, seed: 3 }));

describe('runAgents', () => {
  it('reports every agent in order: voted, abstained, or excluded with the reason', () => {
    const agents = configure(constantAgent('buyer', 'BUY', 0.7), abstainingAgent('no-data'), nanAgent('nan'), throwingAgent('thrower'));
    const results = runAgents(agents, context);
    expect(results.map((r) => [r.agent, r.status])).toEqual([
      ['buyer', 'voted'],
      ['no-data', 'abstained'],
      ['nan', 'excluded'],
      ['thrower', 'excluded'],
    ]);
    expect(results[0].vote?.confidence).toBe(0.7);
    expect(results[1].reason).toBe('no-data has no data');
    expect(results[2].reason).toBe('invalid output: confidence NaN is not a number in 0..1');
    expect(results[3].reason).toBe('threw Error: thrower exploded');
  });

  it('excludes an answer slower than timeoutMs as late, by the injected clock', () => {
    const clock = new ManualClock();
    const agents = configure(slowAgent('slow', clock, 50), slowAgent('quick', clock, 5));
    const results = runAgents(agents, context, { timeoutMs: 10, now: clock.now });
    expect(results[0]).toMatchObject({ status: 'excluded', reason: 'late: answered after 50 ms, over the 10 ms timeout', elapsedMs: 50 });
    expect(results[1]).toMatchObject({ status: 'voted', elapsedMs: 5 });
  });

  it('never excludes for lateness with the default timeout (deterministic replays)', () => {
    const clock = new ManualClock();
    const results = runAgents(configure(slowAgent('slow', clock, 1e9)), context, { now: clock.now });
    expect(results[0].status).toBe('voted');
  });

  it('excludes a promise, which it cannot wait for, and swallows its later rejection', async () => {
    const agents = configure(testAgent('async', () => Promise.reject(new Error('later'))));
    const results = runAgents(agents, context);
    expect(results[0].status).toBe('excluded');
    expect(results[0].reason).toMatch(/returned a promise.*runAgentsAsync/);
    await new Promise((resolve) => setTimeout(resolve, 5)); // an unhandled rejection would fail the run here
  });

  it.each([
    ['confidence above 1', { kind: 'vote', action: 'BUY', confidence: 1.5, reasoning: 'x', indicators: {} }, 'confidence 1.5 is not a number in 0..1'],
    ['negative confidence', { kind: 'vote', action: 'SELL', confidence: -0.1, reasoning: 'x', indicators: {} }, 'confidence -0.1 is not a number in 0..1'],
    ['infinite confidence', { kind: 'vote', action: 'SELL', confidence: Infinity, reasoning: 'x', indicators: {} }, 'confidence Infinity is not a number in 0..1'],
    ['string confidence', { kind: 'vote', action: 'SELL', confidence: '0.5', reasoning: 'x', indicators: {} }, 'confidence "0.5" is not a number in 0..1'],
    ['unknown action', { kind: 'vote', action: 'STRONG_BUY', confidence: 0.5, reasoning: 'x', indicators: {} }, 'action "STRONG_BUY" is not BUY, SELL or HOLD'],
    ['NaN indicator', { kind: 'vote', action: 'BUY', confidence: 0.5, reasoning: 'x', indicators: { rsi: NaN } }, 'indicator "rsi" is NaN, not a finite number'],
    ['missing indicators', { kind: 'vote', action: 'BUY', confidence: 0.5, reasoning: 'x' }, 'indicators is undefined, not an object of numbers'],
    ['bad risk level', { kind: 'vote', action: 'BUY', confidence: 0.5, reasoning: 'x', indicators: {}, risk: { level: 'extreme', sizeMultiplier: 1 } }, 'risk.level "extreme" is not low, medium or high'],
    ['bad size multiplier', { kind: 'vote', action: 'BUY', confidence: 0.5, reasoning: 'x', indicators: {}, risk: { level: 'low', sizeMultiplier: 2 } }, 'risk.sizeMultiplier 2 is not a number in 0..1'],
    ['abstention without reason', { kind: 'abstain', reason: '' }, 'abstained without a reason (reason is "")'],
    ['unknown kind', { kind: 'opinion' }, 'output kind "opinion" is neither "vote" nor "abstain"'],
    ['undefined', undefined, 'returned undefined instead of a vote or an abstention'],
    ['null', null, 'returned null instead of a vote or an abstention'],
  ])('excludes %s with the reason', (_name, output, reason) => {
    const [result] = runAgents(configure(testAgent('odd', () => output)), context);
    expect(result).toMatchObject({ status: 'excluded', reason: `invalid output: ${reason}` });
  });

  it('counts a vote whose reasoning is empty, missing or throws, with a placeholder instead of excluding it', () => {
    const agents = configure(
      testAgent('blank', () => ({ kind: 'vote', action: 'BUY', confidence: 0.5, reasoning: '  ', indicators: {} })),
      testAgent('silent', () => ({ kind: 'vote', action: 'SELL', confidence: 0.5, indicators: {} })),
      testAgent('empty-thunk', () => vote('HOLD', 0.5, () => '', {})),
      testAgent('failing-thunk', () =>
        vote('BUY', 0.5, () => {
          throw new Error('no numbers');
        }, {}),
      ),
    );
    const results = runAgents(agents, context);
    expect(results.map((r) => r.status)).toEqual(['voted', 'voted', 'voted', 'voted']);
    expect(results.map((r) => r.vote?.reasoning)).toEqual([
      '(agent gave no reasoning)',
      '(agent gave no reasoning)',
      '(agent gave no reasoning)',
      '(agent gave no reasoning: writing it threw Error: no numbers)',
    ]);
    expect(results[1].vote?.action).toBe('SELL');
  });

  it('neither the runner nor the consensus writes a reasoning; it is written once, when first read', () => {
    let written = 0;
    const lazy = testAgent('lazy', () =>
      vote('BUY', 0.9, () => {
        written++;
        return 'lazy has its reasons.';
      }, { x: 1 }),
    );
    const results = runAgents(configure(lazy, constantAgent('b', 'BUY', 0.9), constantAgent('c', 'BUY', 0.9)), context);
    expect(weightedConsensus(results, [1, 1, 1]).action).toBe('BUY');
    expect(written).toBe(0);
    expect(results[0].vote?.reasoning).toBe('lazy has its reasons.');
    expect(JSON.stringify(results[0].vote)).toBe('{"kind":"vote","action":"BUY","confidence":0.9,"reasoning":"lazy has its reasons.","indicators":{"x":1}}');
    expect(written).toBe(1);
  });

  it('reports what a non-Error throw was', () => {
    const agents = configure(
      testAgent('string', () => {
        throw 'plain text';
      }),
      testAgent('number', () => {
        throw 42;
      }),
    );
    expect(runAgents(agents, context).map((r) => r.reason)).toEqual(['threw plain text', 'threw a number']);
  });

  it('can skip timing (elapsedMs NaN), but not while a timeout must be enforced', () => {
    const [result] = runAgents(configure(constantAgent('buyer', 'BUY')), context, { now: null });
    expect(result.status).toBe('voted');
    expect(result.elapsedMs).toBeNaN();
    expect(() => runAgents([], context, { now: null, timeoutMs: 10 })).toThrow('now: null (no timing) cannot enforce timeoutMs 10');
  });

  it('rejects a negative timeout, naming the option', () => {
    expect(() => runAgents([], context, { timeoutMs: -1 })).toThrow('timeoutMs must be a number in [0, Infinity], got -1');
  });
});

describe('runAgentsAsync', () => {
  it('excludes an agent that hangs past the timeout and keeps the others', async () => {
    const agents = configure(
      constantAgent('sync', 'BUY'),
      hangingAgent('hangs'),
      testAgent('async-ok', async () => ({ kind: 'vote', action: 'SELL', confidence: 0.6, reasoning: 'awaited.', indicators: {} })),
      testAgent('async-rejects', () => Promise.reject(new Error('feed down'))),
      testAgent('async-nan', async () => ({ kind: 'vote', action: 'SELL', confidence: NaN, reasoning: 'x', indicators: {} })),
    );
    const started = Date.now();
    const results = await runAgentsAsync(agents, context, { timeoutMs: 30 });
    const waited = Date.now() - started;
    expect(results.map((r) => [r.agent, r.status, r.reason])).toEqual([
      ['sync', 'voted', undefined],
      ['hangs', 'excluded', 'timed out after 30 ms'],
      ['async-ok', 'voted', undefined],
      ['async-rejects', 'excluded', 'rejected Error: feed down'],
      ['async-nan', 'excluded', 'invalid output: confidence NaN is not a number in 0..1'],
    ]);
    expect(results[1].elapsedMs).toBeGreaterThanOrEqual(29);
    expect(waited).toBeLessThan(1_000);
  });

  it('excludes a synchronous answer that was late, by the injected clock', async () => {
    const clock = new ManualClock();
    const results = await runAgentsAsync(configure(slowAgent('slow', clock, 80)), context, { timeoutMs: 20, now: clock.now });
    expect(results[0].reason).toBe('late: answered after 80 ms, over the 20 ms timeout');
  });
});

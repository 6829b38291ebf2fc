import { describe, expect, it } from 'vitest';
import { AgentVote, NO_REASONING, abstain, vote } from './agent.js';

describe('vote', () => {
  it('writes a reasoning given as a function only when it is first read, and only once', () => {
    let written = 0;
    const v = vote('BUY', 0.7, () => {
      written++;
      return `RSI(14) is ${(26.2).toFixed(1)}: BUY.`;
    }, { rsi: 26.2 });
    expect(written).toBe(0);
    expect(v).toMatchObject({ kind: 'vote', action: 'BUY', confidence: 0.7, indicators: { rsi: 26.2 } });
    expect(written).toBe(0);
    expect(v.reasoning).toBe('RSI(14) is 26.2: BUY.');
    expect(v.reasoning).toBe('RSI(14) is 26.2: BUY.');
    expect(written).toBe(1);
  });

  it('serialises exactly like the plain vote literal it replaces, fields in the same order', () => {
    const risk = { level: 'high' as const, sizeMultiplier: 0.5 };
    expect(JSON.stringify(vote('SELL', 0.4, () => 'VaR is high.', { var: 0.06 }, risk))).toBe(
      JSON.stringify({ kind: 'vote', action: 'SELL', confidence: 0.4, reasoning: 'VaR is high.', indicators: { var: 0.06 }, risk }),
    );
    expect(JSON.stringify(vote('HOLD', 0.2, 'No signal.', {}))).toBe('{"kind":"vote","action":"HOLD","confidence":0.2,"reasoning":"No signal.","indicators":{}}');
    expect(Object.keys(new AgentVote('HOLD', 0.2, 'No signal.', {}, undefined).toJSON())).toEqual(['kind', 'action', 'confidence', 'reasoning', 'indicators']);
  });

  it('keeps the reasoning out of toEqual and structured clones, being a getter: compare toJSON() for the text', () => {
    const a = vote('BUY', 0.5, () => 'a.', { x: 1 });
    const b = vote('BUY', 0.5, () => 'b.', { x: 1 });
    expect(a).toEqual(b);
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(structuredClone(a)).not.toHaveProperty('reasoning');
    expect(vote('BUY', 0.5, 'a.', { x: 1 })).not.toEqual(vote('BUY', 0.6, 'a.', { x: 1 }));
  });

  it('clamps the confidence to 0..1', () => {
    expect(vote('BUY', 1.2, 'a.', {}).confidence).toBe(1);
    expect(vote('SELL', -0.1, 'a.', {}).confidence).toBe(0);
  });

  it('gives a placeholder for a reasoning that is empty, not a string, or throws, instead of failing the reader', () => {
    expect(vote('BUY', 0.5, '   ', {}).reasoning).toBe(NO_REASONING);
    expect(vote('BUY', 0.5, () => '', {}).reasoning).toBe('(agent gave no reasoning)');
    // A JavaScript agent can hand anything over.
    const notAString = (() => 42) as unknown as () => string;
    expect(vote('BUY', 0.5, notAString, {}).reasoning).toBe(NO_REASONING);
    const failing = vote('BUY', 0.5, () => {
      throw new RangeError('toFixed() digits argument must be between 0 and 100');
    }, {});
    expect(failing.reasoning).toBe('(agent gave no reasoning: writing it threw RangeError: toFixed() digits argument must be between 0 and 100)');
    expect(JSON.parse(JSON.stringify(failing)).reasoning).toBe(failing.reasoning);
  });

  it('builds AgentVote instances, which the runner recognises', () => {
    expect(vote('HOLD', 0.1, 'a.', {})).toBeInstanceOf(AgentVote);
    expect(abstain('no data')).toEqual({ kind: 'abstain', reason: 'no data' });
  });
});

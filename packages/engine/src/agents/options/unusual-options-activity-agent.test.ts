import { describe, expect, it } from 'vitest';
import { contractMid } from '../../options/option-quote.js';
import type { OptionsChain } from '../../options/options-chain.js';
import { abstentionReason, expectVote, runAgent } from '../risk/run-agent.test-support.js';
import { optionsTestBars as bars, testChain } from './options-agent.test-support.js';
import { unusualOptionsActivityAgent } from './unusual-options-activity-agent.js';

/** Every contract trades 100 on 1000 open interest, except the listed (type, moneyness) ones at 3000. */
const chainWithBlocks = (blocks: [type: 'call' | 'put', moneyness: number][]) =>
  testChain({ volume: (type, m) => (blocks.some(([t, bm]) => t === type && Math.abs(bm - m) < 1e-9) ? 3000 : 100) });
const premiumOf = (chain: OptionsChain, type: 'call' | 'put', strike: number) => {
  const c = chain.contracts.find((x) => x.type === type && Math.abs(x.strike - strike) < 1e-9);
  if (!c) throw new Error('no such contract');
  return contractMid(c) * c.volume * 100;
};

describe('unusual-options-activity agent', () => {
  it('answers BUY when a call block trading 3× its open interest carries all the unusual premium', () => {
    const chain = chainWithBlocks([['call', 1.05]]);
    const premium = premiumOf(chain, 'call', 105);
    const v = expectVote(runAgent(unusualOptionsActivityAgent, bars, { optionsChain: chain }));
    expect(v.action).toBe('BUY');
    expect(v.indicators).toMatchObject({ unusualContracts: 1, callVolume: 3000, putVolume: 0, callShare: 1, maxVolumeToOpenInterest: 3 });
    expect(v.indicators.callPremium).toBeCloseTo(premium, 6);
    expect(v.confidence).toBeCloseTo(0.3 + 0.4 + 0.3 * Math.log10(premium / 100_000), 12);
    expect(v.reasoning).toMatch(/^1 contract traded at least 1.5× their open interest \(max 3.0×\): \$\d+k of unusual call premium vs \$0 put \(100% calls\): informed-flow BUY\.$/);
  });

  it('answers SELL when put blocks dominate the unusual premium', () => {
    const v = expectVote(runAgent(unusualOptionsActivityAgent, bars, { optionsChain: chainWithBlocks([['put', 0.95], ['put', 0.9]]) }));
    expect(v.action).toBe('SELL');
    expect(v.indicators).toMatchObject({ unusualContracts: 2, putVolume: 6000, callShare: 0 });
  });

  it('answers HOLD when unusual call and put premium are balanced', () => {
    const v = expectVote(runAgent(unusualOptionsActivityAgent, bars, { optionsChain: chainWithBlocks([['put', 0.95], ['call', 1.05]]) }));
    expect(v.action).toBe('HOLD');
    expect(v.confidence).toBe(0.15);
    expect(v.reasoning).toContain('no side above 70%: HOLD.');
  });

  it('answers a low-confidence HOLD when nothing trades unusually', () => {
    const v = expectVote(runAgent(unusualOptionsActivityAgent, bars, { optionsChain: chainWithBlocks([]) }));
    expect(v).toMatchObject({ action: 'HOLD', confidence: 0.1 });
    expect(v.reasoning).toBe(
      '0 contracts traded at least 1.5× their open interest with $0 of premium, below the $100k that counts as unusual flow: HOLD.',
    );
  });

  it('abstains without a chain or when the chain is too thin', () => {
    expect(abstentionReason(runAgent(unusualOptionsActivityAgent, bars))).toBe('no options chain for TEST');
    expect(abstentionReason(runAgent(unusualOptionsActivityAgent, bars, { optionsChain: testChain({ volume: () => 20 }) }))).toBe(
      'the options chain for TEST traded 440 contracts, below the 1000 minimum',
    );
  });

  it('rejects unknown config keys and a dominance of one half or less, naming the field', () => {
    expect(unusualOptionsActivityAgent.configSchema.safeParse({ premium: 1 }).success).toBe(false);
    expect(unusualOptionsActivityAgent.configSchema.safeParse({ dominance: 0.5 }).error?.issues[0]?.path).toEqual(['dominance']);
  });
});

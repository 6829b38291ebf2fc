import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_FOLLOW_SETTINGS, type AutoFollowSettingsInput } from '../../storage/repositories/auto-follow-repository.js';
import { Decimal } from '../decimal.js';
import { concernsPortfolio, decideAutoFollow, screenSignal, type PolicyPortfolio, type PolicySignal } from './auto-follow-policy.js';

const SETTINGS: AutoFollowSettingsInput = { ...DEFAULT_AUTO_FOLLOW_SETTINGS, enabled: true };
const SIGNAL: PolicySignal = { symbol: 'AAPL', action: 'BUY', confidence: 0.72, riskLevel: 'medium', positionSize: 0.05 };

function portfolio(fields: { equity?: string; cash?: string; dayStartEquity?: string; positions?: Record<string, string>; watchlistSymbols?: string[]; price?: string } = {}): PolicyPortfolio {
  return {
    equity: Decimal.parse(fields.equity ?? '100000'),
    cash: Decimal.parse(fields.cash ?? fields.equity ?? '100000'),
    dayStartEquity: Decimal.parse(fields.dayStartEquity ?? fields.equity ?? '100000'),
    positions: new Map(Object.entries(fields.positions ?? {}).map(([symbol, quantity]) => [symbol, Decimal.parse(quantity)])),
    watchlistSymbols: fields.watchlistSymbols ?? ['AAPL', 'MSFT', 'BTC-USD'],
    price: Decimal.parse(fields.price ?? '187.20'),
  };
}

const FIVE_OPEN = { MSFT: '10', NVDA: '5', GOOG: '7', AMZN: '3', META: '2' };

interface Case {
  readonly title: string;
  readonly settings?: Partial<AutoFollowSettingsInput>;
  readonly signal?: Partial<PolicySignal>;
  readonly portfolio?: Parameters<typeof portfolio>[0];
  readonly expected: { kind: 'buy' | 'sell'; quantity: string; reason: string } | { kind: 'skip'; reason: string };
}

const CASES: readonly Case[] = [
  { title: 'skips a HOLD', signal: { action: 'HOLD' }, expected: { kind: 'skip', reason: 'the signal is HOLD: nothing to buy or sell' } },
  {
    title: "skips a symbol in none of the owner's watchlists when the settings list no symbols",
    signal: { symbol: 'TSLA' },
    expected: { kind: 'skip', reason: "TSLA is in none of the owner's watchlists (no symbols are listed, so the watchlists decide)" },
  },
  {
    title: 'skips a symbol the settings do not list, even when a watchlist has it',
    settings: { symbols: ['MSFT', 'NVDA'] },
    expected: { kind: 'skip', reason: 'AAPL is not among the followed symbols (MSFT, NVDA)' },
  },
  {
    title: 'follows a listed symbol that is in no watchlist',
    settings: { symbols: ['NVDA'] },
    signal: { symbol: 'NVDA' },
    portfolio: { watchlistSymbols: [], price: '120' },
    expected: { kind: 'buy', quantity: '41', reason: 'buying 41 NVDA at about 120.00 (4,920.00) for 5% of equity 100,000.00, as the signal suggests' },
  },
  { title: 'skips a confidence below the minimum', signal: { confidence: 0.52 }, expected: { kind: 'skip', reason: 'confidence 0.52 below 0.60' } },
  { title: 'prints enough digits to tell a confidence just below the minimum from it', signal: { confidence: 0.597 }, expected: { kind: 'skip', reason: 'confidence 0.597 below 0.600' } },
  { title: 'skips a refused risk level', signal: { riskLevel: 'high' }, expected: { kind: 'skip', reason: 'risk level high not accepted (accepted: low, medium)' } },
  {
    title: 'buys whole shares sized as the signal suggests',
    expected: { kind: 'buy', quantity: '26', reason: 'buying 26 AAPL at about 187.20 (4,867.20) for 5% of equity 100,000.00, as the signal suggests' },
  },
  {
    title: 'caps the size at the largest position the settings allow',
    signal: { positionSize: 0.25 },
    expected: { kind: 'buy', quantity: '53', reason: 'buying 53 AAPL at about 187.20 (9,921.60) for 10% of equity 100,000.00, the limit (the signal suggests 25%)' },
  },
  {
    title: 'buys crypto in fractions of 8 decimals, rounded down',
    signal: { symbol: 'BTC-USD', positionSize: 0.1 },
    portfolio: { price: '64321.5' },
    expected: { kind: 'buy', quantity: '0.15546901', reason: 'buying 0.15546901 BTC-USD at about 64,321.50 (10,000.00) for 10% of equity 100,000.00, as the signal suggests' },
  },
  {
    title: 'skips when the size does not buy one share',
    signal: { positionSize: 0.1 },
    portfolio: { equity: '10000', price: '3000' },
    expected: { kind: 'skip', reason: '10% of equity (1,000.00) does not buy one AAPL at 3,000.00' },
  },
  { title: 'skips a signal that sizes no position', signal: { positionSize: 0 }, expected: { kind: 'skip', reason: 'the signal sizes no position (position size 0% of equity)' } },
  {
    title: 'skips when the cash does not pay for the position',
    portfolio: { cash: '1000', positions: { MSFT: '250' } },
    expected: { kind: 'skip', reason: 'buying 26 AAPL at 187.20 costs 4,867.20, more than the 1,000.00 cash available' },
  },
  { title: 'skips a BUY of a symbol already held', portfolio: { positions: { AAPL: '12' } }, expected: { kind: 'skip', reason: 'already holding 12 AAPL' } },
  { title: 'skips a BUY when the most positions are open', portfolio: { positions: FIVE_OPEN }, expected: { kind: 'skip', reason: '5 positions open (limit 5)' } },
  {
    title: 'does not count closed positions (0 units) as open',
    portfolio: { positions: { ...FIVE_OPEN, META: '0' } },
    expected: { kind: 'buy', quantity: '26', reason: 'buying 26 AAPL at about 187.20 (4,867.20) for 5% of equity 100,000.00, as the signal suggests' },
  },
  {
    title: "skips a BUY once equity is the daily loss limit below the day's start",
    portfolio: { equity: '96900', dayStartEquity: '100000' },
    expected: { kind: 'skip', reason: "equity 96,900.00 is 3.10% below the day's start 100,000.00 (daily loss limit 3%): no new positions until the next UTC day" },
  },
  {
    title: 'skips a BUY exactly at the daily loss limit',
    portfolio: { equity: '97000', dayStartEquity: '100000' },
    expected: { kind: 'skip', reason: "equity 97,000.00 is 3.00% below the day's start 100,000.00 (daily loss limit 3%): no new positions until the next UTC day" },
  },
  {
    title: 'buys while the loss is below the limit',
    portfolio: { equity: '97010', dayStartEquity: '100000' },
    expected: { kind: 'buy', quantity: '25', reason: 'buying 25 AAPL at about 187.20 (4,680.00) for 5% of equity 97,010.00, as the signal suggests' },
  },
  { title: 'sells the whole long position on a SELL', signal: { action: 'SELL' }, portfolio: { positions: { AAPL: '12.5' } }, expected: { kind: 'sell', quantity: '12.5', reason: 'selling all 12.5 AAPL' } },
  {
    title: 'skips a SELL without a position: no short selling',
    signal: { action: 'SELL' },
    portfolio: { positions: { AAPL: '0' } },
    expected: { kind: 'skip', reason: 'no position to sell (no short selling in paper trading)' },
  },
  { title: 'applies the confidence minimum to a SELL too', signal: { action: 'SELL', confidence: 0.4 }, portfolio: { positions: { AAPL: '12' } }, expected: { kind: 'skip', reason: 'confidence 0.40 below 0.60' } },
  {
    title: 'sells even when the daily loss limit is hit and the most positions are open (limits only stop new positions)',
    signal: { action: 'SELL' },
    portfolio: { equity: '90000', dayStartEquity: '100000', positions: { ...FIVE_OPEN, AAPL: '12' } },
    expected: { kind: 'sell', quantity: '12', reason: 'selling all 12 AAPL' },
  },
];

describe('decideAutoFollow', () => {
  for (const entry of CASES) {
    it(entry.title, () => {
      const decision = decideAutoFollow({ ...SETTINGS, ...entry.settings }, { ...SIGNAL, ...entry.signal }, portfolio(entry.portfolio));
      const seen = decision.kind === 'skip' ? decision : { kind: decision.kind, quantity: decision.quantity.toString(), reason: decision.reason };
      if (decision.kind === 'buy') expect(decision.reason.endsWith(` for ${decision.sizing}`)).toBe(true);
      expect(seen).toEqual(entry.expected);
    });
  }
});

describe('screenSignal', () => {
  it('passes a signal that meets every rule that needs no portfolio', () => {
    expect(screenSignal(SETTINGS, SIGNAL, ['AAPL'])).toBeNull();
    expect(screenSignal({ ...SETTINGS, riskLevels: ['high'], minConfidence: 0 }, { ...SIGNAL, confidence: 0, riskLevel: 'high' }, ['aapl'])).toBeNull();
  });

  it('gives the same skip as the full decision for HOLD, symbols, confidence and risk', () => {
    expect(screenSignal(SETTINGS, { ...SIGNAL, confidence: 0.3 }, ['AAPL'])).toEqual({ kind: 'skip', reason: 'confidence 0.30 below 0.60' });
    expect(screenSignal(SETTINGS, { ...SIGNAL, action: 'HOLD' }, [])).toEqual({ kind: 'skip', reason: 'the signal is HOLD: nothing to buy or sell' });
  });
});

describe('concernsPortfolio', () => {
  it('is true for a BUY or SELL of a listed symbol, or of a watchlist symbol when none are listed', () => {
    expect(concernsPortfolio(SETTINGS, SIGNAL, ['aapl'])).toBe(true);
    expect(concernsPortfolio({ ...SETTINGS, symbols: ['AAPL'] }, { ...SIGNAL, action: 'SELL' }, [])).toBe(true);
  });

  it('is false for a HOLD and for a symbol the portfolio does not follow', () => {
    expect(concernsPortfolio(SETTINGS, { ...SIGNAL, action: 'HOLD' }, ['AAPL'])).toBe(false);
    expect(concernsPortfolio(SETTINGS, { ...SIGNAL, symbol: 'TSLA' }, ['AAPL'])).toBe(false);
    expect(concernsPortfolio({ ...SETTINGS, symbols: ['MSFT'] }, SIGNAL, ['AAPL'])).toBe(false);
  });
});

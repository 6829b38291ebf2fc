import { describe, expect, it } from 'vitest';
import { Decimal } from './decimal.js';
import { PaperCosts } from './paper-costs.js';

describe('PaperCosts', () => {
  it("charges as the engine's broker: slippage on buys only, commission fixed plus relative on the fill value", () => {
    const costs = PaperCosts.of({ commission: { fixed: 1, relative: 0.001 }, spread: 0.0002 });
    const price = Decimal.parse('250.10');
    expect(costs.fillPrice('buy', price).toString()).toBe('250.15002');
    expect(costs.fillPrice('sell', price).toString()).toBe('250.1');
    expect(costs.commission(Decimal.parse('3'), Decimal.parse('250.15002')).toString()).toBe('1.75045006');
  });

  it('rounds fill prices and commissions to the ledger’s 8 places', () => {
    const costs = PaperCosts.of({ commission: 0.0007, spread: 0.0003 });
    expect(costs.fillPrice('buy', Decimal.parse('0.12345678')).toString()).toBe('0.12349382');
    expect(costs.commission(Decimal.parse('0.0001'), Decimal.parse('0.12349382')).toString()).toBe('0.00000001');
  });

  it("refuses costs the engine refuses, with the engine's message", () => {
    expect(() => PaperCosts.of({ commission: 0.2 })).toThrow('commission must be >= -0.1 and < 0.1, got 0.2');
    expect(() => PaperCosts.of({ spread: -0.01 })).toThrow('spread must be a fraction >= 0 and < 1 (0.0002 = 2 bps), got -0.01');
    expect(PaperCosts.of().commission(Decimal.parse('10'), Decimal.parse('99')).toString()).toBe('0');
  });
});

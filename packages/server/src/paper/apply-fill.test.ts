import { describe, expect, it } from 'vitest';
import { applyFill, type LedgerPosition } from './apply-fill.js';
import { Decimal } from './decimal.js';

const d = (text: string) => Decimal.parse(text);
const text = (position: LedgerPosition) => ({ quantity: position.quantity.toString(), averagePrice: position.averagePrice.toString(), realizedPnl: position.realizedPnl.toString() });

describe('applyFill', () => {
  it('opens a position at a cost that includes the commission', () => {
    const effect = applyFill(null, { side: 'buy', quantity: d('10'), price: d('187.43'), commission: d('1.8743') });
    expect(effect.cashChange.toString()).toBe('-1876.1743');
    expect(text(effect.position)).toEqual({ quantity: '10', averagePrice: '187.61743', realizedPnl: '0' });
  });

  it('averages a second buy into the cost, rounding the average to 8 places', () => {
    const first = applyFill(null, { side: 'buy', quantity: d('1'), price: d('10'), commission: d('0') });
    const second = applyFill(first.position, { side: 'buy', quantity: d('2'), price: d('10.01'), commission: d('0') });
    expect(text(second.position)).toEqual({ quantity: '3', averagePrice: '10.00666667', realizedPnl: '0' });
    expect(second.cashChange.toString()).toBe('-20.02');
  });

  it('realises proceeds less commission less the average cost on a partial sale, and keeps the closed position at 0 with its P&L', () => {
    const position = { quantity: d('10'), averagePrice: d('150'), realizedPnl: d('0') };
    const partial = applyFill(position, { side: 'sell', quantity: d('4'), price: d('160'), commission: d('0.64') });
    expect(partial.cashChange.toString()).toBe('639.36');
    expect(partial.realizedPnl.toString()).toBe('39.36');
    expect(text(partial.position)).toEqual({ quantity: '6', averagePrice: '150', realizedPnl: '39.36' });
    const rest = applyFill(partial.position, { side: 'sell', quantity: d('6'), price: d('140'), commission: d('0') });
    expect(rest.realizedPnl.toString()).toBe('-60');
    expect(text(rest.position)).toEqual({ quantity: '0', averagePrice: '150', realizedPnl: '-20.64' });
    const reopened = applyFill(rest.position, { side: 'buy', quantity: d('2'), price: d('100'), commission: d('1') });
    expect(text(reopened.position)).toEqual({ quantity: '2', averagePrice: '100.5', realizedPnl: '-20.64' });
  });

  it('refuses to sell more than the holding', () => {
    const position = { quantity: d('0.3'), averagePrice: d('60000'), realizedPnl: d('0') };
    expect(() => applyFill(position, { side: 'sell', quantity: d('0.31'), price: d('1'), commission: d('0') })).toThrow('cannot sell 0.31 units of a holding of 0.3');
    expect(() => applyFill(null, { side: 'sell', quantity: d('1'), price: d('1'), commission: d('0') })).toThrow('of a holding of 0');
  });
});

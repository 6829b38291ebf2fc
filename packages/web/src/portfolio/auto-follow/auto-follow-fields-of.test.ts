import { describe, expect, it } from 'vitest';
import { autoFollowFieldsOf } from './auto-follow-fields-of.js';
import { validateAutoFollowFields } from './validate-auto-follow-fields.js';

describe('autoFollowFieldsOf', () => {
  it('shows stored settings in the form: confidence in percent without binary noise, symbols as a list', () => {
    const fields = autoFollowFieldsOf({
      portfolioId: 'p', enabled: false, symbols: ['AAPL', 'ETH-USD'], minConfidence: 0.57, riskLevels: ['low', 'medium'], maxPositionPercent: 10, maxOpenPositions: 5, maxDailyLossPercent: 3, useStopLoss: true, updatedAt: null,
    });
    expect(fields).toEqual({ enabled: false, symbols: 'AAPL, ETH-USD', minConfidence: '57', riskLevels: ['low', 'medium'], maxPositionPercent: '10', maxOpenPositions: '5', maxDailyLossPercent: '3', useStopLoss: true });
    expect(validateAutoFollowFields(fields).input?.minConfidence).toBe(0.57);
  });
});

import { describe, expect, it } from 'vitest';
import { alertMessageOf } from './alert-message.js';

describe('alertMessageOf', () => {
  it('reads the alert of a pushed message, optional fields as null', () => {
    expect(alertMessageOf({ alertId: 'a1', triggerId: 't1', eventType: 'alert.signal', subject: 'BUY AAPL 72% (rule: strong buys)', text: 'BUY AAPL at 187.20', fields: {}, action: 'BUY', url: '/signals?id=s1', firedAt: '2026-05-04T16:00:00.000Z' })).toEqual({
      alertId: 'a1', triggerId: 't1', eventType: 'alert.signal', subject: 'BUY AAPL 72% (rule: strong buys)', text: 'BUY AAPL at 187.20', action: 'BUY', url: '/signals?id=s1', firedAt: '2026-05-04T16:00:00.000Z',
    });
    expect(alertMessageOf({ alertId: 'a2', triggerId: 't2', subject: 'Provider yahoo down', firedAt: '2026-05-04T16:00:00.000Z' })).toEqual({
      alertId: 'a2', triggerId: 't2', eventType: 'alert', subject: 'Provider yahoo down', text: '', action: null, url: null, firedAt: '2026-05-04T16:00:00.000Z',
    });
  });

  it('refuses data without the ids or the subject', () => {
    expect(alertMessageOf(null)).toBeNull();
    expect(alertMessageOf('BUY AAPL')).toBeNull();
    expect(alertMessageOf({ alertId: 'a1', subject: 'x' })).toBeNull();
    expect(alertMessageOf({ alertId: 'a1', triggerId: 't1', subject: 42 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { citationTarget } from './citation-target.js';

describe('citationTarget', () => {
  it('opens a signal in its details and sends the rest to the page that shows it', () => {
    expect(citationTarget({ kind: 'signal', id: 's-1', title: 'AAPL 1d BUY', url: '/api/v1/signals/s-1/details' })).toEqual({ kind: 'signal', signalId: 's-1' });
    expect(citationTarget({ kind: 'backtest', id: 'b-1', title: 'sma-cross AAPL', url: '/api/v1/backtests/b-1/results' })).toEqual({ kind: 'page', to: '/analytics' });
    expect(citationTarget({ kind: 'agent', id: 'rsi', title: 'RSI (agent rsi)' })).toEqual({ kind: 'page', to: '/analytics' });
    expect(citationTarget({ kind: 'quote', id: 'EURUSD=X', title: 'EURUSD=X quote' })).toEqual({ kind: 'page', to: '/chart?symbol=EURUSD%3DX' });
    expect(citationTarget({ kind: 'portfolio', id: 'p-1', title: 'portfolio Main' })).toEqual({ kind: 'page', to: '/portfolio?portfolio=p-1' });
  });

  it('names a document without a link, and links news only to a web address', () => {
    expect(citationTarget({ kind: 'document', id: 'd-1', title: 'risk-policy.md' })).toEqual({ kind: 'text' });
    expect(citationTarget({ kind: 'news', id: 'n-1', title: 'Apple beats', url: 'https://example.com/apple?x=1' })).toEqual({ kind: 'external', href: 'https://example.com/apple?x=1' });
    expect(citationTarget({ kind: 'news', id: 'n-2', title: 'no link' })).toEqual({ kind: 'text' });
    expect(citationTarget({ kind: 'news', id: 'n-3', title: 'script', url: 'javascript:alert(1)' })).toEqual({ kind: 'text' });
    expect(citationTarget({ kind: 'news', id: 'n-4', title: 'relative', url: '/api/v1/news/n-4' })).toEqual({ kind: 'text' });
  });
});

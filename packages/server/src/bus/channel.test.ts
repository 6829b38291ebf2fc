import { describe, expect, it } from 'vitest';
import { canonicalChannel, parseChannel } from './channel.js';

function problemOf(text: string): { reason: string; message: string } {
  const parsed = parseChannel(text);
  if (parsed.ok) throw new Error(`expected ${text} to be refused`);
  return parsed.problem;
}

describe('parseChannel', () => {
  it('canonicalises every channel form, upper-casing symbols', () => {
    expect(parseChannel('signals')).toEqual({ ok: true, channel: { kind: 'signals', name: 'signals' } });
    expect(parseChannel('signals:aapl')).toEqual({ ok: true, channel: { kind: 'symbolSignals', name: 'signals:AAPL', symbol: 'AAPL' } });
    expect(parseChannel('quotes:btc/usdt')).toEqual({ ok: true, channel: { kind: 'quotes', name: 'quotes:BTC/USDT', symbol: 'BTC/USDT' } });
    expect(parseChannel('bars:^gspc:1h')).toEqual({ ok: true, channel: { kind: 'bars', name: 'bars:^GSPC:1h', symbol: '^GSPC', timeframe: '1h' } });
    expect(parseChannel('portfolio:my-paper_1')).toEqual({ ok: true, channel: { kind: 'portfolio', name: 'portfolio:my-paper_1', portfolioId: 'my-paper_1' } });
    expect(parseChannel('alerts')).toEqual({ ok: true, channel: { kind: 'alerts', name: 'alerts' } });
  });

  it("refuses an alerts channel of someone's id: each connection gets its own account's alerts on plain alerts", () => {
    const problem = problemOf('alerts:0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(problem.reason).toBe('malformed');
    expect(problem.message).toContain('the alerts channel is just alerts');
  });

  it('lower-cases a portfolio UUID so it matches the stored id', () => {
    const parsed = parseChannel('portfolio:0F8FAD5B-D9CB-469F-A165-70867728950E');
    expect(parsed.ok && parsed.channel.name).toBe('portfolio:0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('refuses an unknown prefix, naming it and listing the forms', () => {
    const problem = problemOf('news:AAPL');
    expect(problem.reason).toBe('unknown');
    expect(problem.message).toContain('"news:AAPL"');
    expect(problem.message).toContain('bars:<SYMBOL>:<timeframe>');
  });

  it('refuses a timeframe the engine does not know, listing the timeframes', () => {
    const problem = problemOf('bars:AAPL:2d');
    expect(problem.reason).toBe('malformed');
    expect(problem.message).toContain('timeframe "2d" is not one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w');
  });

  it('refuses symbols with other characters or over 20 characters, and channels with missing or extra parts', () => {
    expect(problemOf('signals:AA PL').message).toContain('symbol "AA PL" is not valid');
    expect(problemOf(`quotes:${'A'.repeat(21)}`).reason).toBe('malformed');
    expect(problemOf('signals:').message).toContain('symbol "" is not valid');
    expect(problemOf('signals:AAPL:1d').message).toContain('signals:<SYMBOL>');
    expect(problemOf('bars:AAPL').message).toContain('bars:<SYMBOL>:<timeframe>');
    expect(problemOf('quotes').message).toContain('quotes:<SYMBOL>');
    expect(problemOf('portfolio:').message).toContain('portfolio id "" is not valid');
    expect(problemOf('portfolio:a b').reason).toBe('malformed');
  });

  it('shortens a huge channel name in the message', () => {
    expect(problemOf('x'.repeat(10_000)).message.length).toBeLessThan(300);
  });
});

describe('canonicalChannel', () => {
  it('throws a RangeError with the problem for publishers', () => {
    expect(canonicalChannel('signals:msft').name).toBe('signals:MSFT');
    expect(() => canonicalChannel('bars:MSFT:1M')).toThrow(/timeframe "1M" is not one of/);
  });
});

import { describe, expect, it } from 'vitest';
import { matchIntent, type ChatIntent } from './match-intent.js';

function expectIntents(cases: readonly (readonly [string, ChatIntent])[]): void {
  for (const [question, intent] of cases) expect(matchIntent(question), question).toEqual(intent);
}

describe('matchIntent', () => {
  it('recognises "why is X a BUY/SELL" in its usual phrasings, with the symbol upper-cased and the assumed action', () => {
    expectIntents([
      ['why is AAPL a buy?', { kind: 'explain-signal', symbol: 'AAPL', asked: 'BUY' }],
      ['Why is aapl a BUY', { kind: 'explain-signal', symbol: 'AAPL', asked: 'BUY' }],
      ['why is TSLA rated sell right now?', { kind: 'explain-signal', symbol: 'TSLA', asked: 'SELL' }],
      ['why is BTC-USD bearish today', { kind: 'explain-signal', symbol: 'BTC-USD', asked: 'SELL' }],
      ['why does MSFT have a sell signal', { kind: 'explain-signal', symbol: 'MSFT', asked: 'SELL' }],
      ['why is $nvda a buy', { kind: 'explain-signal', symbol: 'NVDA', asked: 'BUY' }],
      ['why should I buy NVDA?', { kind: 'explain-signal', symbol: 'NVDA', asked: 'BUY' }],
      ['should i sell eurusd=x', { kind: 'explain-signal', symbol: 'EURUSD=X', asked: 'SELL' }],
      ['explain the signal for MSFT', { kind: 'explain-signal', symbol: 'MSFT', asked: null }],
      ['explain AMZN', { kind: 'explain-signal', symbol: 'AMZN', asked: null }],
      ["what's the signal on BRK.B?", { kind: 'explain-signal', symbol: 'BRK.B', asked: null }],
      ['what is the AAPL signal', { kind: 'explain-signal', symbol: 'AAPL', asked: null }],
      ["reasoning behind ^GSPC's latest call", { kind: 'explain-signal', symbol: '^GSPC', asked: null }],
      ['is AAPL still a buy?', { kind: 'explain-signal', symbol: 'AAPL', asked: 'BUY' }],
      ['AAPL?', { kind: 'explain-signal', symbol: 'AAPL', asked: null }],
      ['what about $tsla', { kind: 'explain-signal', symbol: 'TSLA', asked: null }],
    ]);
  });

  it('recognises questions about the most accurate agents', () => {
    for (const question of ['Which agents are most accurate?', 'who are the best performing agents', 'agent leaderboard', 'how accurate are the agents?', 'which agent should I trust', 'top 5 agents by hit rate', 'show the leaderboard']) {
      expect(matchIntent(question), question).toEqual({ kind: 'top-agents' });
    }
  });

  it('recognises questions about the last backtest, and asks for a model to run a new one', () => {
    for (const question of ['How did my last backtest do?', 'results of my latest backtest', 'show my most recent back-test', 'backtest results?', 'how did the backtest perform']) {
      expect(matchIntent(question), question).toEqual({ kind: 'last-backtest' });
    }
    for (const question of ['run a backtest of AAPL with sma-cross', 'start a new backtest on BTC-USD']) {
      expect(matchIntent(question), question).toEqual({ kind: 'help', topic: 'run-backtest' });
    }
  });

  it('recognises requests for the latest signals, with an action and tickers when named', () => {
    expectIntents([
      ['latest signals', { kind: 'latest-signals', action: null, symbols: [] }],
      ['What are the newest signals?', { kind: 'latest-signals', action: null, symbols: [] }],
      ['any new buy signals?', { kind: 'latest-signals', action: 'BUY', symbols: [] }],
      ["today's signals", { kind: 'latest-signals', action: null, symbols: [] }],
      ['show recent signals for AAPL and MSFT', { kind: 'latest-signals', action: null, symbols: ['AAPL', 'MSFT'] }],
      ['recent SELL signals on BTC-USD', { kind: 'latest-signals', action: 'SELL', symbols: ['BTC-USD'] }],
      ['what is the latest signal?', { kind: 'latest-signals', action: null, symbols: [] }],
    ]);
  });

  it('recognises quote requests', () => {
    expectIntents([
      ['price of AAPL', { kind: 'quote', symbol: 'AAPL' }],
      ["what's the current price of tsla?", { kind: 'quote', symbol: 'TSLA' }],
      ['quote for BTC-USD', { kind: 'quote', symbol: 'BTC-USD' }],
      ["what's MSFT trading at", { kind: 'quote', symbol: 'MSFT' }],
      ['how much is ETH-USD', { kind: 'quote', symbol: 'ETH-USD' }],
      ['NVDA price?', { kind: 'quote', symbol: 'NVDA' }],
      ['quote SPY', { kind: 'quote', symbol: 'SPY' }],
    ]);
  });

  it('recognises portfolio questions', () => {
    for (const question of ['my portfolio', 'How is my portfolio doing?', 'portfolio status', 'show my positions', "what's my P&L", 'my holdings please']) {
      expect(matchIntent(question), question).toEqual({ kind: 'portfolio' });
    }
  });

  it('answers anything else with help, never guessing a ticker out of ordinary words', () => {
    for (const question of ['hello', 'what can you do?', 'tell me a joke', 'is the market open?', 'why?', 'explain the market', 'what is the price?', 'how much is it', 'buy?', 'is it a buy?']) {
      expect(matchIntent(question), question).toEqual({ kind: 'help', topic: null });
    }
  });
});

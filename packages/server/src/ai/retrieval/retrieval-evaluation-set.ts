import type { RetrievalKind } from '../../storage/schema/embeddings.js';

/** One passage of the evaluation set. */
export interface EvaluationPassage {
  readonly id: string;
  readonly kind: RetrievalKind;
  readonly title: string;
  readonly text: string;
}

/** A question and the passages that answer it. */
export interface EvaluationQuestion {
  readonly question: string;
  readonly relevant: readonly string[];
}

/**
 * A small retrieval test written for GoldenSignals (not taken from any dataset): passages shaped like
 * the platform's signal reasonings, news, backtest reports and uploaded notes, and questions a trader
 * would ask about them, worded differently from the passages. Each question has one or two relevant passages.
 */
export const EVALUATION_PASSAGES: readonly EvaluationPassage[] = [
  { id: 'sig-aapl-rsi', kind: 'signal', title: 'BUY AAPL 1d', text: 'RSI(14) is 27.4, below 30: AAPL is oversold and mean reversion favours a bounce. Bollinger lower band at 182.10 was touched on rising volume.' },
  { id: 'sig-tsla-macd', kind: 'signal', title: 'SELL TSLA 4h', text: 'MACD crossed below its signal line (-1.8 vs -0.9) and the histogram turned negative; TSLA momentum is fading after the rally to 265.' },
  { id: 'sig-btc-trend', kind: 'signal', title: 'BUY BTC-USD 1d', text: 'Bitcoin closed above its 200-day moving average at 61,200 and ADX is 31, a strong trend; the 50-day average is sloping up.' },
  { id: 'sig-nvda-volume', kind: 'signal', title: 'BUY NVDA 1h', text: 'On-balance volume made a new high before price did: accumulation in NVDA ahead of a breakout above 495 resistance.' },
  { id: 'sig-spy-vix', kind: 'signal', title: 'HOLD SPY 1d', text: 'Volatility index at 28 is in its 90th percentile; risk is high, position size cut to 0.5% of equity and no new entries on the index fund.' },
  { id: 'sig-eurusd-carry', kind: 'signal', title: 'SELL EURUSD=X 1d', text: 'The euro-dollar pair broke support at 1.0720; the interest rate differential favours the US dollar and the stochastic oscillator is falling from 80.' },
  { id: 'sig-msft-stop', kind: 'signal', title: 'BUY MSFT 1d', text: 'Stop-loss placed at 402.50, two ATRs below entry at 418; take-profit at 449 gives a reward-to-risk of 2.0 for Microsoft.' },
  { id: 'sig-xom-gap', kind: 'signal', title: 'SELL XOM 1d', text: 'Exxon gapped down 3.2% on heavy volume and failed to fill the gap; crude oil weakness drags the energy sector.' },
  { id: 'news-aapl-earnings', kind: 'news', title: 'Apple beats quarterly earnings estimates', text: 'Apple reported earnings per share of 2.18 against 2.10 expected, with services revenue up 14% year over year; iPhone sales were flat.' },
  { id: 'news-fed-rates', kind: 'news', title: 'Federal Reserve holds rates steady', text: 'The Fed kept the federal funds rate at 5.25-5.50% and signalled two cuts next year; Treasury yields fell and stocks rose after the announcement.' },
  { id: 'news-nvda-export', kind: 'news', title: 'New chip export limits hit Nvidia', text: 'The Commerce Department tightened export restrictions on advanced AI chips to China, and Nvidia shares slid 4% in premarket trading.' },
  { id: 'news-btc-etf', kind: 'news', title: 'Spot bitcoin ETFs draw record inflows', text: 'Exchange-traded funds holding bitcoin took in 1.1 billion dollars in one day, the largest inflow since their launch, as the coin neared its all-time high.' },
  { id: 'news-oil-opec', kind: 'news', title: 'OPEC+ extends production cuts', text: 'OPEC and its allies agreed to extend output cuts of 2 million barrels per day into next quarter; Brent crude rose to 86 dollars.' },
  { id: 'news-tsla-recall', kind: 'news', title: 'Tesla recalls vehicles over autopilot', text: 'Tesla is recalling two million cars in the US to update driver-assistance software after a safety regulator investigation.' },
  { id: 'bt-sma-aapl', kind: 'backtest', title: 'Backtest sma-cross AAPL 1d 2019-2023', text: 'SMA cross 10/30 on AAPL daily: return 84.2%, buy and hold 212.5%, Sharpe ratio 0.91, max drawdown -21.7%, 38 trades, win rate 44.7%.' },
  { id: 'bt-consensus-spy', kind: 'backtest', title: 'Backtest consensus SPY 1d 2020-2024', text: 'Consensus strategy on SPY: return 61.0%, Sharpe 1.24, maximum drawdown -12.3%, 57 trades with a 58% win rate; commission 0.1% and 5 bps slippage included.' },
  { id: 'bt-rsi-btc', kind: 'backtest', title: 'Backtest rsi-reversion BTC-USD 4h 2022', text: 'RSI reversion on bitcoin 4-hour bars in 2022: return -18.4% versus buy and hold -64.2%, Sharpe -0.35, drawdown -29.9%, 112 trades.' },
  { id: 'bt-walkforward-qqq', kind: 'backtest', title: 'Walk-forward test QQQ', text: 'Walk-forward optimisation with 12-month training and 3-month test windows on QQQ: out-of-sample return 9.8% a year, in-sample 17.1%, parameters drifted each window.' },
  { id: 'doc-risk-policy', kind: 'document', title: 'risk-policy.md', text: 'Never risk more than 1% of the account on a single trade. Daily loss limit: stop trading for the day after losing 3%. Reduce size by half after three consecutive losers.' },
  { id: 'doc-tax-note', kind: 'document', title: 'tax-notes.txt', text: 'Short-term capital gains on positions held under one year are taxed as ordinary income; wash sale rule blocks the loss if the same security is bought back within 30 days.' },
  { id: 'doc-broker-fees', kind: 'document', title: 'broker-fees.csv', text: 'venue,fee per share,minimum per order\nNYSE,0.0035,0.35\nNASDAQ,0.0030,0.30\ncrypto desk,0.10% of notional,1.00' },
  { id: 'doc-earnings-plan', kind: 'document', title: 'earnings-playbook.pdf', text: 'Before an earnings release close half the position; implied volatility collapses after the report, so avoid buying options the day before results.' },
  { id: 'doc-watchlist-thesis', kind: 'document', title: 'watchlist-thesis.md', text: 'Semiconductors: long-term thesis on data-centre demand for AI accelerators; watch Nvidia and AMD for pullbacks to the 50-day average.' },
  { id: 'doc-journal-loss', kind: 'document', title: 'trading-journal.txt', text: 'March 14: chased the breakout in Tesla without a stop, lost 2,400. Lesson: always enter the stop order with the entry.' },
];

/** Twenty questions, each with the ids of the passages that answer it. */
export const EVALUATION_QUESTIONS: readonly EvaluationQuestion[] = [
  { question: 'Why was Apple flagged as oversold?', relevant: ['sig-aapl-rsi'] },
  { question: 'Is Tesla losing momentum?', relevant: ['sig-tsla-macd'] },
  { question: 'Is bitcoin in a strong uptrend above the 200 day average?', relevant: ['sig-btc-trend'] },
  { question: 'What did the volatility index say about risk on SPY?', relevant: ['sig-spy-vix'] },
  { question: 'Where is the stop loss for the Microsoft trade?', relevant: ['sig-msft-stop'] },
  { question: 'How did Apple do on earnings per share?', relevant: ['news-aapl-earnings'] },
  { question: 'What did the Fed decide about interest rates?', relevant: ['news-fed-rates', 'sig-eurusd-carry'] },
  { question: 'How do export restrictions on AI chips affect Nvidia?', relevant: ['news-nvda-export'] },
  { question: 'Inflows into bitcoin exchange-traded funds', relevant: ['news-btc-etf'] },
  { question: 'Why did crude oil prices rise?', relevant: ['news-oil-opec', 'sig-xom-gap'] },
  { question: 'Tesla recall of cars for driver-assistance software', relevant: ['news-tsla-recall'] },
  { question: 'What was the Sharpe ratio of the SMA cross backtest on Apple?', relevant: ['bt-sma-aapl'] },
  { question: 'What was the maximum drawdown of the consensus strategy on SPY?', relevant: ['bt-consensus-spy'] },
  { question: 'How did RSI reversion trading do on bitcoin in 2022?', relevant: ['bt-rsi-btc'] },
  { question: 'Out-of-sample results of the walk-forward optimisation', relevant: ['bt-walkforward-qqq'] },
  { question: 'How much of my account may I risk per trade?', relevant: ['doc-risk-policy'] },
  { question: 'What is the wash sale rule?', relevant: ['doc-tax-note'] },
  { question: 'What fee per share does NASDAQ charge?', relevant: ['doc-broker-fees'] },
  { question: 'Should I buy options before an earnings release?', relevant: ['doc-earnings-plan'] },
  { question: 'What lesson did I write down after the Tesla breakout loss?', relevant: ['doc-journal-loss'] },
];

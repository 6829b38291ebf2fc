import { randomWalkBars, SignalEngine, type Signal } from '@goldensignals/engine';
import { ProviderChain } from '../../market-data/chain/provider-chain.js';
import { VirtualClock } from '../../market-data/chain/virtual-clock.test-support.js';
import { MarketSimulator } from '../../market-data/simulator/market-simulator.js';
import { Decimal } from '../../paper/decimal.js';
import { PaperBroker } from '../../paper/paper-broker.js';
import { chainQuoteSource } from '../../paper/price-quote.js';
import type { Database } from '../../storage/database.js';
import { AgentStatsRepository } from '../../storage/repositories/agent-stats-repository.js';
import { BarRepository } from '../../storage/repositories/bar-repository.js';
import { PortfolioRepository } from '../../storage/repositories/portfolio-repository.js';
import { SignalRepository } from '../../storage/repositories/signal-repository.js';
import type { StoredSignalWithVotes } from '../../storage/repositories/stored-signal.js';
import { signalFixture } from '../../storage/test-support/signal-fixture.test-support.js';

/** The clock of the chat tests: Friday 2024-03-15 18:00 UTC, markets open. */
export const CHAT_NOW = Date.UTC(2024, 2, 15, 18);

/** The built-in market simulator behind a real provider chain (bars cached in `database`), at {@link CHAT_NOW}. */
export function simulatorChain(database: Database): ProviderChain {
  return new ProviderChain({ providers: [new MarketSimulator({ seed: 5, now: () => CHAT_NOW })], barRepository: new BarRepository(database.db), clock: new VirtualClock(CHAT_NOW) });
}

/**
 * An engine whose accuracy tracker learned from 700 bars of a random walk, saved to the database and read back as
 * the server does at start: real measured hit rates, sample sizes and weights.
 */
export async function learnedEngine(database: Database): Promise<SignalEngine> {
  const teacher = new SignalEngine();
  teacher.replay(randomWalkBars({ length: 700, seed: 11, symbol: 'AAPL' }), { learn: true, scoreEvery: 1 });
  const stats = new AgentStatsRepository(database.db);
  await stats.save(teacher.tracker);
  const tracker = await stats.load();
  if (tracker === null) throw new Error('the saved accuracy tracker did not load back');
  return new SignalEngine({ tracker });
}

/** Stores a real engine signal (every agent's vote) with some fields replaced. */
export async function storeSignal(database: Database, overrides: Partial<Signal> = {}): Promise<StoredSignalWithVotes> {
  return new SignalRepository(database.db).save(signalFixture(overrides));
}

/** Opens a paper portfolio for `owner` with 100,000 USD and buys `quantity` of `symbol` at the chain's price. */
export async function portfolioWithPosition(database: Database, chain: ProviderChain, owner: string | null, symbol: string, quantity: string): Promise<string> {
  const portfolio = await new PortfolioRepository(database.db).create({ userId: owner, name: 'Main', initialCash: '100000' });
  const broker = new PaperBroker({ database, quote: chainQuoteSource(chain), now: () => CHAT_NOW });
  await broker.place(portfolio.id, { symbol, side: 'buy', type: 'market', quantity: Decimal.parse(quantity), limitPrice: null });
  return portfolio.id;
}

import type { AnalystRatingChange } from '@goldensignals/engine';
import { analystGradeRating } from '../../analyst-grade-rating.js';
import { SummaryReader } from './summary-values.js';

/** The quoteSummary modules {@link analystRatingsFromYahoo} reads. */
export const ANALYST_RATING_MODULES = ['upgradeDowngradeHistory'] as const;

/** Yahoo's rating actions in the engine's vocabulary; `main` (maintains) is a reiteration. */
const ACTIONS: Readonly<Record<string, AnalystRatingChange['action']>> = { up: 'upgrade', down: 'downgrade', init: 'initiate', main: 'reiterate', reit: 'reiterate' };

/** Rating changes and the entries left out of them. */
export interface YahooAnalystRatings {
  /** Oldest first. */
  readonly changes: AnalystRatingChange[];
  /** Why entries were left out, one line per distinct reason with its count. */
  readonly skipped: string[];
}

/**
 * Broker rating changes from `upgradeDowngradeHistory`: time, firm, action, the new grade on the
 * 1..5 scale, and the price target where Yahoo sends one (`currentPriceTarget`, 0 = none). Entries
 * with an empty or unknown grade or an unknown action have no rating to give and are left out,
 * counted in `skipped`.
 */
export function analystRatingsFromYahoo(provider: string, symbol: string, summary: unknown): YahooAnalystRatings {
  const read = new SummaryReader(provider, `analyst ratings of ${symbol}`);
  const history = read.array(read.object(summary, 'upgradeDowngradeHistory'), 'history');
  const changes: AnalystRatingChange[] = [];
  const skipped = new Map<string, number>();
  const skip = (reason: string): void => {
    skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  };
  for (const entry of history) {
    const time = read.time(entry, 'epochGradeDate');
    const firm = read.string(entry, 'firm');
    const grade = read.string(entry, 'toGrade') ?? '';
    const actionCode = read.string(entry, 'action') ?? '';
    const action = ACTIONS[actionCode];
    const rating = analystGradeRating(grade);
    if (time === null || firm === null) skip('no date or firm');
    else if (action === undefined) skip(`unknown action "${actionCode}"`);
    else if (Number.isNaN(rating)) skip(grade === '' ? 'no grade' : `unknown grade "${grade}"`);
    else {
      const target = read.number(entry, 'currentPriceTarget');
      changes.push(target !== null && target > 0 ? { time, firm, action, rating, priceTarget: target } : { time, firm, action, rating });
    }
  }
  return {
    changes: changes.sort((a, b) => a.time - b.time),
    skipped: [...skipped].map(([reason, count]) => `${count} × ${reason}`),
  };
}

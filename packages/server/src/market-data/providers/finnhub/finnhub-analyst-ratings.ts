import type { AnalystRatingChange } from '@goldensignals/engine';
import type { JsonHttpClient } from '../http/json-http-client.js';
import { analystGradeRating } from '../../analyst-grade-rating.js';

const ACTIONS: Readonly<Record<string, AnalystRatingChange['action']>> = {
  up: 'upgrade',
  down: 'downgrade',
  init: 'initiate',
  reit: 'reiterate',
  // "maintains": the firm repeated its rating.
  main: 'reiterate',
};

/** The rating changes of a `/stock/upgrade-downgrade` answer, oldest first; `toGrade` on the 1..5 scale (NaN when the word is unknown). */
export function readFinnhubAnalystRatings(client: JsonHttpClient, symbol: string, body: unknown): AnalystRatingChange[] {
  const reader = client.reader(`analyst ratings of ${symbol}`);
  const changes = reader.array(body, '').map((value, i): AnalystRatingChange => {
    const at = `[${i}]`;
    const row = reader.object(value, at);
    const actionCode = reader.string(row, 'action', at);
    const action = ACTIONS[actionCode];
    if (action === undefined) throw reader.problem(`${at}.action`, `is "${actionCode}", expected one of ${Object.keys(ACTIONS).join(', ')}`);
    const toGrade = reader.optionalString(row, 'toGrade', at);
    return {
      time: reader.number(row, 'gradeTime', at) * 1000,
      firm: reader.string(row, 'company', at),
      action,
      rating: toGrade === null ? Number.NaN : analystGradeRating(toGrade),
    };
  });
  return changes.sort((a, b) => a.time - b.time);
}

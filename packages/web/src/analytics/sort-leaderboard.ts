import type { LeaderboardRow } from './leaderboard-row.js';
import type { LeaderboardSort } from './leaderboard-sort.js';

/** The rows in the sort's order; agents without a measured accuracy always go last, ties by name. */
export function sortLeaderboard(rows: readonly LeaderboardRow[], sort: LeaderboardSort): LeaderboardRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const left = a[sort.column];
    const right = b[sort.column];
    if (left === null || right === null) {
      if (left !== right) return left === null ? 1 : -1;
      return a.name.localeCompare(b.name);
    }
    const order = typeof left === 'string' && typeof right === 'string' ? left.localeCompare(right) : Number(left) - Number(right);
    return order === 0 ? a.name.localeCompare(b.name) : sign * order;
  });
}

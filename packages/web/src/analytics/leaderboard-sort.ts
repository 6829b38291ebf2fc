/** A sortable leaderboard column and its direction. */
export interface LeaderboardSort {
  readonly column: 'name' | 'category' | 'accuracy' | 'weight' | 'scored';
  readonly direction: 'asc' | 'desc';
}

/** backtesting.py's statistics by name: numbers, durations as text, `null` when undefined. */
export type StatValues = Readonly<Record<string, number | string | null>>;

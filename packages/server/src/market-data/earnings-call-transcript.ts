/** One speaker's turn in an earnings call. */
export interface EarningsCallTurn {
  /** Who spoke, e.g. "Arvind Krishna"; "Operator" for the call's operator. */
  readonly speaker: string;
  /** The speaker's role, e.g. "Chairman and CEO", when the source gives it. */
  readonly title: string | null;
  readonly content: string;
}

/** The transcript of one quarter's earnings call, turn by turn in the order spoken. */
export interface EarningsCallTranscript {
  readonly symbol: string;
  /** Fiscal quarter as `YYYYQn`, e.g. `2024Q1`. */
  readonly quarter: string;
  readonly turns: readonly EarningsCallTurn[];
  /** Id of the provider that answered. */
  readonly source: string;
}

/** A fiscal quarter as providers name it: `2024Q1`. */
export const FISCAL_QUARTER = /^(19|20)\d{2}Q[1-4]$/;

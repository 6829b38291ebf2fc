/** A column the signals table sorts by, and which way. */
export interface SignalSort {
  readonly key: 'symbol' | 'action' | 'confidence' | 'consensusStrength' | 'riskLevel' | 'price' | 'time' | 'outcome';
  readonly direction: 'asc' | 'desc';
}

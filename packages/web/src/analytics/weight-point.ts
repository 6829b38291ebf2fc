/** A point of an agent's weight history (`GET /agents/{id}`). */
export interface WeightPoint {
  readonly symbolClass: string;
  readonly timeframe: string;
  readonly time: string;
  readonly hitRate: number;
  readonly samples: number;
  readonly weight: number;
}

/** One accuracy cell of an agent as `GET /agents` answers it. */
export interface AgentItem {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly enabled: boolean;
  readonly scored: number;
  readonly accuracy: readonly {
    readonly symbolClass: string;
    readonly timeframe: string;
    readonly hitRate: number;
    readonly rawHitRate: number | null;
    readonly samples: number;
    readonly scored: number;
    readonly weight: number;
  }[];
}

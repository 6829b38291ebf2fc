/** The fields of an agent (`/agents`) the admin page shows. */
export interface AgentSummary {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly description: string;
  readonly enabled: boolean;
  readonly configError: string | null;
  /** Votes scored right or wrong. */
  readonly scored: number;
}
